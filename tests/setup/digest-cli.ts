// Runs `npm run digest:send` as a child process, asynchronously: the test's own SMTP server lives in
// this process and must keep answering while the child sends.
import { spawn, type ChildProcess } from "node:child_process";

export type CliResult = { code: number | null; signal: NodeJS.Signals | null; output: string };

export function runDigestSend(
  args: string[],
  env: NodeJS.ProcessEnv,
  onChild?: (child: ChildProcess) => void,
): Promise<CliResult> {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/digest-send.ts", ...args],
    {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  onChild?.(child);
  let output = "";
  child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, output })));
}
