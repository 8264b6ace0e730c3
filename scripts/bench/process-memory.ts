// The resident memory of a benchmark's app: its starter and every process under it (web server,
// Meilisearch), read from /proc (Linux), e.g. "serve 812 MiB (peak 930 MiB) · meilisearch 140 MiB …".
import { readFileSync } from "node:fs";

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function describe(pid: number): string | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = (field: string) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"))?.[1] ?? 0);
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    const script = args.find((a) => /\.(ts|js|mjs)$/.test(a)) ?? args[0] ?? String(pid);
    const name = script
      .split("/")
      .at(-1)!
      .replace(/\.(ts|js|mjs)$/, "");
    const mib = (k: number) => `${Math.round(k / 1024)} MiB`;
    return `${name} ${mib(kib("VmRSS"))} (peak ${mib(kib("VmHWM"))})`;
  } catch {
    return null;
  }
}

/** Resident and peak memory of `root` and its descendants, one entry per process. */
export function processTreeMemory(root: number): string {
  const out: string[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    const line = describe(pid);
    if (line) out.push(line);
    queue.push(...children(pid));
  }
  return out.join(" · ");
}
