// Query strings and form fields are read on every request: 1 MB of the characters each schema, regex
// or loop works on must be answered (usually refused) in linear time.
import { describe, expect, it } from "vitest";
import { parseFeedPath, searchFeedQuery } from "@/lib/feeds/feed-path";
import { parseArxivRef } from "@/lib/search/arxiv-ref";
import { surfaceForms, tokenize } from "@/lib/learn/tokenize";
import { parseTrendingParams } from "@/lib/trending/params";
import { expectFast } from "@/tests/setup/time-bound";
import { ReturnPathSchema, SignInInputSchema, SignUpInputSchema } from "./auth";
import { FollowInputSchema } from "./follows";
import { ImportInputSchema, LibraryQuerySchema, TagListSchema } from "./library";
import { MAX_PARAMS, toParamLists, toParamRecord } from "./params";
import { SearchQuerySchema } from "./search-query";
import { SimilarTextQuerySchema } from "./similar-text";
import { SubscribeInputSchema, TokenParamSchema } from "./subscribe";

const MB = 1_000_000;
const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const search = (qs: string) => SearchQuerySchema.safeParse(toParamLists(new URLSearchParams(qs)));

describe("query strings of 1 MB", () => {
  it.each([
    ["one key repeated", fill("topic=a&")],
    ["distinct keys", Array.from({ length: 100_000 }, (_, i) => `k${i}=v`).join("&")],
    ["a long q", `q=${fill("a+")}`],
    ["a long slug", `topic=${fill("a-")}!`],
    ["a long category", `category=${fill("a")}.`],
    ["many authors", fill("author=x&")],
    ["a long month", `from=${fill("2026-0")}`],
    ["an arXiv-looking q", `q=arxiv${fill("a")}`],
  ])("the search query stays fast: %s", (label, qs) => {
    expectFast(`search query: ${label}`, search, qs);
    expectFast(`trending params: ${label}`, (t) => parseTrendingParams(Object.fromEntries(new URLSearchParams(t))), qs);
    expectFast(
      `feed path + query: ${label}`,
      (t) => {
        const params = new URLSearchParams(t);
        return [parseFeedPath(["search.atom"], params), searchFeedQuery(params)];
      },
      qs,
    );
  });

  it("keeps every value of a repeated key, a key that names an Object method, and the first MAX_PARAMS only", () => {
    expect(toParamLists(new URLSearchParams(fill("topic=a&", 8_000)))).toEqual({ topic: Array(MAX_PARAMS).fill("a") });
    expect(toParamLists({ topic: ["a", "b"], q: "x" })).toEqual({ topic: ["a", "b"], q: "x" });
    expect(toParamRecord(new URLSearchParams("constructor=x&toString=y&a=1&a=2"))).toEqual({
      constructor: "x",
      toString: "y",
      a: "1",
    });
    expect(search(fill("topic=a-b&", 200_000)).success).toBe(true); // one topic, repeated
    expect(search(Array.from({ length: 20_000 }, (_, i) => `topic=t${i}`).join("&")).error?.issues[0]?.message).toBe(
      "at most 10 topics",
    );
  });

  it.each([
    ["a×", fill("a")],
    ["arxiv + a×", `arxiv${fill("a")}`],
    ["arxiv.org/abs/ + digits", `arxiv.org/abs/${fill("1")}`],
    ["spaces around an id", `${fill(" ", MB / 2)}2403.12345${fill(" ", MB / 2)}`],
  ])("the search jump stays fast: %s", (label, q) => {
    expectFast(`search jump: ${label}`, parseArxivRef, q);
  });
});

describe("form fields of 1 MB", () => {
  it.each([
    ["similar text", (t: string) => SimilarTextQuerySchema.safeParse({ text: t }), fill(" a")],
    ["library q", (t: string) => LibraryQuerySchema.safeParse({ q: t, topic: t, tag: t }), fill("a-")],
    ["tags", (t: string) => TagListSchema.safeParse(t), fill("a,")],
    ["import text", (t: string) => ImportInputSchema.safeParse({ text: t }), fill("arxiv")],
    ["sign-up", (t: string) => SignUpInputSchema.safeParse({ name: t, email: t, password: t, next: t }), fill("a.")],
    [
      "sign-in email",
      (t: string) => SignInInputSchema.safeParse({ email: `${t}@x.org`, password: "p", next: `/${t}` }),
      fill("a-"),
    ],
    ["subscribe email", (t: string) => SubscribeInputSchema.safeParse({ email: `a@${t}` }), fill("a.")],
    ["return path", (t: string) => ReturnPathSchema.parse(`/${t}`), fill("%2e%2e/")],
    ["token", (t: string) => TokenParamSchema.safeParse(t), fill("a")],
    ["follow", (t: string) => FollowInputSchema.safeParse({ kind: "search", target: t, label: t }), fill(" ")],
  ])("stays fast: %s", (label, parse, text) => {
    expectFast(`form field: ${label}`, parse, text);
  });
});

describe("similar-text tokenising of 1 MB", () => {
  it.each([
    ["a×", fill("a")],
    ["words with hyphen runs", fill(`a${"-".repeat(1_000)} `)],
    ["a-a-a…", fill("a-")],
    ["plural-looking words", fill("policies ")],
    ["digits", fill("1a")],
  ])("stays fast: %s", (label, text) => {
    expectFast(`tokenize: ${label}`, tokenize, text);
    expectFast(`surface forms: ${label}`, surfaceForms, text);
  });
});
