// Two app instances on one data directory (one SQLite file) and one Meilisearch, sharing no memory,
// as MULTI_INSTANCE=1 runs them behind a reverse proxy: a client's rate limit counts across both.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppServer } from "../setup/app-server";
import { createSearchOnlyKey } from "../setup/instances";
import { removeTestMeili, startTestMeili, type TestMeili } from "../setup/meili";

let meili: TestMeili;
let a: AppServer;
let b: AppServer;

beforeAll(async () => {
  meili = await startTestMeili("two_instances");
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "paperboard-two-"));
  const env = {
    MULTI_INSTANCE: "1",
    MEILI_URL: meili.target.url,
    MEILI_MASTER_KEY: meili.target.apiKey ?? "",
    MEILI_INDEX: "two_instances",
    // Multi-instance mode takes its secrets and the search-only key from the environment (docs/deploy.md).
    MEILI_SEARCH_KEY: await createSearchOnlyKey(meili),
    AUTH_SECRET: randomBytes(36).toString("base64url"),
    APP_SECRET: randomBytes(36).toString("base64url"),
    SEARCH_RATE_LIMIT_PER_MINUTE: "1",
    SEARCH_RATE_LIMIT_BURST: "3",
  };
  // One after the other: the first migrates, the second finds it done (multi-instance mode never seeds).
  a = await startApp(env, { dataDir });
  b = await startApp(env, { dataDir });
}, 300_000);
afterAll(async () => {
  await b?.stop();
  await a?.stop();
  if (meili) await removeTestMeili(meili);
});

describe("two instances", () => {
  it("count one client's requests against one rate limit, whichever instance serves them", async () => {
    const search = (app: AppServer, address: string) =>
      fetch(`${app.url}/api/search?q=model`, { headers: { "x-forwarded-for": address } });
    const statuses = [];
    for (const app of [a, b, a, b]) statuses.push((await search(app, "10.77.0.1")).status);
    expect(
      statuses.slice(0, 3).every((s) => s !== 429),
      String(statuses),
    ).toBe(true);
    expect(statuses[3]).toBe(429);
    // Either instance refuses the client now, and another client is untouched.
    expect((await search(a, "10.77.0.1")).status).toBe(429);
    expect((await search(b, "10.77.0.2")).status).not.toBe(429);
  });
});
