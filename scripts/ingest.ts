// CLI: npm run ingest -- <file> [--date YYYY-MM-DD]
import { parseArgs } from "node:util";
import { IngestError } from "@/lib/ingest/errors";
import { runIngest } from "@/lib/ingest/run-ingest";
import { openRuntime } from "@/lib/runtime";

const USAGE = "usage: npm run ingest -- <digest-file> [--date YYYY-MM-DD]";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { date: { type: "string" } }, allowPositionals: true });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const runtime = await openRuntime({ search: "optional" });
  try {
    const s = await runIngest({ db: runtime.db, file, date: values.date, search: runtime.search?.target ?? null });
    console.log(`${s.file}: digest ${s.date}, ${s.papers} papers — ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged`);
    if (typeof s.indexed === "number") console.log(`search: ${s.indexed} papers indexed`);
    else console.warn(`search: indexing deferred (${s.indexed.deferred}); run \`npm run search:reindex\` or restart the app`);
    return 0;
  } catch (error) {
    if (error instanceof IngestError) {
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
