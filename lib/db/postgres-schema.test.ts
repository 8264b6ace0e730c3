import { describe, expect, it } from "vitest";
import { derivePostgresSchema, POSTGRES_HEADER } from "./postgres-schema";

const sqlite = `generator client {
  provider     = "prisma-client"
  output       = "../lib/db/generated"
}

datasource db {
  provider = "sqlite"
}

model Paper {
  /// provider = "sqlite" in a doc comment stays as it is
  id String @id
}
`;

describe("derivePostgresSchema", () => {
  it("swaps the datasource provider and moves the generated client, and nothing else", () => {
    const derived = derivePostgresSchema(sqlite);
    expect(derived.startsWith(POSTGRES_HEADER)).toBe(true);
    const body = derived.slice(POSTGRES_HEADER.length);
    expect(body).toContain('  provider = "postgresql"');
    expect(body).toContain('output       = "../../lib/db/generated-pg"');
    expect(body).toContain('/// provider = "sqlite" in a doc comment');
    expect(body.split("\n")).toHaveLength(sqlite.split("\n").length);
  });

  it("refuses a schema it cannot derive from, saying what is missing", () => {
    expect(() => derivePostgresSchema(sqlite.replace('"sqlite"\n}', '"mysql"\n}'))).toThrow(/provider = "sqlite"/);
    expect(() => derivePostgresSchema(sqlite.replace("../lib/db/generated", "./elsewhere"))).toThrow(/output/);
  });
});
