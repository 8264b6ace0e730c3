// Shared start-up for CLIs: validated env, a migrated database and a reachable Meilisearch.
import os from "node:os";
import { secureDataDir } from "@/lib/data-dir";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/setup";
import { getEnv, type Env } from "@/lib/env";
import { resolveSearchRuntime, type SearchRuntime } from "@/lib/search/runtime";
import { closeDb } from "@/lib/db/connection";

/** Niceness of batch work (ingest, sync, reindex): above the web process's 0, below nothing else. */
const BACKGROUND_NICENESS = 10;

/**
 * Lowers this process's CPU priority. Batch work shares the machine with the web process; on two cores
 * an ingest at equal priority pushed /api/health's p99 past 300 ms, niced it stayed under 100 ms, and
 * the batch loses only the time the web process actually uses. Processes spawned earlier keep theirs.
 */
export function runAsBackgroundWork(): void {
  try {
    os.setPriority(BACKGROUND_NICENESS);
  } catch {
    // Not permitted (some containers): the work runs at normal priority, as before.
  }
}

export type Runtime = { env: Env; db: Db; search: SearchRuntime | null; close: () => Promise<void> };

/**
 * With `search: "optional"`, a search server that cannot be reached or started is reported and
 * null is returned instead of failing: the database is the source of truth.
 */
export async function openRuntime(options: { search: "required" | "optional" }): Promise<Runtime> {
  const env = getEnv();
  secureDataDir(env.DATA_DIR);
  await prepareDatabase(env.DATABASE);
  const db = createPrismaClient(env.DATABASE);
  let search: SearchRuntime | null = null;
  try {
    search = await resolveSearchRuntime(env);
  } catch (error) {
    if (options.search === "required") {
      await closeDb(db);
      throw error;
    }
    console.warn(`warning: search unavailable (${(error as Error).message}); papers will be indexed later.`);
  }
  return {
    env,
    db,
    search,
    close: async () => {
      await closeDb(db);
      await search?.stop();
    },
  };
}
