// Index settings as data, applied idempotently by applySearchSettings (lib/search/indexing.ts).
import type { Settings } from "meilisearch";

/** Reachable hits per query: Meilisearch caps at 1,000 by default; the corpus is far larger. */
export const MAX_TOTAL_HITS = 10_000;

export const SEARCH_SETTINGS = {
  // Order matters: a hit in the title outranks one in the abstract, then a topic name or author.
  searchableAttributes: ["title", "abstract", "topicNames", "authors"],
  filterableAttributes: ["topics", "digestDate", "digestMonth", "linkKinds", "categories", "authors", "id"],
  sortableAttributes: ["digestDate", "rank"],
  displayedAttributes: [
    "id",
    "slug",
    "title",
    "abstract",
    "topics",
    "topicNames",
    "digestDate",
    "digestMonth",
    "rank",
    "linkKinds",
    "authors",
    "categories",
  ],
  // Most frequent values first, so the top authors and months survive the per-facet cap.
  faceting: { maxValuesPerFacet: 30, sortFacetValuesBy: { "*": "count" } },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
} satisfies Settings;

/** Highlight markers: private-use characters that never occur in titles, split out before rendering. */
export const HIGHLIGHT_PRE = "\uE000";
export const HIGHLIGHT_POST = "\uE001";
