// The seed digest's papers get distinct ids and slugs: the identity rules hold on real titles.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { paperIdFor, slugFor } from "@/lib/domain/paper-identity";
import { parseDigestText, type RawDigest } from "./parse-digest-text";

const SEED = readFileSync(path.join(process.cwd(), "prisma/seed-digest.txt"), "utf8");

describe("seed identity", () => {
  it("gives every seed paper a unique id and slug", () => {
    const [{ papers }] = parseDigestText(SEED, { file: "seed", today: new Date("2026-11-27") }) as [RawDigest];
    const ids = papers.map((p) => paperIdFor({ arxivId: null, title: p.title }));
    const slugs = papers.map((p, i) => slugFor(p.title, ids[i] ?? ""));
    expect(new Set(ids).size).toBe(98);
    expect(new Set(slugs).size).toBe(98);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slugs[0]).toBe("theme-transformer-symbolic-music-generation-with-theme-conditioned-9b38cc");
  });
});
