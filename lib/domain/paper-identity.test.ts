import { describe, expect, it } from "vitest";
import { normalizeTitle, paperIdFor, slugFor } from "./paper-identity";

describe("normalizeTitle", () => {
  it("folds case, compatibility forms, diacritics, punctuation and spacing", () => {
    expect(normalizeTitle("  Café:  Déjà-Vu —  ﬁne-Tuning LLMs! ")).toBe("cafe deja vu fine tuning llms");
    expect(normalizeTitle("ＧＰＴ－４ (Ｔｅｃｈ)")).toBe("gpt 4 tech");
  });
});

describe("paperIdFor", () => {
  it("uses the arXiv id without its version, mapped to Meilisearch-safe characters", () => {
    expect(paperIdFor({ arxivId: "2403.12345", title: "x" })).toBe("arxiv-2403_12345");
    expect(paperIdFor({ arxivId: "2403.12345v2", title: "y" })).toBe("arxiv-2403_12345");
    expect(paperIdFor({ arxivId: "arXiv:2403.12345v10", title: "z" })).toBe("arxiv-2403_12345");
    expect(paperIdFor({ arxivId: "hep-th/9901001v1", title: "z" })).toBe("arxiv-hep-th_9901001");
  });

  it("hashes the normalised title when there is no arXiv id", () => {
    const id = paperIdFor({ arxivId: null, title: "Re-Reading Improves Reasoning" });
    expect(id).toMatch(/^t-[0-9a-f]{16}$/);
    expect(paperIdFor({ arxivId: null, title: "re reading  improves REASONING." })).toBe(id);
    expect(paperIdFor({ arxivId: null, title: "Re-Reading Improves Planning" })).not.toBe(id);
    expect(paperIdFor({ arxivId: " ", title: "Re-Reading Improves Reasoning" })).toBe(id);
  });

  it("is stable across releases (ids are database keys)", () => {
    expect(
      paperIdFor({
        arxivId: null,
        title: "Theme Transformer: Symbolic Music Generation with Theme-Conditioned Transformer",
      }),
    ).toBe("t-1adb0df08d3d6175");
  });
});

describe("slugFor", () => {
  it("is kebab-case ASCII with a 6-char suffix from the id", () => {
    expect(slugFor("Café Déjà Vu: A Study!", "t-1")).toMatch(/^cafe-deja-vu-a-study-[0-9a-f]{6}$/);
    expect(slugFor("日本語のタイトル", "t-1")).toMatch(/^paper-[0-9a-f]{6}$/);
    expect(slugFor("Same Title", "t-1")).not.toBe(slugFor("Same Title", "t-2"));
    expect(slugFor("Same Title", "t-1")).toBe(slugFor("Same Title", "t-1"));
  });

  it("cuts long titles at a word boundary", () => {
    const slug = slugFor(
      "Fine-tuning large language models for domain adaptation: Exploration of training strategies",
      "t-1",
    );
    expect(slug).toMatch(/^fine-tuning-large-language-models-for-domain-adaptation-exploration-of-[0-9a-f]{6}$/);
    expect(slugFor("a".repeat(100), "t-1")).toMatch(new RegExp(`^a{70}-[0-9a-f]{6}$`));
  });
});
