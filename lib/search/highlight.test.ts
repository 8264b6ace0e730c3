import { describe, expect, it } from "vitest";
import { toHighlightSegments } from "./documents";
import { HIGHLIGHT_POST as E, HIGHLIGHT_PRE as S } from "./settings";

describe("toHighlightSegments", () => {
  it("widens a prefix match to the whole word", () => {
    expect(toHighlightSegments(`HelpSteer2-${S}Preferenc${E}e: Complementing`)).toEqual([
      { text: "HelpSteer2-", match: false },
      { text: "Preference", match: true },
      { text: ": Complementing", match: false },
    ]);
  });

  it("widens to the word's start too, across accents and digits, and joins adjacent matches", () => {
    expect(toHighlightSegments(`a na${S}ïve${E} model, ${S}GPT${E}-4 and ${S}re${E}${S}ward${E}s`)).toEqual([
      { text: "a ", match: false },
      { text: "naïve", match: true },
      { text: " model, ", match: false },
      { text: "GPT", match: true },
      { text: "-4 and ", match: false },
      { text: "rewards", match: true },
    ]);
  });

  it("leaves whole-word matches and plain text as they are", () => {
    expect(toHighlightSegments(`the ${S}reward${E} model`)).toEqual([
      { text: "the ", match: false },
      { text: "reward", match: true },
      { text: " model", match: false },
    ]);
    expect(toHighlightSegments("no match here")).toEqual([{ text: "no match here", match: false }]);
  });

  it("stays linear on a long run of letters", () => {
    const long = "a".repeat(200_000);
    const started = performance.now();
    expect(toHighlightSegments(`${long}${S}b${E}${long}`)).toEqual([{ text: `${long}b${long}`, match: true }]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
