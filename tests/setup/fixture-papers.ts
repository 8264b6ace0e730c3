// Real arXiv papers for the learning core's tests: the relevance fixture (4,185 papers across fields), parsed
// without the app's schemas, so lib/learn's tests need nothing of ours outside lib/learn but this reader.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

export type FixturePaper = {
  id: string;
  title: string;
  abstract: string;
  categories: string[];
  published: string | null;
};

export function fixturePapers(): FixturePaper[] {
  const file = path.join(process.cwd(), "tests", "fixtures", "relevance-corpus.jsonl.gz");
  return gunzipSync(readFileSync(file))
    .toString("utf8")
    .trim()
    .split("\n")
    .map((line) => {
      const r = JSON.parse(line) as Partial<FixturePaper>;
      return {
        id: String(r.id),
        title: String(r.title),
        abstract: String(r.abstract ?? ""),
        categories: r.categories ?? [],
        published: r.published ?? null,
      };
    });
}
