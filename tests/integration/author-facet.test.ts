// The author filter on a real Meilisearch: the per-keystroke search no longer counts authors, and the
// on-demand facet search gives author values with counts for the same words and filters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { searchAuthorFacet } from "@/lib/search/author-facet";
import { getSearchIndex } from "@/lib/search/client";
import { toCorpusDocument } from "@/scripts/shared/corpus-record";
import { applySearchSettings } from "@/lib/search/indexing";
import { searchPapers } from "@/lib/search/search-papers";
import { SearchQuerySchema } from "@/lib/validation/search-query";
import { removeTestMeili, startTestMeili, type TestMeili, meiliEnv } from "../setup/meili";

let meili: TestMeili;
const query = (input: Record<string, unknown>) => SearchQuerySchema.parse(input);

const RECORDS = [
  {
    id: "2401.00001",
    title: "Diffusion models for images",
    abstract: "Diffusion in pixel space.",
    authors: ["Ada Lovelace", "Alan Turing"],
    categories: ["cs.CV"],
    published: "2024-01-02",
  },
  {
    id: "2401.00002",
    title: "Diffusion models for audio",
    abstract: "Diffusion for sound.",
    authors: ["Ada Lovelace"],
    categories: ["cs.SD"],
    published: "2024-01-03",
  },
  {
    id: "2401.00003",
    title: "Diffusion on graphs",
    abstract: "Heat kernels.",
    authors: ["Ada Lovelace", "Grace Hopper"],
    categories: ["cs.LG"],
    published: "2024-01-04",
  },
  {
    id: "2401.00004",
    title: "Compilers for everyone",
    abstract: "A compiler story.",
    authors: ["Grace Hopper"],
    categories: ["cs.PL"],
    published: "2024-01-05",
  },
  {
    id: "2401.00005",
    title: "Computable numbers",
    abstract: "On computable numbers.",
    authors: ["Alan Turing"],
    categories: ["math.LO"],
    published: "2024-01-06",
  },
];

beforeAll(async () => {
  meili = await startTestMeili("papers_author_facet");
  Object.assign(process.env, meiliEnv(meili));
  resetEnvCache();
  await applySearchSettings(meili.target);
  const docs = RECORDS.map((r, i) => toCorpusDocument(r, i));
  const task = await getSearchIndex(meili.target, 30_000)
    .addDocuments(docs, { primaryKey: "id" })
    .waitTask({ timeout: 30_000 });
  expect(task.status).toBe("succeeded");
}, 60_000);
afterAll(async () => {
  await removeTestMeili(meili);
});

describe("author facet", () => {
  it("is not counted by the main search, which still counts the cheap facets and reports engine time", async () => {
    const result = await searchPapers(query({ q: "diffusion" }));
    expect(result.total).toBe(3);
    expect(result.facets.author).toEqual([]);
    expect(result.facets.category.map((f) => f.value).sort()).toEqual(["cs.CV", "cs.LG", "cs.SD"]);
    expect(result.engineMs).toBeGreaterThanOrEqual(0);
  });

  it("counts matching authors for the same words, most papers first; nothing before a name is typed", async () => {
    expect(await searchAuthorFacet(query({ q: "diffusion" }), "a")).toEqual([
      { value: "Ada Lovelace", label: "Ada Lovelace", count: 3 },
      { value: "Alan Turing", label: "Alan Turing", count: 1 },
    ]);
    expect(await searchAuthorFacet(query({ q: "diffusion" }), " ")).toEqual([]);
  });

  // Facet search matches from the start of a value: "alan" finds Alan Turing, "turing" does not.
  it("narrows by the typed name and by the search's filters", async () => {
    expect((await searchAuthorFacet(query({ q: "" }), "alan")).map((f) => [f.value, f.count])).toEqual([
      ["Alan Turing", 2],
    ]);
    expect((await searchAuthorFacet(query({ q: "diffusion", category: "cs.LG" }), "g")).map((f) => f.value)).toEqual([
      "Grace Hopper",
    ]);
  });
});
