// Ingest progress for a terminal: a live bar (done/total, rate, ETA) on a TTY, plain periodic lines otherwise.
import cliProgress from "cli-progress";
import type { IngestProgress } from "./ingest-state";

export type ProgressReporter = { update: (p: IngestProgress) => void; stop: () => void };

const LOG_EVERY_MS = 5_000;

export function createProgressReporter(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const started = Date.now();
  const rate = (p: IngestProgress) => Math.round(p.records / Math.max((Date.now() - started) / 1000, 0.001));
  // Totals are bytes of the source (compressed for .gz): the record count is unknown until the end.
  const fraction = (p: IngestProgress) => (p.totalBytes ? Math.min(p.bytesRead / p.totalBytes, 1) : null);
  if (!stream.isTTY) {
    let last = 0;
    return {
      update: (p) => {
        if (Date.now() - last < LOG_EVERY_MS) return;
        last = Date.now();
        const f = fraction(p);
        const pct = f === null ? "" : ` (${(f * 100).toFixed(1)}% of ${label})`;
        stream.write(`ingest: ${p.records} records${pct}, ${rate(p)} records/s, ${p.rejected} rejected\n`);
      },
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} [{bar}] {percentage}% ({done}/{total} MB) | {records} records | {rate}/s | ETA {eta_formatted} | {rejected} rejected`,
      etaBuffer: 50,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const mb = (bytes: number | null) => (bytes === null ? "?" : (bytes / 1e6).toFixed(1));
  bar.start(1000, 0, { records: 0, rate: 0, rejected: 0, done: "0.0", total: "?" });
  return {
    update: (p) => {
      const f = fraction(p);
      bar.update(f === null ? 0 : Math.round(f * 1000), {
        records: p.records,
        rate: rate(p),
        rejected: p.rejected,
        done: mb(p.bytesRead),
        total: mb(p.totalBytes),
      });
    },
    stop: () => bar.stop(),
  };
}
