// npm start's derived-data work, after the app answers: the one sync at start-up (topics, text
// features, related papers, search index), then a check every minute for papers an import left pending — so a bulk
// import gets its related papers without anyone running a command, and a restart is never held up.
import { createPrismaClient } from "@/lib/db/client";
import { countPendingRelated } from "@/lib/db/similar-papers";
import type { SearchTarget } from "@/lib/search/client";
import { syncDerivedData, type DerivedSyncResult } from "./derived-sync";

const CHECK_EVERY_MS = 60_000;

export function startDerivedSync(
  databaseFile: string,
  search: SearchTarget | null,
  log: (line: string) => void,
): { stop: () => Promise<void> } {
  const db = createPrismaClient(databaseFile);
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  const run = async (first: boolean) => {
    try {
      if (!first && (await countPendingRelated(db)) === 0) return;
      log(describe(await syncDerivedData(db, { search, features: true })));
    } catch (error) {
      log(`warning: derived data sync failed (retried in a minute): ${(error as Error).message}`);
    }
  };
  const schedule = (first: boolean) => {
    running = run(first).finally(() => {
      if (!stopped) timer = setTimeout(() => schedule(false), CHECK_EVERY_MS);
    });
  };
  schedule(true);
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      // A run over 300k papers does not stop mid-way: stopping the app must not wait for it (what it
      // wrote is kept; the next start carries on from the papers still pending).
      await Promise.race([running, new Promise((r) => setTimeout(r, 1_000))]);
      void db.$disconnect().catch(() => undefined);
    },
  };
}

function describe(r: DerivedSyncResult): string {
  const indexed = typeof r.indexed === "number" ? `${r.indexed} indexed` : `indexing deferred (${r.indexed.deferred})`;
  return `Derived data: ${r.topicsChanged} papers' topics reassigned, related papers computed for ${r.related}, ${indexed}`;
}
