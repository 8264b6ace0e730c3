// npm run measure:topics -- <corpus.jsonl[.gz]> [--sample 5000] [--seed 42] [--audit FILE] [--write-audit FILE]
// Measures topic assignment on papers whose arXiv categories name exactly one of our topics (the
// label): per-topic precision and recall of the full assignment (categories + text) and of the text
// alone (what papers without categories get). Beside it, separately named: precision after a hand
// audit of a random sample of false positives (--write-audit writes one to judge).
// --multi-label [--from D] [--until D] [--limit N]: every categorised paper of the period the topic
// classifier was not trained or tuned on (by default the one its model file names), its true topics
// all those its categories name (scripts/learn/measure-multilabel.ts).
import { createReadStream, readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createGunzip } from "node:zlib";
import { z } from "zod";
import { TOPICS } from "@/lib/domain/taxonomy/topics";
import { assignTopics } from "@/lib/ingest/taxonomy";
import { unambiguousCategoryTopic } from "@/lib/domain/taxonomy/categories";
import { auditedPrecision, parseAudit, topicMetrics, type TopicMetrics } from "@/scripts/shared/topic-metrics";
import { seededRandom } from "@/lib/domain/seeded-random";
import { measureMultiLabel } from "./learn/measure-multilabel";

const RecordSchema = z.object({
  id: z.string(),
  title: z.string(),
  abstract: z.string(),
  categories: z.array(z.string()).nullish(),
});
type Labelled = { id: string; title: string; abstract: string; categories: string[]; label: string };
type Assigned = Labelled & { assigned: { slug: string; reason: string }[] };

async function sample(
  file: string,
  size: number,
  seed: number,
): Promise<{ seen: number; labelled: number; picked: Labelled[] }> {
  const input = createReadStream(file);
  const lines = createInterface({
    input: file.endsWith(".gz") ? input.pipe(createGunzip()) : input,
    crlfDelay: Infinity,
  });
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
    const item = { id: record.data.id, title: record.data.title, abstract: record.data.abstract, categories, label };
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
  return [
    "| topic | labelled | precision | recall | precision (text only) | recall (text only) |",
    "|---|---:|---:|---:|---:|---:|",
    ...rows,
  ].join("\n");
}

/** Labelled papers given topic T although labelled otherwise, per T. */
function falsePositives(assigned: Assigned[], topics: string[]): Map<string, Assigned[]> {
  return new Map(topics.map((t) => [t, assigned.filter((p) => p.label !== t && p.assigned.some((a) => a.slug === t))]));
}

// FNV-1a of seed and id: the draw of one paper does not depend on which others are false positives, so
// after a rule change the verdicts already given stay in the draw and only new papers need judging.
function drawKey(seed: number, id: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${seed}:${id}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

function auditTemplate(fps: Map<string, Assigned[]>, size: number, seed: number): string {
  const sections = [...fps]
    .filter(([, papers]) => papers.length > 0)
    .map(([topic, papers]) => {
      const shuffled = papers
        .map((p) => ({ p, k: drawKey(seed, p.id) }))
        .sort((a, b) => a.k - b.k)
        .slice(0, size);
      const lines = shuffled.map(({ p }) => {
        const reason = p.assigned.find((a) => a.slug === topic)?.reason ?? "";
        return `- [ ] ${p.id} · ${p.categories.join(" ")} · ${p.title.replace(/\s+/g, " ")} · ${reason}`;
      });
      return [`## ${topic} — ${papers.length} false positives, ${shuffled.length} drawn`, "", ...lines].join("\n");
    });
  const head =
    "# Topic audit: false positives of the labelled sample\n\nTick [x] when the topic's description fits the paper; leave [ ] when it does not.";
  return [head, ...sections].join("\n\n") + "\n";
}

function auditTable(full: TopicMetrics[], fps: Map<string, Assigned[]>, auditFile: string): string {
  const verdicts = parseAudit(readFileSync(auditFile, "utf8"));
  const names = new Map(TOPICS.map((t) => [t.slug, t.name]));
  const rows = full.map((m) => {
    const ids = (fps.get(m.topic) ?? []).map((p) => p.id);
    const a = auditedPrecision(m, ids, verdicts);
    const shown = a.precision === null ? "—" : pct(a.precision);
    return `| ${names.get(m.topic) ?? m.topic} | ${m.assigned} | ${m.assigned - m.correct} | ${a.judged} | ${a.right} | ${shown} |`;
  });
  return [
    "| topic | assigned | false positives | audited | of them right | precision after audit |",
    "|---|---:|---:|---:|---:|---:|",
    ...rows,
  ].join("\n");
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      sample: { type: "string", default: "5000" },
      seed: { type: "string", default: "42" },
      audit: { type: "string" },
      "write-audit": { type: "string" },
      "audit-size": { type: "string", default: "20" },
      "multi-label": { type: "boolean", default: false },
      from: { type: "string" },
      until: { type: "string" },
      limit: { type: "string" },
    },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file)
    throw new Error(
      "usage: npm run measure:topics -- <corpus.jsonl[.gz]> [--sample N] [--seed S] [--audit FILE] [--write-audit FILE] [--audit-size N] | --multi-label [--from D] [--until D] [--limit N]",
    );
  if (values["multi-label"]) {
    const period = { ...(values.from ? { from: values.from } : {}), ...(values.until ? { until: values.until } : {}) };
    console.log(await measureMultiLabel(file, { ...period, ...(values.limit ? { limit: Number(values.limit) } : {}) }));
    return;
  }
  const { seen, labelled, picked } = await sample(file, Number(values.sample), Number(values.seed));
  const slugs = (topics: { slug: string }[]) => topics.map((t) => t.slug);
  const assigned: Assigned[] = picked.map((p) => ({ ...p, assigned: assignTopics(p.title, p.abstract, p.categories) }));
  const full = topicMetrics(assigned.map((p) => ({ label: p.label, assigned: slugs(p.assigned) })));
  const text = topicMetrics(
    picked.map((p) => ({ label: p.label, assigned: slugs(assignTopics(p.title, p.abstract)) })),
  );
  const fps = falsePositives(
    assigned,
    full.map((m) => m.topic),
  );
  const micro = (m: TopicMetrics[]) =>
    m.reduce((s, x) => s + x.correct, 0) /
    Math.max(
      1,
      m.reduce((s, x) => s + x.assigned, 0),
    );
  console.log(
    `${seen} records read, ${labelled} labelled by an unambiguous category, ${picked.length} sampled (seed ${values.seed}).\n`,
  );
  console.log(table(full, text));
  console.log(`\nMicro-averaged precision: ${pct(micro(full))} (categories + text), ${pct(micro(text))} (text only).`);
  if (values["write-audit"]) {
    writeFileSync(values["write-audit"], auditTemplate(fps, Number(values["audit-size"]), Number(values.seed)));
    console.log(`\nWrote up to ${values["audit-size"]} random false positives per topic to ${values["write-audit"]}.`);
  }
  if (values.audit)
    console.log(
      `\nAfter the hand audit in ${values.audit} (categories + text):\n\n${auditTable(full, fps, values.audit)}`,
    );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.message}` : error);
  process.exit(1);
});
