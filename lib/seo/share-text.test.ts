import { describe, expect, it } from "vitest";
import { toDrawableText, toShareText, truncate } from "./share-text";

describe("truncate", () => {
  it("keeps short text and cuts long text at a word boundary with an ellipsis", () => {
    expect(truncate("short", 10)).toBe("short");
    expect(truncate("one two three four five", 14)).toBe("one two three…");
  });
});

describe("toShareText", () => {
  it("drops LaTeX markup", () => {
    expect(toShareText("Bounds in $L^p$ spaces, {\\it only} for $\\alpha$", 200)).toBe(
      "Bounds in L^p spaces, only for alpha",
    );
  });
});

describe("toDrawableText", () => {
  it("keeps Latin letters with accents and typographic punctuation", () => {
    expect(toDrawableText("Café – “naïve” Gödel’s …", 200)).toBe("Café – “naïve” Gödel’s …");
  });

  it("drops characters the bundled font cannot draw (emoji, CJK, Greek)", () => {
    expect(toDrawableText("Robots 🤖 learn 学习 with β-VAE", 200)).toBe("Robots learn with -VAE");
  });
});
