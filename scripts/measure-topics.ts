// npm run measure:topics -- <corpus.jsonl[.gz]> [--sample 5000] [--seed 42]
// Measures topic assignment on papers whose arXiv categories name exactly one of our topics (the
// label): per-topic precision and recall of the full assignment (categories + text rules) and of
// the text rules alone (what papers without categories get).
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createGunzip } from "node:zlib";
import { z } from "zod";
import { assignTopics, TOPICS } from "@/lib/ingest/taxonomy";
import { unambiguousCategoryTopic } from "@/lib/ingest/taxonomy-categories";
import { topicMetrics, type TopicMetrics } from "@/lib/ingest/topic-metrics";
import { seededRandom } from "@/lib/seeded-random";

const RecordSchema = z.object({ title: z.string(), abstract: z.string(), categories: z.array(z.string()).nullish() });
type Labelled = { title: string; abstract: string; categories: string[]; label: string };

async function sample(file: string, size: number, seed: number): Promise<{ seen: number; labelled: number; picked: Labelled[] }> {
  const input = createReadStream(file);
  const lines = createInterface({ input: file.endsWith(".gz") ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  const random = seededRandom(seed);
  const picked: Labelled[] = [];
  let seen = 0;
  let labelled = 0;
  for await (const line of lines) {
    seen++;
    const record = RecordSchema.safeParse(JSON.parse(line));
    if (!record.success) continue;
    const categories = record.data.categories ?? [];
    const label = unambiguousCategoryTopic(categories);
    if (!label) continue;
    labelled++;
    // Reservoir sampling: a uniform sample of the labelled papers in one pass, memory bounded by `size`.
    const item = { title: record.data.title, abstract: record.data.abstract, categories, label };
    if (picked.length < size) picked.push(item);
    else {
      const j = Math.floor(random() * labelled);
      if (j < size) picked[j] = item;
    }
  }
  return { seen, labelled, picked };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function table(full: TopicMetrics[], text: TopicMetrics[]): string {
  const names = new Map(TOPICS.map((t) => [t.slug, t.name]));
  const rows = full.map((f, i) => {
    const t = text[i]!;
    return `| ${names.get(f.topic) ?? f.topic} | ${f.labelled} | ${pct(f.precision)} | ${pct(f.recall)} | ${pct(t.precision)} | ${pct(t.recall)} |`;
  });
  return ["| topic | labelled | precision | recall | precision (text only) | recall (text only) |", "|---|---:|---:|---:|---:|---:|", ...rows].join("\n");
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { sample: { type: "string", default: "5000" }, seed: { type: "string", default: "42" } }, allowPositionals: true });
  const file = positionals[0];
  if (!file) throw new Error("usage: npm run measure:topics -- <corpus.jsonl[.gz]> [--sample N] [--seed S]");
  const { seen, labelled, picked } = await sample(file, Number(values.sample), Number(values.seed));
  const slugs = (topics: { slug: string }[]) => topics.map((t) => t.slug);
  const full = topicMetrics(picked.map((p) => ({ label: p.label, assigned: slugs(assignTopics(p.title, p.abstract, p.categories)) })));
  const text = topicMetrics(picked.map((p) => ({ label: p.label, assigned: slugs(assignTopics(p.title, p.abstract)) })));
  const micro = (m: TopicMetrics[]) => m.reduce((s, x) => s + x.correct, 0) / Math.max(1, m.reduce((s, x) => s + x.assigned, 0));
  console.log(`${seen} records read, ${labelled} labelled by an unambiguous category, ${picked.length} sampled (seed ${values.seed}).\n`);
  console.log(table(full, text));
  console.log(`\nMicro-averaged precision: ${pct(micro(full))} (categories + text), ${pct(micro(text))} (text only).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.message}` : error);
  process.exit(1);
});
