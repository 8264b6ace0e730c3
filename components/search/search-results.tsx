// Search results: topic facets with counts (links that filter), highlighted hits, pagination.
import Link from "next/link";
import { PaperList } from "@/components/paper/paper-list";
import type { SearchResult } from "@/lib/search/search-papers";
import { Highlighted } from "./highlighted";

function searchHref(q: string, topic: string | null, page = 1): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (topic) params.set("topic", topic);
  if (page > 1) params.set("page", String(page));
  const qs = params.toString();
  return qs ? `/search?${qs}` : "/search";
}

export function SearchResults({ result }: { result: SearchResult }) {
  const { query, topic, hits, total, page, totalPages, facets } = result;
  return (
    <div className="mt-6 grid gap-6 md:grid-cols-[14rem_1fr]">
      <aside aria-labelledby="facet-heading">
        <h2 id="facet-heading" className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500">Topics</h2>
        {topic && (
          <Link href={searchHref(query, null)} className="mb-2 inline-block text-sm text-indigo-700 hover:underline">
            × Clear topic filter
          </Link>
        )}
        <ul className="space-y-1 text-sm">
          {facets.map((f) => (
            <li key={f.slug}>
              <Link
                href={searchHref(query, f.slug === topic ? null : f.slug)}
                aria-current={f.slug === topic ? "true" : undefined}
                className={`flex min-h-11 items-center justify-between gap-2 rounded px-2 py-1 hover:bg-indigo-50 sm:min-h-0 ${f.slug === topic ? "bg-indigo-100 font-semibold" : ""}`}
              >
                <span>{f.name}</span>
                <span className="text-slate-500" data-testid="facet-count">{f.count}</span>
              </Link>
            </li>
          ))}
        </ul>
      </aside>
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="mb-3 text-sm text-slate-600" aria-live="polite">
          {total === 0 ? "No papers found" : `${total} ${total === 1 ? "paper" : "papers"}`}
          {query && <> for “{query}”</>}
          {topic && <> in {facets.find((f) => f.slug === topic)?.name ?? topic}</>}
        </h2>
        {total === 0 ? (
          <p className="rounded-md bg-white p-4 text-sm text-slate-600 ring-1 ring-slate-200">
            Try fewer or different words{topic ? ", or clear the topic filter" : ""}.
          </p>
        ) : (
          <PaperList
            label="Search results"
            papers={hits.map((h) => ({
              id: h.id,
              slug: h.slug,
              title: <Highlighted segments={h.title} />,
              summary: <Highlighted segments={h.snippet} />,
              digestDate: h.digestDate,
              topics: h.topics,
              linkKinds: h.linkKinds,
            }))}
          />
        )}
        {totalPages > 1 && (
          <nav aria-label="Pagination" className="mt-6 flex items-center justify-between text-sm">
            {page > 1 ? <Link href={searchHref(query, topic, page - 1)} className="inline-flex min-h-11 items-center text-indigo-700 hover:underline">← Previous</Link> : <span />}
            <span className="text-slate-500">Page {page} of {totalPages}</span>
            {page < totalPages ? <Link href={searchHref(query, topic, page + 1)} className="inline-flex min-h-11 items-center text-indigo-700 hover:underline">Next →</Link> : <span />}
          </nav>
        )}
      </section>
    </div>
  );
}
