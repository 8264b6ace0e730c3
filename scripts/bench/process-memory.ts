// The resident memory and CPU time of a benchmark's app: its starter and every process under it (web
// server, Meilisearch), read from /proc (Linux), e.g. "serve 812 MiB (peak 930 MiB) · meilisearch 140 MiB …".
import { readFileSync } from "node:fs";

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** A process's name as the tables show it: its script's base name (serve, start) or its program's. */
function nameOf(pid: number): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    const script = args.find((a) => /\.(ts|js|mjs)$/.test(a)) ?? args[0] ?? String(pid);
    return script
      .split("/")
      .at(-1)!
      .replace(/\.(ts|js|mjs)$/, "");
  } catch {
    return String(pid);
  }
}

function describe(pid: number): string | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = (field: string) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"))?.[1] ?? 0);
    const name = nameOf(pid);
    const mib = (k: number) => `${Math.round(k / 1024)} MiB`;
    return `${name} ${mib(kib("VmRSS"))} (peak ${mib(kib("VmHWM"))})`;
  } catch {
    return null;
  }
}

function tree(root: number): number[] {
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...children(pid));
  }
  return out;
}

/** Resident and peak memory of `root` and its descendants, one entry per process. */
export function processTreeMemory(root: number): string {
  return tree(root)
    .flatMap((pid) => describe(pid) ?? [])
    .join(" · ");
}

/**
 * CPU time (user + system, ms) used so far by the processes named `name` under `root` (the web server
 * is "serve"; its starter runs the background derived-data sync): the work a request costs, whatever
 * else the machine runs (wall time on a shared machine includes waiting for a core).
 */
export function processTreeCpuMs(root: number, name: string): number {
  let ticks = 0;
  for (const pid of tree(root).filter((p) => nameOf(p) === name)) {
    try {
      // Fields after the command's closing parenthesis: state is 3rd, utime 14th, stime 15th (proc(5)).
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended meanwhile.
    }
  }
  // USER_HZ is 100 on Linux x86-64.
  return ticks * 10;
}
