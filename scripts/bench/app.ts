// Starts the production app the way `npm start` does (building when stale), for the benchmarks:
// against a given Meilisearch, or (target null) with its own embedded one.
import { spawn } from "node:child_process";
import { findFreePort } from "@/lib/search/server";
import type { SearchTarget } from "@/lib/search/client";

export type BenchApp = {
  url: string;
  port: number;
  dataDir: string;
  pid: number;
  /** The last few kB the app printed (its start-up lines: what it warmed, and how long it took). */
  output: () => string;
  stop: () => Promise<void>;
};

/** `pid` is the starter's (scripts/start.ts): the web server and Meilisearch are its children.
 *  `options.onStderr` receives the app's error output (printed through otherwise); `options.env` is
 *  added to its environment (scripts/bench/instances.ts: multi-instance mode). */
export async function startBenchApp(
  dataDir: string,
  target: SearchTarget | null,
  options: { onStderr?: (text: string) => void; env?: Record<string, string> } = {},
): Promise<BenchApp> {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    NODE_ENV: "production",
    // A benchmark measures the app, not a sync running beside it (nor may it contact the internet).
    SYNC: "off",
    ...(target ? { MEILI_URL: target.url, MEILI_MASTER_KEY: target.apiKey ?? "", MEILI_INDEX: target.indexName } : {}),
    // One load generator is one "client": the per-client limits would measure 429s, not the app.
    ...Object.fromEntries(
      ["SEARCH", "SIMILAR", "EXPORT", "IMAGE"].flatMap((c) => [
        [`${c}_RATE_LIMIT_PER_MINUTE`, "100000000"],
        [`${c}_RATE_LIMIT_BURST`, "100000000"],
      ]),
    ),
    ...options.env,
  };
  delete env.DATABASE_FILE;
  if (!target) delete env.MEILI_URL;
  const stderr = options.onStderr ? "pipe" : "inherit";
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    env,
    stdio: ["ignore", "pipe", stderr],
  });
  if (options.onStderr) child.stderr?.on("data", (chunk: Buffer) => options.onStderr?.(chunk.toString()));
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-5_000);
  });
  const url = `http://127.0.0.1:${port}`;
  // A first build on a busy shared machine took over 5 minutes.
  const deadline = Date.now() + 900_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited while starting:\n${log}`);
    if (Date.now() > deadline) throw new Error(`app did not start:\n${log}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  // Measure a settled app: the web process loads For you's data in the background once it answers
  // (seconds at 300k papers, CPU a benchmark would otherwise share). At most two minutes.
  const settled = Date.now() + 120_000;
  while (!/For you (?:warmed in \d+ ms|not warmed)/.test(log) && Date.now() < settled && child.exitCode === null)
    await new Promise((r) => setTimeout(r, 200));
  return {
    url,
    port,
    dataDir,
    pid: child.pid ?? 0,
    output: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Ingests (the first `limit` papers of) a corpus into a bench app's DATA_DIR (running or not) through
 *  `npm run ingest`'s script, which marks its cached pages stale; the ingest lowers its own CPU priority.
 *  `env`: where else to index (an external Meilisearch). */
export async function ingestIntoBenchApp(
  app: Pick<BenchApp, "dataDir">,
  corpus: string,
  limit: string | undefined,
  stdout: "ignore" | "inherit" = "inherit",
  env: Record<string, string> = {},
): Promise<void> {
  const args = [
    "--max-old-space-size=192",
    "--conditions=react-server",
    "--import",
    "tsx",
    "scripts/ingest.ts",
    corpus,
    ...(limit ? ["--limit", limit] : []),
  ];
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: app.dataDir };
  delete childEnv.DATABASE_FILE;
  delete childEnv.MEILI_URL;
  Object.assign(childEnv, env);
  const child = spawn(process.execPath, args, { env: childEnv, stdio: ["ignore", stdout, "inherit"] });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`ingest of ${corpus} exited with ${code}`);
}
