// `node --import tsx scripts/make-relevance-fixture.ts <corpus.jsonl.gz>`: writes the relevance test's
// fixture (tests/fixtures/relevance-corpus.jsonl.gz): 200 target papers sampled with a fixed seed,
// then distractors — 3,000 random papers plus, for each target, up to 5 papers sharing 2+ of its
// distinctive title words (the ones a title query could confuse it with). Targets come first.
import { createReadStream, writeFileSync } from "node:fs";
import readline from "node:readline";
import { createGunzip, gzipSync } from "node:zlib";
import { normalizeTitle } from "@/lib/domain/paper-identity";
import { parseCorpusLine, type CorpusRecord } from "@/scripts/shared/corpus-record";
import { distinctiveTerms } from "@/lib/search/terms";
import { seededRandom } from "@/lib/domain/seeded-random";

const SEED = 20261127;
const TARGETS = 200;
const RANDOM_DISTRACTORS = 3_000;
const CONFUSABLE_PER_TARGET = 5;
const OUT = "tests/fixtures/relevance-corpus.jsonl.gz";

async function readAll(file: string): Promise<CorpusRecord[]> {
  const lines = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const records: CorpusRecord[] = [];
  for await (const line of lines) {
    const r = parseCorpusLine(line);
    if (r) records.push(r);
  }
  return records;
}

function sample<T>(items: T[], n: number, random: () => number): T[] {
  const copy = [...items];
  for (let i = 0; i < n && i < copy.length; i += 1) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

/** Abstracts cut to ~600 characters keep the fixture small; they are distractor text, not the target. */
const slim = (r: CorpusRecord) => ({
  ...r,
  abstract: r.abstract.length > 600 ? r.abstract.slice(0, r.abstract.lastIndexOf(" ", 600)) : r.abstract,
});

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error("usage: make-relevance-fixture.ts <corpus.jsonl.gz>");
  const random = seededRandom(SEED);
  const all = await readAll(file);
  const titleCount = new Map<string, number>();
  for (const r of all) titleCount.set(normalizeTitle(r.title), (titleCount.get(normalizeTitle(r.title)) ?? 0) + 1);
  // A target needs a unique title of 3+ words: otherwise "the paper" is ambiguous.
  const eligible = all.filter(
    (r) => titleCount.get(normalizeTitle(r.title)) === 1 && normalizeTitle(r.title).split(" ").length >= 3,
  );
  const targets = sample(eligible, TARGETS, random);
  const chosen = new Set(targets.map((t) => t.id));
  const postings = new Map<string, number[]>();
  all.forEach((r, i) => {
    for (const w of distinctiveTerms(r.title)) {
      const list = postings.get(w) ?? [];
      list.push(i);
      postings.set(w, list);
    }
  });
  const confusable = targets.flatMap((t) => {
    const overlap = new Map<number, number>();
    for (const w of distinctiveTerms(t.title))
      for (const i of postings.get(w) ?? []) overlap.set(i, (overlap.get(i) ?? 0) + 1);
    const picked = [...overlap]
      .filter(([i, n]) => n >= 2 && !chosen.has(all[i]!.id))
      .sort((a, b) => a[0] - b[0])
      .slice(0, CONFUSABLE_PER_TARGET);
    picked.forEach(([i]) => chosen.add(all[i]!.id));
    return picked.map(([i]) => all[i]!);
  });
  const randoms = sample(
    all.filter((r) => !chosen.has(r.id)),
    RANDOM_DISTRACTORS,
    random,
  );
  const records = [...targets, ...confusable, ...randoms].map(slim);
  writeFileSync(OUT, gzipSync(records.map((r) => JSON.stringify(r)).join("\n") + "\n"));
  console.log(
    `${OUT}: ${targets.length} targets, ${confusable.length} confusable + ${randoms.length} random distractors`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
