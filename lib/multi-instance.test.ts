import { describe, expect, it } from "vitest";
import { multiInstanceProblems } from "./multi-instance";

const complete = {
  MULTI_INSTANCE: true,
  AUTH_SECRET: "a".repeat(32),
  APP_SECRET: "b".repeat(32),
  MEILI_URL: "http://search.internal:7700",
  MEILI_MASTER_KEY: "master",
  MEILI_SEARCH_KEY: "search",
};

describe("multiInstanceProblems", () => {
  it("asks nothing of a single instance", () => {
    expect(
      multiInstanceProblems({
        MULTI_INSTANCE: false,
        AUTH_SECRET: undefined,
        APP_SECRET: undefined,
        MEILI_URL: undefined,
        MEILI_MASTER_KEY: undefined,
        MEILI_SEARCH_KEY: undefined,
      }),
    ).toEqual([]);
  });

  it("accepts every secret and the shared Meilisearch from the environment", () => {
    expect(multiInstanceProblems(complete)).toEqual([]);
  });

  it("names each missing variable and why it is needed", () => {
    const problems = multiInstanceProblems({ ...complete, AUTH_SECRET: undefined, MEILI_URL: undefined });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^AUTH_SECRET is not set: it signs sessions/);
    expect(problems[1]).toMatch(/^MEILI_URL is not set: .*no instance starts its own/);
  });
});
