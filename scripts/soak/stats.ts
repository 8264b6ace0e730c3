// What the soak's clients saw, per route: latencies, and every answer sorted into expected, documented
// 503 (search unavailable) or unexpected (any other status, a wrong redirect, a network error).
import { percentile } from "../bench/load";

export type Verdict = "ok" | "documented-503" | "unexpected";
type RouteStats = { latencies: number[]; documented503: number; unexpected: number };

export type Recorder = {
  record: (route: string, ms: number, verdict: Verdict, detail?: string) => void;
  routes: () => Map<string, RouteStats>;
  /** The first unexpected answers, for the report. */
  samples: () => string[];
  total: () => number;
};

export function createRecorder(): Recorder {
  const routes = new Map<string, RouteStats>();
  const samples: string[] = [];
  let total = 0;
  return {
    record: (route, ms, verdict, detail) => {
      const stats = routes.get(route) ?? { latencies: [], documented503: 0, unexpected: 0 };
      routes.set(route, stats);
      stats.latencies.push(ms);
      total += 1;
      if (verdict === "documented-503") stats.documented503 += 1;
      if (verdict === "unexpected") {
        stats.unexpected += 1;
        if (samples.length < 20) samples.push(`${route}: ${detail ?? "unexpected"}`);
      }
    },
    routes: () => routes,
    samples: () => samples,
    total: () => total,
  };
}

export type RouteRow = {
  route: string;
  requests: number;
  p50: number;
  p99: number;
  max: number;
  documented503: number;
  unexpected: number;
};

export function routeRows(recorder: Recorder): RouteRow[] {
  return [...recorder.routes()]
    .map(([route, s]) => {
      const sorted = [...s.latencies].sort((a, b) => a - b);
      return {
        route,
        requests: sorted.length,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        max: sorted.at(-1) ?? NaN,
        documented503: s.documented503,
        unexpected: s.unexpected,
      };
    })
    .sort((a, b) => b.requests - a.requests);
}
