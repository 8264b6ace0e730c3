import { describe, expect, it } from "vitest";
import { distinctiveTerms } from "./terms";

describe("distinctiveTerms", () => {
  it("keeps the distinctive words of a title, once, in order", () => {
    expect(distinctiveTerms("HelpSteer2-Preference: Complementing Ratings with Preferences")).toEqual([
      "helpsteer2",
      "preference",
      "complementing",
      "ratings",
      "preferences",
    ]);
  });

  it("drops stop words and short words, and caps the count", () => {
    expect(distinctiveTerms("Towards a Model of the World for the Agents")).toEqual(["world", "agents"]);
    expect(distinctiveTerms("alpha bravo charlie delta echoes foxtrot golfs hotel india", 3)).toEqual([
      "alpha",
      "bravo",
      "charlie",
    ]);
  });
});
