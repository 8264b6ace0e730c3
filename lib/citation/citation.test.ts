// Export formats, page metadata and import parsing, on small fixtures.
import { describe, expect, it } from "vitest";
import { formatCitations } from "./export";
import { toCoinsTitle, toHighwireMeta } from "./page-metadata";
import { MAX_IMPORT_ENTRIES, parseImport } from "./parse-import";
import type { CitationPaper } from "@/lib/domain/citation";

const APP = "http://localhost:3000";
const arxiv: CitationPaper = {
  id: "arxiv-2403_12345",
  slug: "attention-is-enough-abc123",
  title: "Attention {Is} Enough & More",
  abstract: "We show things.",
  arxivId: "2403.12345v2",
  digestDate: "2026-03-13",
  authors: ["Vaswani, Ashish", "Noam Shazeer", "Parmar, Niki"],
};
const local: CitationPaper = {
  ...arxiv,
  id: "t-1",
  slug: "local-paper-def456",
  title: "A Local Paper",
  arxivId: null,
  authors: [],
};

describe("exports", () => {
  it("BibTeX has authors in order, arXiv id, URL and year, with TeX specials escaped", () => {
    const bib = formatCitations([arxiv, local], "bibtex", APP);
    expect(bib).toMatch(/author = \{Vaswani, Ashish and Shazeer, Noam and Parmar, Niki\}/);
    expect(bib).toContain("eprint = {2403.12345}");
    expect(bib).toContain("archivePrefix = {arXiv}");
    expect(bib).toContain("url = {https://arxiv.org/abs/2403.12345}");
    expect(bib).toContain("year = {2024}");
    expect(bib).toContain("\\&");
    expect(bib).toContain(`url = {${APP}/papers/local-paper-def456}`);
    expect(bib).toContain("year = {2026}");
    expect(bib).not.toMatch(/author = \{\}/);
  });

  it("BibTeX cites a preprint as @misc with eprint, archivePrefix and primaryClass, a venue as @article", () => {
    const bib = formatCitations([{ ...arxiv, primaryCategory: "cs.CL" }], "bibtex", APP);
    expect(bib).toMatch(/^@misc\{vaswani2024attention,$/m);
    expect(bib).toContain("primaryClass = {cs.CL}");
    expect(bib).not.toContain("publisher");
    expect(bib.match(/url = /g)).toHaveLength(1);
    const venue = formatCitations([{ ...arxiv, journalRef: "NeurIPS 2024" }], "bibtex", APP);
    expect(venue).toMatch(/^@article\{vaswani2024attention,$/m);
    expect(venue).toMatch(/journal = \{.*NeurIPS.*2024\}/);
    expect(formatCitations([{ ...arxiv, primaryCategory: "cs}, evil = {x" }], "bibtex", APP)).not.toContain("evil");
  });

  it("keys are surname + year + first title word, de-duplicated within one export, the same in every format", () => {
    const twin = { ...arxiv, id: "arxiv-2403_99999", arxivId: "2403.99999", title: "The Attention Trick" };
    const bib = formatCitations([arxiv, twin, local], "bibtex", APP);
    expect([...bib.matchAll(/^@\w+\{([^,]+),$/gm)].map((m) => m[1])).toEqual([
      "vaswani2024attention",
      "vaswani2024attentiona",
      "anon2026local",
    ]);
    const csl = JSON.parse(formatCitations([arxiv, twin], "csl", APP)) as Record<string, unknown>[];
    expect(csl.map((c) => c["citation-key"])).toEqual(["vaswani2024attention", "vaswani2024attentiona"]);
    expect(formatCitations([{ ...arxiv, authors: ["José Müller-Lüdenscheidt"] }], "bibtex", APP)).toContain(
      "@misc{mullerludenscheidt2024attention,",
    );
  });

  it("RIS and CSL-JSON carry the same facts", () => {
    const ris = formatCitations([arxiv], "ris", APP);
    expect(ris.match(/^AU {2}- .*/gm)).toEqual(["AU  - Vaswani, Ashish", "AU  - Shazeer, Noam", "AU  - Parmar, Niki"]);
    expect(ris).toContain("UR  - https://arxiv.org/abs/2403.12345");
    expect(ris).toContain("PY  - 2024");
    const csl = JSON.parse(formatCitations([arxiv, local], "csl", APP)) as Record<string, unknown>[];
    expect(csl[0]).toMatchObject({
      number: "arXiv:2403.12345",
      URL: "https://arxiv.org/abs/2403.12345",
      issued: { "date-parts": [[2024, 3]] },
    });
    expect(csl[1]).toMatchObject({ author: [], URL: `${APP}/papers/local-paper-def456` });
  });
});

describe("page metadata", () => {
  it("Highwire tags list authors in order and only when known", () => {
    expect(toHighwireMeta(arxiv, APP)).toMatchObject({
      citation_author: arxiv.authors,
      citation_arxiv_id: "2403.12345",
      citation_date: "2024/03",
    });
    const meta = toHighwireMeta(local, APP);
    expect(meta.citation_author).toBeUndefined();
    expect(meta).toMatchObject({
      citation_title: "A Local Paper",
      citation_date: "2026/03/13",
      citation_abstract_html_url: `${APP}/papers/local-paper-def456`,
    });
  });

  it("COinS is an OpenURL KEV string", () => {
    const q = new URLSearchParams(toCoinsTitle(arxiv, APP));
    expect(q.get("ctx_ver")).toBe("Z39.88-2004");
    expect(q.getAll("rft.au")).toEqual(arxiv.authors);
    expect(q.getAll("rft_id")).toEqual(["info:arxiv/2403.12345", "https://arxiv.org/abs/2403.12345"]);
  });
});

describe("import parsing", () => {
  const ids = (text: string) => {
    const parsed = parseImport(text);
    return parsed.ok ? parsed.refs.map((r) => r.arxivId) : parsed.message;
  };

  it("finds arXiv ids in ids, URLs and DOIs", () => {
    expect(ids("2401.01234v3 https://arxiv.org/pdf/2401.01235 10.48550/arXiv.2401.01236 hep-th/9901001")).toEqual([
      "2401.01234",
      "2401.01235",
      "2401.01236",
      "hep-th/9901001",
    ]);
    expect(ids("hello")).toEqual([]);
  });

  it("reads BibTeX entries and id lists, reporting what it cannot read", () => {
    const bib =
      "@article{a, title={Foo {B}ar}, eprint={2403.00001}, archivePrefix={arXiv}}\n@misc{b, title={Only a Title}}\n@misc{c, journal={arXiv preprint arXiv:2401.02222}}";
    expect(parseImport(bib)).toEqual({
      ok: true,
      refs: [
        { label: "a", arxivId: "2403.00001", title: "Foo Bar" },
        { label: "b", arxivId: null, title: "Only a Title" },
        { label: "c", arxivId: "2401.02222", title: null },
      ],
      unreadable: [],
    });
    expect(parseImport("2403.00001\narXiv:2401.11111v2, nonsense")).toEqual({
      ok: true,
      refs: [
        { label: "2403.00001", arxivId: "2403.00001", title: null },
        { label: "arXiv:2401.11111v2", arxivId: "2401.11111", title: null },
      ],
      unreadable: ["nonsense"],
    });
  });

  it("refuses more entries or items than one import takes, before parsing them", () => {
    expect(ids("2401.00001 ".repeat(MAX_IMPORT_ENTRIES))).toHaveLength(MAX_IMPORT_ENTRIES);
    expect(ids("2401.00001 ".repeat(MAX_IMPORT_ENTRIES + 1))).toBe(
      "That list has more than 5,000 items: import it in parts of up to 5,000.",
    );
    expect(ids("@misc{a, title={x}}\n".repeat(MAX_IMPORT_ENTRIES + 1))).toBe(
      "That file has more than 5,000 entries: import it in parts of up to 5,000.",
    );
    expect(ids("@misc(a, title={x})\n".repeat(MAX_IMPORT_ENTRIES + 1))).toMatch(/more than 5,000 entries/);
  });

  it("cuts what it echoes back", () => {
    const parsed = parseImport(`arxiv${"a".repeat(100_000)}`);
    expect(parsed.ok && parsed.unreadable[0]).toHaveLength(80);
  });
});
