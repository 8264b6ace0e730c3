// The recorded world the sync tests run against: real Hugging Face captures split into days before
// today, the arXiv metadata of those papers and of one real day of listings (fixtures/), with OAI-PMH
// datestamps spread over the same days and pages small enough to need resumption tokens.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ArxivRecord, HfItem } from "./render";
import type { World } from "./server";

const FORMATS = path.join(process.cwd(), "tests/fixtures/formats");
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8")) as unknown;

/** Hugging Face's 30-item capture (one day in June) and its 5-item one (late July), as recorded. */
export function recordedHfItems(): { thirty: HfItem[]; five: HfItem[] } {
  return {
    thirty: readJson(path.join(FORMATS, "hf-daily-papers.api-response.30-items.json")) as HfItem[],
    five: readJson(path.join(FORMATS, "hf-daily-papers.api-response.5-items.json")) as HfItem[],
  };
}

/**
 * arXiv metadata (from the corpus) of 21 of the 35 Hugging Face papers — the corpus has no categories
 * for the other 14, so the fake's arXiv does not know them (enrichment finds nothing) — then a day of
 * listings (40 papers).
 */
export function recordedArxivRecords(): ArxivRecord[] {
  return readFileSync(path.join(import.meta.dirname, "fixtures/arxiv-records.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as ArxivRecord);
}

/**
 * Days -3 (the 5-item capture), -2 and -1 (the 30-item capture in halves) on Hugging Face; the 40
 * listed papers over the same three days on OAI-PMH, with two of the Hugging Face papers listed too.
 */
export function recordedWorld(options: { oaiPageSize?: number } = {}): World {
  const { thirty, five } = recordedHfItems();
  const records = recordedArxivRecords();
  const hfIds = new Set([...thirty, ...five].map((i) => i.paper.id));
  const listing = records.filter((r) => !hfIds.has(r.id));
  const listed = new Map(listing.map((r, i) => [r.id, -3 + (i % 3)]));
  // Papers on both: Hugging Face links (githubRepo) must survive arXiv's record replacing theirs.
  const catalogued = new Set(records.map((r) => r.id));
  for (const item of thirty.filter((i) => i.paper.githubRepo && catalogued.has(i.paper.id)).slice(0, 2))
    listed.set(item.paper.id, -1);
  return {
    hfDays: new Map([
      [-3, five],
      [-2, thirty.slice(0, 15)],
      [-1, thirty.slice(15)],
    ]),
    catalogue: new Map(records.map((r) => [r.id, r])),
    listed,
    oaiPageSize: options.oaiPageSize ?? 5,
  };
}
