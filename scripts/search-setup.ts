// CLI: npm run search:setup (the derived-data sync: topics if the taxonomy changed, pending related
// papers, pending index documents) | npm run search:reindex (the same after emptying the index and
// marking every paper's related papers pending: a full rebuild of both).
import { markAllRelatedPending } from "@/lib/db/similar-papers";
import { syncDerivedData } from "@/lib/ingest/derived-sync";
import { clearSearchIndex } from "@/lib/search/indexing";
import { openRuntime, runAsBackgroundWork } from "@/lib/runtime";

async function main(): Promise<void> {
  runAsBackgroundWork();
  const rebuild = process.argv.includes("--reindex");
  const runtime = await openRuntime({ search: "required" });
  try {
    const target = runtime.search!.target;
    if (rebuild) {
      await clearSearchIndex(runtime.db, target);
      await markAllRelatedPending(runtime.db);
    }
    const r = await syncDerivedData(runtime.db, { search: target });
    if (r.topicsChanged) console.log(`topic rules changed: reassigned the topics of ${r.topicsChanged} papers`);
    console.log(`related papers computed for ${r.related} papers`);
    if (typeof r.indexed !== "number") throw new Error(`indexing failed: ${r.indexed.deferred}`);
    console.log(`${rebuild ? "reindexed" : "indexed"} ${r.indexed} papers into "${target.indexName}" at ${target.url}`);
  } finally {
    await runtime.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.message}` : error);
  process.exit(1);
});
