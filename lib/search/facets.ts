// Pure: Meilisearch's facet distribution → labelled, ordered facet groups for the search UI.
import { TOPICS } from "@/lib/domain/taxonomy/topics";

export type Facet = { value: string; label: string; count: number };
export type FacetGroups = { topic: Facet[]; category: Facet[]; author: Facet[]; has: Facet[]; month: Facet[] };

const topicNames = new Map(TOPICS.map((t) => [t.slug, t.name]));
const KIND_LABELS: ReadonlyMap<string, string> = new Map(
  Object.entries({ code: "Code", dataset: "Dataset", model: "Model", demo: "Demo" }),
);
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function byCount(a: Facet, b: Facet): number {
  return b.count - a.count || a.label.localeCompare(b.label);
}

function toFacets(counts: Record<string, number> | undefined, label: (v: string) => string, limit: number): Facet[] {
  return Object.entries(counts ?? {})
    .map(([value, count]) => ({ value, label: label(value), count }))
    .sort(byCount)
    .slice(0, limit);
}

/** 202603 → { value: "2026-03", label: "Mar 2026" }. */
function toMonthFacet([yyyymm, count]: [string, number]): Facet | null {
  const n = Number(yyyymm);
  const month = n % 100;
  if (!Number.isInteger(n) || month < 1 || month > 12) return null;
  const year = Math.floor(n / 100);
  return { value: `${year}-${String(month).padStart(2, "0")}`, label: `${MONTHS[month - 1]} ${year}`, count };
}

export function toFacetGroups(distribution: Record<string, Record<string, number>> | undefined): FacetGroups {
  const d = distribution ?? {};
  return {
    topic: toFacets(d.topics, (v) => topicNames.get(v) ?? v, 30),
    category: toFacets(d.categories, (v) => v, 12),
    author: toFacets(d.authors, (v) => v, 10),
    has: toFacets(d.linkKinds, (v) => KIND_LABELS.get(v) ?? v, 10).filter((f) => KIND_LABELS.has(f.value)),
    // Newest first: a timeline reads better than a popularity list.
    month: Object.entries(d.digestMonth ?? {})
      .flatMap((e) => toMonthFacet(e) ?? [])
      .sort((a, b) => b.value.localeCompare(a.value))
      .slice(0, 12),
  };
}
