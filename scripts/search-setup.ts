// CLI: npm run search:setup (apply index settings, index pending papers) | npm run search:reindex (rebuild);
// both first reassign stored topics if the taxonomy changed since they were assigned.
import { ensureTopicsCurrent } from "@/lib/ingest/reassign-topics";
import { applySearchSettings, reindexAll, syncSearchIndex } from "@/lib/search/indexing";
import { openRuntime, runAsBackgroundWork } from "@/lib/runtime";

async function main(): Promise<void> {
  runAsBackgroundWork();
  const rebuild = process.argv.includes("--reindex");
  const runtime = await openRuntime({ search: "required" });
  try {
    const target = runtime.search!.target;
    const reassigned = await ensureTopicsCurrent(runtime.db);
    if (reassigned?.changed) console.log(`topic rules changed: reassigned the topics of ${reassigned.changed} of ${reassigned.checked} papers`);
    await applySearchSettings(target);
    const sent = rebuild ? await reindexAll(runtime.db, target) : await syncSearchIndex(runtime.db, target);
    console.log(`${rebuild ? "reindexed" : "indexed"} ${sent} papers into "${target.indexName}" at ${target.url}`);
  } finally {
    await runtime.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.message}` : error);
  process.exit(1);
});
