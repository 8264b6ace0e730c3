import { describe, expect, it } from "vitest";
import { EnvSchema } from "./env";

describe("EnvSchema", () => {
  it("runs with no configuration at all", () => {
    const env = EnvSchema.parse({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_FILE.endsWith("/.data/paperboard.db")).toBe(true);
    expect(env.APP_URL).toBeUndefined();
  });

  it("treats empty variables as unset and names every bad one", () => {
    expect(EnvSchema.parse({ MEILI_URL: "" }).MEILI_URL).toBeUndefined();
    const result = EnvSchema.safeParse({ APP_URL: "papers.example.org", PORT: "0", MEILI_URL: "ftp://x" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(["APP_URL", "MEILI_URL", "PORT"]);
  });
});
