// measure:topics --multi-label: topic precision where a paper's true topics are all those its arXiv
// categories map to, on the papers the topic classifiers were not trained or tuned on (time split).
import { TOPICS } from "@/lib/domain/taxonomy/topics";
import { assignTopics } from "@/lib/ingest/taxonomy";
import { CATEGORY_RULES, topicsFromCategories } from "@/lib/domain/taxonomy/categories";
import { topicModelInfo } from "@/lib/ingest/topic-classifier";
import { multiLabelMetrics, type LabelMetrics, type MultiLabelSample } from "@/scripts/shared/topic-metrics";
import { readCorpusRecords } from "./corpus";
import { dayOf } from "./topic-data";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

type Samples = { textOnly: MultiLabelSample[]; withCategories: MultiLabelSample[] };

const shown = (m: LabelMetrics) => (m.assigned === 0 ? "— (never given)" : pct(m.precision));

function table(text: LabelMetrics[], full: LabelMetrics[], classified: ReadonlySet<string>): string {
  const names = new Map(TOPICS.map((t) => [t.slug, t.name]));
  const rows = text.map((t, i) => {
    const f = full[i]!;
    const name = t.topic.startsWith("micro") ? `**${t.topic}**` : (names.get(t.topic) ?? t.topic);
    const by = t.topic.startsWith("micro") ? "" : classified.has(t.topic) ? "classifier" : "keyword rules";
    return `| ${name} | ${by} | ${t.truth} | ${t.assigned} | ${shown(t)} | ${pct(t.recall)} | ${f.assigned} | ${shown(f)} | ${pct(f.recall)} |`;
  });
  return [
    "| topic | text only: decided by | papers in it | text only: given | precision | recall | with categories: given | precision | recall |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
  ].join("\n");
}

/** Per topic, micro-averaged over every category-named topic, and over the classifier's alone. */
function report(samples: Samples, topics: string[], classified: ReadonlySet<string>): string {
  const text = multiLabelMetrics(samples.textOnly, topics);
  const full = multiLabelMetrics(samples.withCategories, topics);
  const mine = (m: MultiLabelSample[]) =>
    multiLabelMetrics(
      m,
      topics.filter((t) => classified.has(t)),
    ).micro;
  const rename = (m: LabelMetrics, topic: string) => ({ ...m, topic });
  return table(
    [
      ...text.perTopic,
      rename(text.micro, "micro-average"),
      rename(mine(samples.textOnly), "micro-average, classifier topics"),
    ],
    [
      ...full.perTopic,
      rename(full.micro, "micro-average"),
      rename(mine(samples.withCategories), "micro-average, classifier topics"),
    ],
    classified,
  );
}

/** Every categorised paper dated in [from, until) (up to `limit`), assigned topics with and without its categories. */
export async function measureMultiLabel(
  file: string,
  options: { from?: string; until?: string; limit?: number } = {},
): Promise<string> {
  const info = topicModelInfo();
  const classified = new Set(info.topics);
  const scored = [...new Set(CATEGORY_RULES.map((r) => r.topic))];
  const from = options.from ?? info.heldOut?.from;
  const until = options.until ?? (options.from ? "9999-12-31" : info.heldOut?.until);
  if (!from || !until)
    throw new Error("the topic model names no held-out period: pass --from YYYY-MM-DD [--until YYYY-MM-DD]");
  const all: Samples = { textOnly: [], withCategories: [] };
  const named: Samples = { textOnly: [], withCategories: [] };
  const slugs = (ts: { slug: string }[]) => ts.map((t) => t.slug);
  for await (const r of readCorpusRecords(file)) {
    const day = dayOf(r);
    if (r.categories.length === 0 || day < from || day >= until) continue;
    if (all.textOnly.length >= (options.limit ?? Infinity)) break;
    const truth = slugs(topicsFromCategories(r.categories));
    const textOnly = { truth, assigned: slugs(assignTopics(r.title, r.abstract)) };
    const withCategories = { truth, assigned: slugs(assignTopics(r.title, r.abstract, r.categories)) };
    all.textOnly.push(textOnly);
    all.withCategories.push(withCategories);
    if (truth.length > 0) {
      named.textOnly.push(textOnly);
      named.withCategories.push(withCategories);
    }
  }
  return [
    `Papers dated from ${from} to ${until} (exclusive), topic model ${info.version}${info.heldOut ? ` (held out from training and threshold choice: ${info.heldOut.from} to ${info.heldOut.until})` : ""}. Scored: the ${scored.length} topics an arXiv category names; a topic is right when one of the paper's categories names it.`,
    "",
    `**Every categorised paper** (${all.textOnly.length}; those whose categories name no topic, e.g. only cs.LG, count every topic given as wrong):`,
    "",
    report(all, scored, classified),
    "",
    `**Papers whose categories name at least one topic** (${named.textOnly.length}):`,
    "",
    report(named, scored, classified),
  ].join("\n");
}
