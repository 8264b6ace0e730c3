// Facet groups as links that toggle a filter (plain navigation: shareable URLs, back button, no JS needed).
import Link from "next/link";
import type { Facet, FacetGroups } from "@/lib/search/facets";
import { AuthorFacet } from "./author-facet";
import { FacetLink } from "./facet-link";
import { hasFilters, searchHref, toggle, type SearchQuery } from "@/lib/validation/search-query";

type GroupKey = "topic" | "category" | "has";
/** Longer groups fold the rest into a native <details> (no JS): keeps the panel short on phones. */
const VISIBLE = 6;
const GROUPS: { key: GroupKey; title: string }[] = [
  { key: "has", title: "Has" },
  { key: "topic", title: "Topics" },
  { key: "category", title: "arXiv categories" },
];

export function FacetPanel({ query, facets }: { query: SearchQuery; facets: FacetGroups }) {
  return (
    <aside aria-labelledby="facet-heading" className="space-y-4 text-sm">
      <h2 id="facet-heading" className="sr-only">
        Filters
      </h2>
      {hasFilters(query) && (
        <Link
          href={searchHref({ ...query, topic: [], category: [], author: [], has: [], from: undefined, to: undefined })}
          className="inline-flex min-h-11 items-center text-indigo-700 hover:underline sm:min-h-0"
        >
          × Clear all filters
        </Link>
      )}
      {GROUPS.map(({ key, title }) => {
        const selected = query[key] as string[];
        // Selected values stay visible (to unselect) even when the engine returns no count for them.
        const shown = [
          ...facets[key],
          ...selected
            .filter((v) => !facets[key].some((f) => f.value === v))
            .map((v) => ({ value: v, label: v, count: 0 })),
        ];
        if (shown.length === 0) return null;
        const item = (f: Facet) => (
          <li key={f.value}>
            <FacetLink
              facet={f}
              selected={selected.includes(f.value)}
              href={searchHref(query, { [key]: toggle(selected, f.value) })}
            />
          </li>
        );
        const rest = shown.slice(VISIBLE);
        return (
          <nav key={key} aria-label={title}>
            <h3 className="mb-1 font-semibold uppercase tracking-wide text-slate-500">{title}</h3>
            <ul className="space-y-0.5">{shown.slice(0, VISIBLE).map(item)}</ul>
            {rest.length > 0 && (
              <details open={rest.some((f) => selected.includes(f.value)) || undefined}>
                <summary className="flex min-h-11 cursor-pointer items-center px-2 py-1 text-indigo-700 sm:min-h-0">
                  {rest.length} more
                </summary>
                <ul className="space-y-0.5">{rest.map(item)}</ul>
              </details>
            )}
          </nav>
        );
      })}
      <AuthorFacet query={query} />
      {facets.month.length > 0 && (
        <nav aria-label="Digest month">
          <h3 className="mb-1 font-semibold uppercase tracking-wide text-slate-500">Digest month</h3>
          <ul className="space-y-0.5">
            {facets.month.map((f) => {
              const selected = query.from === f.value && query.to === f.value;
              const range = selected ? { from: undefined, to: undefined } : { from: f.value, to: f.value };
              return (
                <li key={f.value}>
                  <FacetLink facet={f} selected={selected} href={searchHref(query, range)} />
                </li>
              );
            })}
          </ul>
        </nav>
      )}
    </aside>
  );
}
