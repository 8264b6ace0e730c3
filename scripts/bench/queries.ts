// The benchmark's fixed, mixed query set: single words, multi-word, typos, facet filters and sorts.
import { SearchQuerySchema, type SearchQuery } from "@/lib/validation/search-query";

export function benchQueries(topAuthor: string | null): SearchQuery[] {
  const raw: Record<string, unknown>[] = [
    // single words
    { q: "diffusion" },
    { q: "transformer" },
    { q: "graph" },
    { q: "quantum" },
    { q: "segmentation" },
    { q: "robot" },
    { q: "equation" },
    { q: "language" },
    // multi-word
    { q: "large language models reasoning" },
    { q: "graph neural network" },
    { q: "neural radiance fields" },
    { q: "reinforcement learning from human feedback" },
    { q: "partial differential equations" },
    { q: '"mixture of experts"' },
    // typos
    { q: "difusion" },
    { q: "transfomer" },
    { q: "segmantation" },
    { q: "reinforcment learning" },
    { q: "qauntum computing" },
    { q: "retreival augmented generation" },
    // facet filters and sorts
    { q: "learning", category: "cs.LG" },
    { q: "", category: "math.AP" },
    { q: "attention", from: "2025-01" },
    { q: "diffusion", category: "cs.CV", sort: "newest" },
    { q: "", sort: "newest" },
    { q: "agents -survey", from: "2025-06", to: "2026-06" },
    { q: "", category: ["cs.CL", "cs.AI"] },
    { q: "model", page: 3 },
    ...(topAuthor ? [{ q: "", author: topAuthor }] : []),
  ];
  return raw.map((r) => SearchQuerySchema.parse(r));
}
