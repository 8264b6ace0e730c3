// CLI: npm run ingest -- <file | - | url> [--format F] [--date YYYY-MM-DD] [--strict] [--limit N]
//      npm run ingest -- --hf-date YYYY-MM-DD   (that day's Hugging Face daily papers)
import { parseArgs } from "node:util";
import { recordBrowsePagesChanged } from "@/lib/cache/shared-page-cache";
import { IngestError } from "@/lib/ingest/errors";
import { FetchSourceError } from "@/lib/ingest/fetch-source";
import { FORMATS, isFormatName } from "@/lib/ingest/formats/detect";
import { createProgressReporter } from "@/lib/ingest/progress-reporter";
import { runIngest } from "@/lib/ingest/run-ingest";
import { DigestDateSchema } from "@/lib/ingest/schemas";
import { openRuntime, runAsBackgroundWork } from "@/lib/runtime";

const USAGE = `usage: npm run ingest -- <file | - | http(s)-url> [--format ${FORMATS.join("|")}] [--date YYYY-MM-DD] [--strict] [--limit N]
       npm run ingest -- --hf-date YYYY-MM-DD`;

const OPTIONS = {
  date: { type: "string" },
  format: { type: "string" },
  "hf-date": { type: "string" },
  strict: { type: "boolean" },
  limit: { type: "string" },
} as const;

async function main(): Promise<number> {
  runAsBackgroundWork();
  const { values, positionals } = parseArgs({ options: OPTIONS, allowPositionals: true });
  const hfDate = values["hf-date"];
  const format = values.format ?? (hfDate ? "hf-daily" : undefined);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  const bad =
    (hfDate ? positionals.length !== 0 || !DigestDateSchema.safeParse(hfDate).success : positionals.length !== 1) ||
    (format !== undefined && !isFormatName(format)) ||
    (limit !== undefined && !(Number.isInteger(limit) && limit > 0));
  if (bad || (format !== undefined && !isFormatName(format))) {
    console.error(USAGE);
    return 2;
  }
  const runtime = await openRuntime({ search: "optional" });
  const file = hfDate
    ? `${runtime.env.HF_API_BASE_URL.replace(/\/$/, "")}/api/daily_papers?date=${hfDate}`
    : positionals[0]!;
  const progress = createProgressReporter(file === "-" ? "stdin" : file);
  try {
    const s = await runIngest({
      db: runtime.db,
      file,
      format,
      date: values.date,
      strict: values.strict,
      limit,
      search: runtime.search?.target ?? null,
      onProgress: progress.update,
    });
    progress.stop();
    const days = s.days.length === 0 ? "no digest days" : `digest days ${s.days.join(", ")}`;
    console.log(
      `${s.file} (${s.format}): ${s.papers} papers, ${days} — ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.rejected} rejected`,
    );
    for (const r of s.rejections.slice(0, 20)) console.warn(`  rejected ${r}`);
    if (s.rejected > 20) console.warn(`  … ${s.rejected - 20} more rejections (the first 100 are in the ingest log)`);
    if (typeof s.indexed === "number") console.log(`search: ${s.indexed} papers indexed`);
    else
      console.warn(
        `search: indexing deferred (${s.indexed.deferred}); run \`npm run search:reindex\` or restart the app`,
      );
    if (s.similar === "deferred")
      console.log(
        "related papers: a bulk import leaves them pending; the running app (or the next `npm start`) computes them in the background, progress on /status — `npm run search:setup` computes them now",
      );
    // In the database every app instance reads its page cache from: each renders its pages again.
    await recordBrowsePagesChanged(runtime.db);
    console.log("app: cached pages marked stale on every instance");
    return 0;
  } catch (error) {
    progress.stop();
    if (error instanceof IngestError || error instanceof FetchSourceError) {
      console.error(`error: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await runtime.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? `error: ${error.message}` : error);
    process.exit(1);
  },
);
