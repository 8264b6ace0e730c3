// Runs the real app the way `npm start` does (scripts/start.ts) on a free port with its own data dir.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { isBuildStale } from "@/lib/build-freshness";
import { findFreePort } from "@/lib/search/server";

/** `pid` is the starter's (scripts/start.ts); the web process is its child. */
export type AppServer = { url: string; dataDir: string; pid: number; stop: () => Promise<void>; output: () => string };

/** Builds the production app once when the build is missing or older than the sources. */
export function ensureProductionBuild(): void {
  if (!isBuildStale(process.cwd())) return;
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error(`next build failed with status ${result.status}`);
}

async function waitForHttp(url: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode} while starting:\n${log()}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`app did not answer ${url} within ${timeoutMs} ms:\n${log()}`);
}

/**
 * TRUST_PROXY=1 unless a test says otherwise: the app runs as if behind one reverse proxy, so each
 * simulated person's X-Forwarded-For (tests/setup/accounts.ts) is their address, as separate
 * machines behind a proxy would be. Requests that send none count as the test runner's 127.0.0.1.
 * `options.dataDir`: start on this DATA_DIR (e.g. a restored one) instead of a new empty one; removed on stop either way.
 */
export async function startApp(
  extraEnv: Record<string, string> = {},
  options: { dataDir?: string } = {},
): Promise<AppServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), "paperboard-app-"));
  const port = await findFreePort();
  // SYNC=off unless a test points every upstream base URL at its loopback fake: no test contacts the internet.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    NODE_ENV: "production",
    TRUST_PROXY: "1",
    SYNC: "off",
    ...extraEnv,
  };
  if (!("MEILI_URL" in extraEnv)) delete env.MEILI_URL;
  delete env.DATABASE_FILE;
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/api/health`, child, () => output, 120_000);
  return {
    url,
    dataDir,
    pid: child.pid!,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
