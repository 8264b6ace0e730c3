// Resident memory of the app's process tree over time, read from /proc (Linux): the node processes
// `npm start` runs (its supervisor and the Next server) and Meilisearch, sampled every few seconds.
import { readdirSync, readFileSync } from "node:fs";

export type MemorySample = { atSeconds: number; appMiB: number; meiliMiB: number; meiliAnonMiB: number };

type Proc = { pid: number; ppid: number; comm: string };

function listProcs(): Proc[] {
  const out: Proc[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split at the last ")".
      const close = stat.lastIndexOf(")");
      const ppid = Number(stat.slice(close + 2).split(" ")[1]);
      out.push({ pid: Number(entry), ppid, comm: stat.slice(stat.indexOf("(") + 1, close) });
    } catch {
      // the process ended while listing
    }
  }
  return out;
}

function statusKiB(pid: number, field: "VmRSS" | "RssAnon"): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith(`${field}:`));
    return line ? Number.parseInt(line.slice(field.length + 1).trim(), 10) : 0;
  } catch {
    return 0;
  }
}

/** One sample of the tree under `rootPid`. */
export function sampleTree(rootPid: number, atSeconds: number): MemorySample {
  const procs = listProcs();
  const tree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) {
      if (tree.has(p.pid) || !tree.has(p.ppid)) continue;
      tree.add(p.pid);
      grew = true;
    }
  }
  const members = procs.filter((p) => tree.has(p.pid));
  const meili = members.filter((p) => p.comm.startsWith("meilisearch"));
  const app = members.filter((p) => !p.comm.startsWith("meilisearch"));
  const mib = (kib: number) => kib / 1024;
  return {
    atSeconds,
    appMiB: mib(app.reduce((sum, p) => sum + statusKiB(p.pid, "VmRSS"), 0)),
    meiliMiB: mib(meili.reduce((sum, p) => sum + statusKiB(p.pid, "VmRSS"), 0)),
    meiliAnonMiB: mib(meili.reduce((sum, p) => sum + statusKiB(p.pid, "RssAnon"), 0)),
  };
}

/** Samples every `everyMs` until stopped. */
export function startMemorySampler(rootPid: number, everyMs: number): { samples: MemorySample[]; stop: () => void } {
  const started = performance.now();
  const samples: MemorySample[] = [];
  const take = () => samples.push(sampleTree(rootPid, (performance.now() - started) / 1000));
  take();
  const timer = setInterval(take, everyMs);
  return { samples, stop: () => clearInterval(timer) };
}

/** Mean of each series over [fromSeconds, toSeconds). */
export function meanBetween(samples: MemorySample[], fromSeconds: number, toSeconds: number): MemorySample | null {
  const inside = samples.filter((s) => s.atSeconds >= fromSeconds && s.atSeconds < toSeconds);
  if (inside.length === 0) return null;
  const mean = (key: "appMiB" | "meiliMiB" | "meiliAnonMiB") =>
    inside.reduce((sum, s) => sum + s[key], 0) / inside.length;
  return {
    atSeconds: fromSeconds,
    appMiB: mean("appMiB"),
    meiliMiB: mean("meiliMiB"),
    meiliAnonMiB: mean("meiliAnonMiB"),
  };
}
