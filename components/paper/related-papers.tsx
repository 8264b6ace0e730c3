// Similar papers, precomputed when the index syncs (lib/related/related-papers.ts) and read from
// SQLite: no search request per page view, and they still show while Meilisearch is down.
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { listSimilarPapers } from "@/lib/db/similar-papers";
import { RichText } from "@/components/text/rich-text";
import { formatDay } from "@/lib/format";

export async function RelatedPapers({ paper }: { paper: { id: string } }) {
  const related = await listSimilarPapers(getDb(), paper.id);
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading" className="mb-2 text-lg font-semibold">
        Related papers
      </h2>
      {related.length === 0 ? (
        <p className="text-sm text-slate-500">
          No related papers yet: they are found when the paper is indexed for search.
        </p>
      ) : (
        <ul className="space-y-2 text-sm">
          {related.map((r) => (
            <li key={r.id}>
              <Link href={`/papers/${r.slug}`} className="font-medium text-indigo-700 hover:underline">
                <RichText text={r.title} />
              </Link>{" "}
              <span className="text-slate-500">({formatDay(r.digestDate)})</span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm">
        <Link href="/similar" className="text-indigo-700 hover:underline">
          Find papers similar to any abstract →
        </Link>
      </p>
    </section>
  );
}
