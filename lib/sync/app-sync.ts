// The scheduler as `npm start` runs it: its own database connection, the app's search server, log
// lines on the console, and every app instance's cached pages marked stale after a run stored papers.
import { recordBrowsePagesChanged } from "@/lib/cache/shared-page-cache";
import { createPrismaClient } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import type { SearchTarget } from "@/lib/search/client";
import { toSyncConfig } from "./config";
import { startSyncScheduler } from "./scheduler";
import { closeDb } from "@/lib/db/connection";

export function startAppSync(env: Env, search: SearchTarget | null): { stop: () => Promise<void> } {
  const db = createPrismaClient(env.DATABASE);
  const scheduler = startSyncScheduler({
    db,
    search,
    config: toSyncConfig(env),
    log: (line, level) => (level === "warn" ? console.warn(line) : console.log(line)),
    onChange: async () => {
      await recordBrowsePagesChanged(db);
    },
  });
  return {
    stop: async () => {
      await scheduler.stop();
      await closeDb(db);
    },
  };
}
