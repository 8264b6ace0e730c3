// bench:search's markdown report: wall and engine times per target and client count, the API ÷ direct
// ratio at 4 clients, and each target of the search performance budget checked against the run.
import os from "node:os";
import { percentile, summarize, type LoadResult } from "./load";

/** `webCpuMs`: the web process's CPU time (user + system) over the target's requests, when known. */
export type Measured = { clients: number; target: string; runs: LoadResult[]; engineMs: number[]; webCpuMs?: number };

const LABELS: Record<string, string> = {
  api: "GET /api/search (the search box's request)",
  apiAll: "GET /api/search, round-robin over every instance",
  direct: "Meilisearch direct (identical request)",
  authorsApi: "GET /api/search?facet=authors&name=… (author filter, 3 letters typed)",
  authorsDirect: "Meilisearch facet-search direct (identical)",
  floor: "GET /api/health (floor: Next, no work)",
};

export function printSearchReport(run: { docs: number; queries: number }, measured: Measured[]): void {
  const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : "—");
  console.log(
    `\nIndex: ${run.docs.toLocaleString("en-US")} corpus papers. ${run.queries} queries, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}.\n`,
  );
  console.log(
    "| clients | target | requests | errors | p50 | p95 | p99 | engine p50 | engine p95 | throughput | web CPU / request |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|");
  const summaries = new Map<string, ReturnType<typeof summarize>>();
  for (const m of measured) {
    const s = summarize(m.runs);
    summaries.set(`${m.clients}:${m.target}`, s);
    const engine = [...m.engineMs].sort((a, b) => a - b);
    const cpu = m.webCpuMs === undefined ? "—" : `${(m.webCpuMs / s.requests).toFixed(2)} ms`;
    console.log(
      `| ${m.clients} | ${LABELS[m.target] ?? m.target} | ${s.requests} | ${s.errors} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(percentile(engine, 50))} | ${ms(percentile(engine, 95))} | ${s.rps.toFixed(0)} req/s | ${cpu} |`,
    );
  }
  const one = summaries.get("1:api");
  const four = summaries.get("4:api");
  const fourDirect = summaries.get("4:direct");
  const sixteen = summaries.get("16:api");
  const check = (ok: boolean) => (ok ? "met" : "NOT met");
  console.log("\n| target | measured | |");
  console.log("|---|---|---|");
  if (one)
    console.log(
      `| 1 client p50 ≤ 25 ms, p95 ≤ 60 ms | p50 ${ms(one.p50)}, p95 ${ms(one.p95)} | ${check(one.p50 <= 25 && one.p95 <= 60)} |`,
    );
  if (four && fourDirect)
    console.log(
      `| 4 clients p95 ≤ 1.3× direct | ${ms(four.p95)} ÷ ${ms(fourDirect.p95)} = ${(four.p95 / fourDirect.p95).toFixed(2)}× | ${check(four.p95 <= 1.3 * fourDirect.p95)} |`,
    );
  if (sixteen)
    console.log(
      `| 16 clients 0 errors | ${sixteen.errors} errors of ${sixteen.requests} | ${check(sixteen.errors === 0)} |`,
    );
}
