// `npm start`: migrate the database, start (or find) Meilisearch, ingest the bundled seed on first
// start, give the web process a search-only key and warm the index, build if the build is stale,
// then run the web process (scripts/serve.ts) and the sync scheduler beside it — and stop both and
// Meilisearch when the web process exits.
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { isBuildStale } from "@/lib/build-freshness";
import { toWebProcessEnv } from "@/lib/edge/web-env";
import { ensureTopicsCurrent } from "@/lib/ingest/reassign-topics";
import { runIngest } from "@/lib/ingest/run-ingest";
import { openRuntime, runAsBackgroundWork } from "@/lib/runtime";
import { applySearchSettings, syncSearchIndex } from "@/lib/search/indexing";
import type { SearchTarget } from "@/lib/search/client";
import { resolveWebSearchTarget } from "@/lib/search/search-key";
import { refreshPendingSimilarPapers } from "@/lib/search/similar-papers";
import { warmSearchIndex } from "@/lib/search/warm-up";
import { bundleWebServer } from "./serve-bundle";
import { startAppSync } from "@/lib/sync/app-sync";

const dev = process.argv.includes("--dev");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

async function main(): Promise<void> {
  console.log("Paperboard: preparing the database (applying migrations) and search…");
  const runtime = await openRuntime({ search: "optional" });
  const { env, db, search } = runtime;
  // After an upgrade that changed topic rules: reassign stored papers (the sync below re-sends them).
  const reassigned = await ensureTopicsCurrent(db);
  if (reassigned?.changed) console.log(`Topic rules changed: reassigned the topics of ${reassigned.changed} of ${reassigned.checked} papers`);

  if ((await db.digest.count()) === 0) {
    console.log(`First start: seeding the demo papers from ${env.SEED_DIGEST}`);
    const s = await runIngest({ db, file: env.SEED_DIGEST, search: search?.target ?? null });
    console.log(`  ${s.papers} papers from ${s.date}`);
    if (typeof s.indexed !== "number") {
      console.warn(`  search indexing deferred: ${s.indexed.deferred}`);
      // Similar papers need only SQLite: compute them now so paper pages have them during the outage.
      await refreshPendingSimilarPapers(db);
    }
  } else if (search) {
    try {
      await applySearchSettings(search.target);
      const sent = await syncSearchIndex(db, search.target);
      if (sent > 0) console.log(`Indexed ${sent} papers the search index lacked (stored while it was unavailable, or topics reassigned)`);
    } catch (error) {
      console.warn(`warning: could not sync the search index: ${(error as Error).message}`);
    }
  }
  await db.$disconnect();

  if (!dev && isBuildStale(process.cwd())) {
    console.log("Building the app: a one-time step of about a minute (again only when the sources change)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) {
      await runtime.close();
      process.exit(build.status ?? 1);
    }
  }

  let webSearch: SearchTarget | null = null;
  if (search) {
    webSearch = await resolveWebSearchTarget(search.target, env.MEILI_SEARCH_KEY);
    try {
      // With the web process's own key: a key that cannot search shows here, not to the first visitor.
      console.log(`Search index warmed in ${await warmSearchIndex(webSearch)} ms`);
    } catch (error) {
      console.warn(`warning: could not warm the search index: ${(error as Error).message}`);
    }
  }

  const webEnv = toWebProcessEnv(process.env, { dev, dataDir: env.DATA_DIR, databaseFile: env.DATABASE_FILE, search: webSearch });
  const serveScript = await bundleWebServer(process.cwd());
  const web = spawn(process.execPath, [serveScript, ...(dev ? ["--dev"] : [])], { stdio: "inherit", env: webEnv });
  console.log(`Paperboard is ready: http://localhost:${env.PORT}${search ? "" : " (search unavailable)"}`);
  // SYNC=off: nothing upstream is contacted (tests, offline installs); `npm run sync` still works.
  // The web process and Meilisearch are already running at their own priority; the sync that runs in
  // this process from here on yields the CPU to them.
  runAsBackgroundWork();
  const sync = env.SYNC === "on" ? startAppSync(env, search?.target ?? null) : null;

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    web.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  web.on("exit", async (code, signal) => {
    await sync?.stop();
    await runtime.close();
    process.exit(code ?? (signal ? 0 : 1));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.message}` : error);
  process.exit(1);
});
