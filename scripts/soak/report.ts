// The soak's Markdown report: the run, the ingest beside it, per-route latencies and errors, and the
// memory of the app and of Meilisearch minute by minute with the flatness check.
import os from "node:os";
import { meanBetween, type MemorySample } from "./memory";
import { type Recorder, routeRows } from "./stats";

export type SoakRun = {
  minutes: number;
  clients: { browsing: number; searching: number; signedIn: number };
  thinkMs: number;
  seconds: number;
  load: { start: number; end: number };
  ingest: { corpus: string; seconds: number; code: number | null; summary: string };
  appErrorLines: string[];
  memory: MemorySample[];
};

/** Memory is flat when the last minute's mean is within 10% of the second minute's (the first holds start-up). */
export function memoryGrowth(
  samples: MemorySample[],
  minutes: number,
  key: "appMiB" | "meiliMiB" | "meiliAnonMiB",
): number | null {
  const second = meanBetween(samples, 60, 120);
  const last = meanBetween(samples, (minutes - 1) * 60, minutes * 60 + 1);
  return second && last ? last[key] / second[key] - 1 : null;
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : "–");
const pct = (n: number | null) =>
  n === null ? "n/a (run ≥ 3 minutes)" : `${n >= 0 ? "+" : ""}${(n * 100).toFixed(1)}%`;

export function soakReport(run: SoakRun, rec: Recorder): { markdown: string; passed: boolean } {
  const rows = routeRows(rec);
  const unexpected = rows.reduce((n, r) => n + r.unexpected, 0);
  const documented = rows.reduce((n, r) => n + r.documented503, 0);
  // Meilisearch is judged on its anonymous memory: the rest of its RSS is its index files mapped from
  // disk, page cache that grows with the index the ingest is building (data, not a leak).
  const growth = {
    app: memoryGrowth(run.memory, run.minutes, "appMiB"),
    meili: memoryGrowth(run.memory, run.minutes, "meiliMiB"),
    meiliAnon: memoryGrowth(run.memory, run.minutes, "meiliAnonMiB"),
  };
  const flat = [growth.app, growth.meiliAnon].every((g) => g === null || Math.abs(g) <= 0.1);
  const c = run.clients;
  const lines = [
    `Run: ${run.minutes} min, ${c.browsing + c.searching + c.signedIn} clients (${c.browsing} browsing, ${c.searching} searching, ${c.signedIn} signed in), pauses of 0–${2 * run.thinkMs} ms between steps; ${os.cpus().length} cores, load average ${run.load.start.toFixed(1)} at the start, ${run.load.end.toFixed(1)} at the end.`,
    `Ingest beside it: \`${run.ingest.corpus}\`, ${run.ingest.seconds.toFixed(0)} s, exit ${run.ingest.code} — ${run.ingest.summary}`,
    `Requests: ${rec.total()} in ${run.seconds.toFixed(0)} s = **${(rec.total() / run.seconds).toFixed(1)} req/s**; **unexpected errors: ${unexpected}**; documented 503 (search unavailable): ${documented}; app error log lines: ${run.appErrorLines.length}.`,
    "",
    "| route | requests | p50 ms | p99 ms | max ms | 503 (documented) | unexpected |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| \`${r.route}\` | ${r.requests} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.documented503} | ${r.unexpected} |`,
    ),
    "",
    "| minute | app RSS (node processes), MiB | Meilisearch RSS, MiB | of it anonymous, MiB |",
    "|---:|---:|---:|---:|",
    ...Array.from({ length: run.minutes }, (_, m) => meanBetween(run.memory, m * 60, (m + 1) * 60)).flatMap((s, m) =>
      s ? [`| ${m + 1} | ${s.appMiB.toFixed(0)} | ${s.meiliMiB.toFixed(0)} | ${s.meiliAnonMiB.toFixed(0)} |`] : [],
    ),
    "",
    `Memory, last minute against the second: app ${pct(growth.app)}, Meilisearch anonymous ${pct(growth.meiliAnon)} (flat: within ±10%) — **${flat ? "flat" : "NOT flat"}**; Meilisearch with its mapped index files ${pct(growth.meili)}.`,
    ...(rec.samples().length ? ["", "Unexpected answers (first 20):", "", ...rec.samples().map((s) => `- ${s}`)] : []),
    ...(run.appErrorLines.length
      ? [
          "",
          "App error log (first 10 lines):",
          "",
          ...run.appErrorLines.slice(0, 10).map((l) => `    ${l.slice(0, 300)}`),
        ]
      : []),
  ];
  return { markdown: lines.join("\n"), passed: unexpected === 0 && run.ingest.code === 0 && flat };
}
