// Related papers from Meilisearch; the page still renders (with a note) when search is down.
import Link from "next/link";
import { AppError } from "@/lib/errors";
import { RichText } from "@/components/text/rich-text";
import { formatDay } from "@/lib/format";
import { searchRelatedPapers, type RelatedPaper } from "@/lib/search/search-papers";

export async function RelatedPapers({ paper }: { paper: { id: string; title: string } }) {
  let related: RelatedPaper[] | null;
  try {
    related = await searchRelatedPapers(paper);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "SEARCH_UNAVAILABLE")) throw error;
    related = null;
  }
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading" className="mb-2 text-lg font-semibold">Related papers</h2>
      {related === null ? (
        <p className="text-sm text-slate-500">Related papers are unavailable while search is offline.</p>
      ) : related.length === 0 ? (
        <p className="text-sm text-slate-500">No related papers found.</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {related.map((r) => (
            <li key={r.id}>
              <Link href={`/papers/${r.slug}`} className="font-medium text-indigo-700 hover:underline"><RichText text={r.title} /></Link>{" "}
              <span className="text-slate-500">({formatDay(r.digestDate)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
