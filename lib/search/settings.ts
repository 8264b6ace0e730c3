// Index settings as data, applied idempotently by applySearchSettings (lib/search/indexing.ts).
import type { Settings } from "meilisearch";

export const SEARCH_SETTINGS = {
  // Order matters: a hit in the title outranks one in the abstract, which outranks a topic name.
  searchableAttributes: ["title", "abstract", "topicNames"],
  filterableAttributes: ["topics", "digestDate", "linkKinds", "id"],
  sortableAttributes: ["digestDate", "rank"],
  displayedAttributes: ["id", "slug", "title", "abstract", "topics", "topicNames", "digestDate", "rank", "linkKinds"],
  faceting: { maxValuesPerFacet: 100 },
  // Meilisearch caps reachable hits at 1,000 by default; the corpus is far larger (issue 4).
  pagination: { maxTotalHits: 10_000 },
} satisfies Settings;

/** Highlight markers: private-use characters that never occur in titles, split out before rendering. */
export const HIGHLIGHT_PRE = "\uE000";
export const HIGHLIGHT_POST = "\uE001";
