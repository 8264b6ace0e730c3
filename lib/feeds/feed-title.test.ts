// A search feed's title: fixed wording, the query quoted, capped and without control characters.
import { describe, expect, it } from "vitest";
import { MAX_TITLE_QUERY_CHARS, cleanTitleText, searchFeedTitle } from "./feed-title";

describe("searchFeedTitle", () => {
  it("quotes the query inside a fixed title, naming known topics", () => {
    expect(searchFeedTitle({ q: "graph neural nets" })).toBe("Paperboard search: “graph neural nets”");
    expect(searchFeedTitle({ q: "", topic: ["video", "not-a-topic"] })).toBe("Paperboard search: in Video");
    expect(searchFeedTitle({ q: "" })).toBe("Paperboard search");
  });

  it("cannot be made to read as another name or a message", () => {
    const crafted = "x”\n\nPaperboard Security Team: your account is locked, call +1 555 0100 now\u202e";
    const title = searchFeedTitle({ q: crafted });
    expect(title).toMatch(/^Paperboard search: “[^“”]+”$/);
    expect(title).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    const quoted = title.slice("Paperboard search: “".length, -1);
    expect(Array.from(quoted)).toHaveLength(MAX_TITLE_QUERY_CHARS);
    expect(quoted.endsWith("…")).toBe(true);
  });

  it("drops bidi overrides and zero-width characters, and never splits a surrogate pair", () => {
    expect(cleanTitleText("a\u200bb\u202ec\u2028d\te", 40)).toBe("a b c d e");
    expect(cleanTitleText("😀".repeat(50), 10)).toBe(`${"😀".repeat(9)}…`);
  });
});
