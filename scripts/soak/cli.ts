// Runs a CLI of scripts/ (ingest, backup, restore) as its own process against a running app's DATA_DIR,
// as an operator would beside `npm start`; the caller (the soak, a test) keeps working meanwhile.
import { spawn } from "node:child_process";

export type CliRun = { code: number | null; output: string };

/** The environment of a CLI working on `app`'s data: its DATA_DIR (and so its embedded Meilisearch) and its port. */
export function envFor(app: { url: string; dataDir: string }, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: app.dataDir,
    PORT: new URL(app.url).port,
    NODE_ENV: "production",
    ...extra,
  };
  delete env.MEILI_URL;
  delete env.DATABASE_FILE;
  return env;
}

export function runCli(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  nodeOptions: string[] = [],
): Promise<CliRun> {
  const child = spawn(
    process.execPath,
    [...nodeOptions, "--conditions=react-server", "--import", "tsx", script, ...args],
    { env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-10_000));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, output })));
}
