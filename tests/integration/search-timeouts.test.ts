// Search is "down" only when the engine is: a refused or reset connection answers SEARCH_UNAVAILABLE
// within a second, while a busy engine (here a loopback proxy that holds each request) is waited for
// up to SEARCH_TIMEOUT_MS and answers.
import net from "node:net";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { runIngest } from "@/lib/ingest/run-ingest";
import { findFreePort } from "@/lib/search/server";
import { searchPapers } from "@/lib/search/search-papers";
import { searchSimilarToText } from "@/lib/related/similar-to-text";
import { SearchQuerySchema } from "@/lib/validation/search-query";
import { createTestDb, dbEnv, type TestDb } from "../setup/db";
import { removeTestMeili, startTestMeili, type TestMeili } from "../setup/meili";

const TIMEOUT_MS = 2_500;
let t: TestDb;
let meili: TestMeili;
const servers: net.Server[] = [];

/** A loopback TCP server: `onConnection` decides what an engine that is slow, stalled or failing does. */
async function loopback(onConnection: (socket: net.Socket) => void): Promise<string> {
  const server = net.createServer(onConnection);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Forwards each connection to the real engine only after `delayMs`: a busy engine that does answer. */
const slowEngine = (delayMs: number) =>
  loopback((client) => {
    client.pause();
    setTimeout(() => {
      const upstream = net.connect(meili.port, "127.0.0.1", () => {
        client.pipe(upstream).pipe(client);
        client.resume();
      });
      upstream.on("error", () => client.destroy());
      client.on("error", () => upstream.destroy());
    }, delayMs);
  });

function useEngine(url: string): void {
  process.env.MEILI_URL = url;
  resetEnvCache();
}

async function timed(run: () => Promise<unknown>): Promise<{ ms: number; error?: unknown }> {
  const started = performance.now();
  try {
    await run();
    return { ms: performance.now() - started };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}

const search = (q: string) => searchPapers(SearchQuerySchema.parse({ q }));
const unavailable = (error: unknown) => error instanceof AppError && error.code === "SEARCH_UNAVAILABLE";

beforeAll(async () => {
  t = await createTestDb();
  meili = await startTestMeili("papers_timeouts");
  Object.assign(process.env, {
    MEILI_MASTER_KEY: meili.target.apiKey,
    MEILI_INDEX: meili.target.indexName,
    SEARCH_TIMEOUT_MS: String(TIMEOUT_MS),
    // "Paste an abstract" ranks with the vectors stored in the database.
    ...dbEnv(t),
  });
  const summary = await runIngest({
    db: t.db,
    file: path.join(process.cwd(), "prisma", "seed-digest.txt"),
    today: new Date("2026-11-27"),
    search: meili.target,
  });
  expect(summary.indexed).toBe(98);
});
afterAll(async () => {
  for (const server of servers) server.close();
  for (const name of ["SEARCH_TIMEOUT_MS", "MEILI_URL", "MEILI_MASTER_KEY", "MEILI_INDEX"]) delete process.env[name];
  resetEnvCache();
  await removeTestMeili(meili);
  await t.dispose();
});

describe("search timeouts", () => {
  it("waits for a busy engine that answers after the old 1 s bound", async () => {
    useEngine(await slowEngine(1_500));
    const result = await timed(() => search("agents"));
    expect(result.error).toBeUndefined();
    expect(result.ms).toBeGreaterThanOrEqual(1_400);
    const similar = await timed(() => searchSimilarToText(t.db, "reward models for preference alignment"));
    expect(similar.error).toBeUndefined();
  });

  it("gives up on an engine that accepts and then says nothing at SEARCH_TIMEOUT_MS", async () => {
    useEngine(await loopback(() => {}));
    const result = await timed(() => search("agents"));
    expect(unavailable(result.error)).toBe(true);
    expect(result.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
    expect(result.ms).toBeLessThan(TIMEOUT_MS + 1_500);
  });

  it("answers SEARCH_UNAVAILABLE within a second when the connection is refused or reset", async () => {
    useEngine(`http://127.0.0.1:${await findFreePort()}`);
    const refused = await timed(() => search("agents"));
    expect(unavailable(refused.error)).toBe(true);
    expect(refused.ms).toBeLessThan(1_000);
    useEngine(await loopback((socket) => socket.resetAndDestroy()));
    const reset = await timed(() => search("agents"));
    expect(unavailable(reset.error)).toBe(true);
    expect(reset.ms).toBeLessThan(1_000);
  });

  it("answers straight from the real engine", async () => {
    useEngine(meili.target.url);
    const result = await timed(() => search("agents"));
    expect(result.error).toBeUndefined();
  });
});
