// Closing a database handle and the counts of what is stored (a first start, batch scripts' reports,
// whether For you's vocabulary is outgrown), so no caller touches Prisma itself.
import "server-only";
import type { Db } from "./client";

/** Closes the handle's connection (scripts and runtimes that opened one, when they finish). */
export async function closeDb(db: Db): Promise<void> {
  await db.$disconnect();
}

/** Papers stored, whatever their source: zero means a first start, which seeds the bundled digest. */
export async function countPapers(db: Db): Promise<number> {
  return db.paper.count();
}

/** Papers stored, and of them the ones Hugging Face enrichment filled in. */
export async function countPapersAndEnriched(db: Db): Promise<{ papers: number; enriched: number }> {
  const [papers, enriched] = await Promise.all([
    db.paper.count(),
    db.paperEnrichment.count({ where: { outcome: "enriched" } }),
  ]);
  return { papers, enriched };
}
