// `npm start`: migrate the database, start (or find) Meilisearch, ingest the bundled seed on first
// start, give the web process a search-only key and warm the index, build if the build is stale,
// then run the web process (scripts/serve.ts), and beside it the derived-data sync (topics, related
// papers, search index: in the background, so a restart on a large database answers at once; progress
// on /status) and the sync scheduler — and stop them and Meilisearch when the web process exits.
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { isBuildStale } from "@/lib/build-freshness";
import { getEnv } from "@/lib/env";
import { multiInstanceProblems } from "@/lib/multi-instance";
import { toWebProcessEnv } from "@/lib/edge/web-env";
import { runIngest } from "@/lib/ingest/run-ingest";
import { openRuntime, runAsBackgroundWork } from "@/lib/runtime";
import type { SearchTarget } from "@/lib/search/client";
import { resolveWebSearchTarget } from "@/lib/search/search-key";
import { startDerivedSync } from "@/lib/ingest/derived-background";
import { warmSearchIndex } from "@/lib/search/warm-up";
import { bundleWebServer } from "./serve-bundle";
import { startAppSync } from "@/lib/sync/app-sync";
import { closeDb, countPapers } from "@/lib/db/connection";

const dev = process.argv.includes("--dev");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

/** Multi-instance mode refuses to start on what would differ between instances, and never builds: two
 *  instances on one checkout would race to write .next/ (docs/deploy.md: build once, then start them). */
function refuseUnfitForMultiInstance(): void {
  const env = getEnv();
  if (!env.MULTI_INSTANCE) return;
  const problems = multiInstanceProblems(env);
  if (!dev && isBuildStale(process.cwd()))
    problems.push(
      "the build is missing or older than the sources: run `npm run build` once before starting the instances",
    );
  if (dev) problems.push("`npm run dev` is one instance: unset MULTI_INSTANCE");
  if (problems.length === 0) return;
  console.error(`MULTI_INSTANCE=1, but:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee docs/deploy.md.`);
  process.exit(1);
}

async function main(): Promise<void> {
  refuseUnfitForMultiInstance();
  console.log("Paperboard: preparing the database (applying migrations) and search…");
  const runtime = await openRuntime({ search: "optional" });
  const { env, db, search } = runtime;
  // An empty database, not "no digest": a corpus imported without digests is not a first start. Several
  // instances starting on an empty database would each ingest the seed: in multi-instance mode the
  // operator ingests once (`npm run ingest`) or lets the sync fill it.
  if (!env.MULTI_INSTANCE && (await countPapers(db)) === 0) {
    console.log(`First start: seeding the demo papers from ${env.SEED_DIGEST}`);
    const s = await runIngest({ db, file: env.SEED_DIGEST, search: search?.target ?? null });
    console.log(`  ${s.papers} papers from ${s.date}`);
    if (typeof s.indexed !== "number") console.warn(`  search indexing deferred: ${s.indexed.deferred}`);
  }
  await closeDb(db);

  if (!dev && isBuildStale(process.cwd())) {
    console.log("Building the app: a one-time step of about a minute (again only when the sources change)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
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

  const webEnv = toWebProcessEnv(process.env, {
    dev,
    dataDir: env.DATA_DIR,
    databaseFile: env.DATABASE_FILE,
    search: webSearch,
  });
  const serveScript = await bundleWebServer(process.cwd());
  const web = spawn(process.execPath, [serveScript, ...(dev ? ["--dev"] : [])], { stdio: "inherit", env: webEnv });
  console.log(`Paperboard is ready: http://localhost:${env.PORT}${search ? "" : " (search unavailable)"}`);
  // SYNC=off: nothing upstream is contacted (tests, offline installs); `npm run sync` still works.
  // The web process and Meilisearch are already running at their own priority; the sync that runs in
  // this process from here on yields the CPU to them.
  runAsBackgroundWork();
  // Topics after a taxonomy change, related papers an import left pending, papers the index lacks.
  const derived = startDerivedSync(env.DATABASE_FILE, search?.target ?? null, (line) => console.log(line));
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
    await Promise.all([sync?.stop(), derived.stop()]);
    await runtime.close();
    process.exit(code ?? (signal ? 0 : 1));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.message}` : error);
  process.exit(1);
});
