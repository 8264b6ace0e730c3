// The web process's environment: a search-only key, never the master key.
import { describe, expect, it } from "vitest";
import { toWebProcessEnv } from "./web-env";

const base = { dev: false, dataDir: "/data", databaseFile: "/data/paperboard.db" };

describe("toWebProcessEnv", () => {
  it("hands the web process the search key and drops the master key, even one the operator set", () => {
    const parent = {
      PATH: "/usr/bin",
      MEILI_MASTER_KEY: "master-secret",
      MEILI_URL: "http://127.0.0.1:7700",
      NODE_ENV: "test",
    };
    const env = toWebProcessEnv(parent, {
      ...base,
      search: { url: "http://127.0.0.1:7700", apiKey: "search-only", indexName: "papers" },
    });
    expect(env.MEILI_MASTER_KEY).toBeUndefined();
    expect(Object.values(env)).not.toContain("master-secret");
    expect(env).toMatchObject({
      MEILI_SEARCH_KEY: "search-only",
      MEILI_URL: "http://127.0.0.1:7700",
      MEILI_INDEX: "papers",
      NODE_ENV: "production",
      PATH: "/usr/bin",
    });
    expect(parent.MEILI_MASTER_KEY).toBe("master-secret"); // the starter keeps its own
  });

  it("passes no key at all to an engine that needs none, and none when search is unavailable", () => {
    const parent = { MEILI_MASTER_KEY: "m", MEILI_SEARCH_KEY: "stale" };
    expect(
      toWebProcessEnv(parent, { ...base, search: { url: "http://e", indexName: "papers" } }).MEILI_SEARCH_KEY,
    ).toBeUndefined();
    const down = toWebProcessEnv(parent, { ...base, dev: true, search: null });
    expect(down.MEILI_MASTER_KEY).toBeUndefined();
    expect(down.MEILI_SEARCH_KEY).toBeUndefined();
    expect(down.NODE_ENV).toBe("development");
  });
});
