// Finds the app's Meilisearch: an external one ($MEILI_URL), the embedded one already running for
// this data dir, or a new embedded process owned by the caller. One server per data dir: the
// engine locks its database, so a second process on the same directory would fail.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Env } from "@/lib/env";
import type { SearchTarget } from "./client";
import { loadOrCreateMasterKey, startMeilisearch } from "./server";

export type SearchRuntime = { target: SearchTarget; owned: boolean; stop: () => Promise<void> };

const RuntimeFileSchema = z.object({ url: z.url(), pid: z.number().int() });

function runtimeFile(env: Env): string {
  return path.join(env.DATA_DIR, "meili-runtime.json");
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) })).ok;
  } catch {
    return false;
  }
}

/** The embedded server another process (e.g. `npm start`) is running for this data dir, if any. */
async function findRunningEmbedded(env: Env): Promise<string | null> {
  const file = runtimeFile(env);
  if (!existsSync(file)) return null;
  const parsed = RuntimeFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (parsed.success && (await isHealthy(parsed.data.url))) return parsed.data.url;
  return null;
}

export async function resolveSearchRuntime(env: Env): Promise<SearchRuntime> {
  if (env.MEILI_URL) {
    return {
      target: { url: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY, indexName: env.MEILI_INDEX },
      owned: false,
      stop: async () => {},
    };
  }
  const meiliDir = path.join(env.DATA_DIR, "meilisearch");
  const running = await findRunningEmbedded(env);
  if (running) {
    const apiKey = loadOrCreateMasterKey(meiliDir);
    return { target: { url: running, apiKey, indexName: env.MEILI_INDEX }, owned: false, stop: async () => {} };
  }
  const server = await startMeilisearch({
    dataDir: meiliDir,
    bin: env.MEILI_BIN,
    maxIndexingMemory: env.MEILI_MAX_INDEXING_MEMORY,
  });
  writeFileSync(runtimeFile(env), JSON.stringify({ url: server.url, pid: process.pid }));
  return {
    target: { url: server.url, apiKey: server.masterKey, indexName: env.MEILI_INDEX },
    owned: true,
    stop: async () => {
      rmSync(runtimeFile(env), { force: true });
      await server.stop();
    },
  };
}
