// npm run measure:recs -- <corpus.jsonl[.gz]> [--readers 50] [--seed S] [--dates D1,D2,…] [--write FILE]
// Recommendation quality on a time split: simulated readers save papers published before T, their
// model ranks the papers of the 7 days after T; precision@20 beside non-personal lists of the same
// week, and how five "not interested" move a category out of the top 20.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { READER_DEFAULTS } from "@/lib/learn/reader-model";
import { seededRandom } from "@/lib/domain/seeded-random";
import { reweightedVectorAt, vectorAt } from "./learn/corpus-features";
import { bestCommonList, drawReaders, evaluateVariant, newestList, trendingList } from "./learn/evaluate-recs";
import { loadCorpusFeatures } from "./learn/feature-cache";
import { shareIn } from "./learn/readers";
import { RECOMMENDATION_FEATURES } from "@/lib/learn/recommendation-features";
import { recsReport, type SplitFigures } from "./learn/recs-report";

const DEFAULT_DATES = "2025-06-02,2025-09-01,2025-11-03,2026-01-05,2026-03-02";
const VOTES_PER_VOTER = 5;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      readers: { type: "string", default: "50" },
      seed: { type: "string", default: "17" },
      dates: { type: "string", default: DEFAULT_DATES },
      write: { type: "string" },
      cache: { type: "string" },
      limit: { type: "string" },
      "category-share": { type: "string" },
      background: { type: "string", default: "1000" },
      l2: { type: "string", default: String(READER_DEFAULTS.l2) },
      "dismissed-weight": { type: "string", default: String(READER_DEFAULTS.dismissedWeight) },
      "background-weight": { type: "string", default: String(READER_DEFAULTS.backgroundWeight) },
    },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file)
    throw new Error(
      "usage: npm run measure:recs -- <corpus.jsonl[.gz]> [--readers 50] [--seed S] [--dates D1,D2] [--write FILE] [--cache FILE]",
    );
  const started = performance.now();
  const features = await loadCorpusFeatures(
    file,
    { ...RECOMMENDATION_FEATURES, ...(values.limit ? { limit: Number(values.limit) } : {}) },
    values.cache,
    console.log,
  );
  const options = {
    readers: Number(values.readers),
    background: Number(values.background),
    dismissals: 5,
    l2: Number(values.l2),
    dismissedWeight: Number(values["dismissed-weight"]),
    backgroundWeight: Number(values["background-weight"]),
  };
  const seed = Number(values.seed);
  const random = seededRandom(seed);
  const share = values["category-share"] === undefined ? undefined : Number(values["category-share"]);
  const withCategories =
    share === undefined ? (i: number) => vectorAt(features, i) : reweightedVectorAt(features, share);
  const textOnly = reweightedVectorAt(features, 0);
  const figures: SplitFigures[] = [];
  for (const [k, date] of values.dates
    .split(",")
    .map((d) => d.trim())
    .entries()) {
    const t = performance.now();
    const drawn = drawReaders(features, date, options.readers, random);
    const newest = newestList(features, drawn.split);
    const trending = trendingList(features, drawn, drawn.voters, VOTES_PER_VOTER, random);
    const share = (list: number[]) => (r: { categories: string[] }) => shareIn(features, list, r.categories);
    figures.push({
      date,
      week: drawn.split.window.length,
      eligible: drawn.eligible.length,
      model: evaluateVariant(features, drawn, withCategories, options, seed * 1000 + k, seededRandom),
      textOnly: evaluateVariant(features, drawn, textOnly, options, seed * 1000 + k, seededRandom),
      newest: { single: drawn.singles.map(share(newest)), three: drawn.threes.map(share(newest)) },
      trending: { single: drawn.singles.map(share(trending)), three: drawn.threes.map(share(trending)) },
      ceiling: {
        single: drawn.singles.map(share(bestCommonList(features, drawn.split, drawn.singles))),
        three: drawn.threes.map(share(bestCommonList(features, drawn.split, drawn.threes))),
      },
    });
    console.log(
      `${date}: ${drawn.split.window.length} papers in the week, ${drawn.eligible.length} eligible categories (${((performance.now() - t) / 1000).toFixed(1)} s)`,
    );
  }
  const command = `npm run measure:recs -- ${file} --readers ${values.readers} --seed ${values.seed} --dates ${values.dates}`;
  const report = recsReport(figures, command);
  console.log(`\n${report}\n${((performance.now() - started) / 1000).toFixed(0)} s in all`);
  if (values.write) writeFileSync(values.write, report);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.stack}` : error);
  process.exit(1);
});
