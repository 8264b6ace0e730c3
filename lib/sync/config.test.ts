// Sync settings: the real etiquette by default, durations and lists parsed, bad values named.
import { describe, expect, it } from "vitest";
import { EnvSchema } from "@/lib/env";
import { paceOf, toSyncConfig } from "./config";

describe("sync settings from the environment", () => {
  it("defaults to the real etiquette: on, every source, 3 s between arXiv requests", () => {
    const config = toSyncConfig(EnvSchema.parse({}));
    expect(config).toMatchObject({
      scheduled: true,
      sources: ["hf", "arxiv", "enrich"],
      categories: ["cs.AI", "cs.CL", "cs.CV", "cs.LG", "stat.ML"],
      every: { hf: 3 * 3_600_000, arxiv: 6 * 3_600_000, enrich: 3_600_000 },
      backfillDays: 14,
      refreshDays: 7,
      arxivDelayMs: 3_000,
      arxivApiUrl: "https://export.arxiv.org/api/query",
      arxivOaiUrl: "https://oaipmh.arxiv.org/oai",
      hfBaseUrl: "https://huggingface.co",
    });
    expect(config.userAgent).toMatch(/^Paperboard\/\S+ \(.+\)$/);
  });

  it("reads durations, lists and the off switch, and names what is wrong", () => {
    const config = toSyncConfig(
      EnvSchema.parse({
        SYNC: "off",
        SYNC_SOURCES: " hf , enrich ",
        SYNC_HF_EVERY: "90s",
        SYNC_ARXIV_EVERY: "1d",
        SYNC_ARXIV_CATEGORIES: "hep-th,cs.RO",
        SYNC_CONTACT: "ops@example.org",
      }),
    );
    expect(config).toMatchObject({
      scheduled: false,
      sources: ["hf", "enrich"],
      every: { hf: 90_000, arxiv: 86_400_000 },
      categories: ["hep-th", "cs.RO"],
    });
    expect(config.userAgent).toContain("ops@example.org");
    const bad = EnvSchema.safeParse({
      SYNC_HF_EVERY: "3 hours",
      SYNC_SOURCES: "hf,github",
      SYNC_ARXIV_CATEGORIES: "cs.CL;cs.CV",
      SYNC: "yes",
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual([
      "SYNC",
      "SYNC_ARXIV_CATEGORIES",
      "SYNC_HF_EVERY",
      "SYNC_SOURCES",
    ]);
    expect(EnvSchema.safeParse({ SYNC_HF_EVERY: "500ms" }).success).toBe(false);
  });

  it("paces both arXiv services together and Hugging Face apart", () => {
    const config = toSyncConfig(EnvSchema.parse({}));
    expect(paceOf(config, "https://export.arxiv.org/api/query?id_list=1")).toEqual({ key: "arxiv", ms: 3_000 });
    expect(paceOf(config, "https://oaipmh.arxiv.org/oai?verb=ListRecords")).toEqual({ key: "arxiv", ms: 3_000 });
    expect(paceOf(config, "https://huggingface.co/api/daily_papers?date=2026-03-13")).toEqual({ key: "hf", ms: 1_000 });
  });
});
