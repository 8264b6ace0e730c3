// SIGKILL `npm run sync` in the middle of an OAI-PMH harvest, run it again: it resumes at the page it
// was on and ends with the same database and index as an uninterrupted run. Real processes, a real
// SQLite file each, a real Meilisearch, the fake upstream in this process.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSearchIndex } from "@/lib/search/client";
import { findFreePort } from "@/lib/search/server";
import { fakeSyncEnv } from "../fake-upstream/config";
import { type FakeUpstream, startFakeUpstream } from "../fake-upstream/server";
import { recordedWorld } from "../fake-upstream/world";
import { dumpDatabase } from "../setup/db-dump";
import { removeTestMeili, startTestMeili, type TestMeili } from "../setup/meili";

let fake: FakeUpstream;
let meili: TestMeili;
let tmp: string;
let port: number;

beforeAll(async () => {
  fake = await startFakeUpstream(recordedWorld({ oaiPageSize: 3 }));
  meili = await startTestMeili("sync_crash_unused");
  tmp = mkdtempSync(path.join(os.tmpdir(), "paperboard-sync-crash-"));
  // No app listens on this port, and none needs to: a sync marks cached pages stale in the database.
  port = await findFreePort();
});
afterAll(async () => {
  await fake.stop();
  await removeTestMeili(meili);
  rmSync(tmp, { recursive: true, force: true });
});

// Async spawn: the fake upstream runs in this process, so blocking on the child would starve it.
function sync(name: string, killWhen?: (url: string) => boolean) {
  const env = {
    ...process.env,
    ...fakeSyncEnv(fake),
    PORT: String(port),
    DATA_DIR: tmp,
    DATABASE_FILE: path.join(tmp, `${name}.db`),
    MEILI_URL: meili.target.url,
    MEILI_MASTER_KEY: meili.target.apiKey,
    MEILI_INDEX: name,
  };
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/sync.ts"], { env });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  fake.onRequest(killWhen ? (url) => killWhen(url) && child.kill("SIGKILL") : null);
  return new Promise<{ code: number | null; signal: string | null; output: string }>((resolve) => {
    child.on("exit", (code, signal) => {
      fake.onRequest(null);
      resolve({ code, signal, output });
    });
  });
}

async function indexDump(name: string) {
  const docs = await getSearchIndex({ ...meili.target, indexName: name }, 30_000).getDocuments({ limit: 10_000 });
  return docs.results.sort((a, b) => a.id.localeCompare(b.id));
}

describe("killing npm run sync with SIGKILL", () => {
  it("then running it again resumes the harvest and ends like an uninterrupted run", async () => {
    const whole = await sync("whole");
    expect(whole, whole.output).toMatchObject({ code: 0, signal: null });
    expect(whole.output).toMatch(/^hf: \d+ new, \d+ updated — 14 days read, 35 listings$/m);
    expect(whole.output).toMatch(/^arxiv: 2\d new/m);

    // Killed as it asks for the third page of the cs listing: two pages are stored, the rest is not.
    let pages = 0;
    const killed = await sync("killed", (url) => url.includes("resumptionToken=") && ++pages === 2);
    expect(killed.signal).toBe("SIGKILL");
    const half = dumpDatabase(path.join(tmp, "killed.db"));
    expect(half.papers.length).toBeGreaterThan(35);
    expect(half.papers.length).toBeLessThan(dumpDatabase(path.join(tmp, "whole.db")).papers.length);

    fake.requests.length = 0;
    const rerun = await sync("killed");
    expect(rerun, rerun.output).toMatchObject({ code: 0, signal: null });
    // The lease of the killed process did not block the rerun; the harvest went on from its token.
    expect(fake.requests.find((r) => r.url.startsWith("/oai"))?.url).toContain("resumptionToken=");

    expect(dumpDatabase(path.join(tmp, "killed.db"))).toEqual(dumpDatabase(path.join(tmp, "whole.db")));
    expect(await indexDump("killed")).toEqual(await indexDump("whole"));
  }, 180_000);
});
