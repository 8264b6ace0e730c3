// The kinds of link a paper carries, in display order: ingest validates them, search filters on them, pages group by them.
export const LINK_KINDS = ["code", "dataset", "model", "demo", "collection", "project"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** The kinds search offers as "has …" filters: the ones a reader looks for to run or reuse the work. */
export const SEARCHABLE_LINK_KINDS = ["code", "dataset", "model", "demo"] as const satisfies readonly LinkKind[];
