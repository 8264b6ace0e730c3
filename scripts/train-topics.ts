// npm run train:topics -- <corpus.jsonl[.gz]> [--out lib/domain/taxonomy/topic-model.json] [--precision 0.85] …
// Trains the topic classifiers papers without arXiv categories get their topics from: one logistic
// regression per topic an arXiv category names, on the text of papers published before
// --validation-from; each topic's threshold is the one reaching --precision on the papers up to
// --test-from; the papers up to --test-until measure it (figures printed). Writes the model the app loads.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { CATEGORY_RULES } from "@/lib/domain/taxonomy/categories";
import { multiLabelMetrics } from "@/scripts/shared/topic-metrics";
import { margin, sigmoid, toDenseWeights } from "@/lib/learn/logistic";
import { thresholdForPrecision, trainOneVsRest } from "@/lib/learn/one-vs-rest";
import { toTopicModelJson, type TopicModel } from "@/lib/learn/topic-model";
import { pruneWeights, topicModelVersion } from "./learn/topic-training";
import { loadTopicData, type TopicPaper } from "./learn/topic-data";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function report(papers: TopicPaper[], model: TopicModel, label: string): void {
  const size = model.vocabulary.terms.length;
  const topics = model.topics.map((t) => ({ ...t, dense: toDenseWeights(t.model, size) }));
  const samples = papers.map((p) => ({
    truth: p.labels,
    assigned: topics.filter((t) => sigmoid(margin(t.dense, t.model.bias, p.x)) >= t.threshold).map((t) => t.slug),
  }));
  const { perTopic, micro } = multiLabelMetrics(
    samples,
    model.topics.map((t) => t.slug),
  );
  console.log(
    `\n${label}: ${papers.length} papers\n\n| topic | true | assigned | precision | recall |\n|---|---:|---:|---:|---:|`,
  );
  for (const m of [...perTopic, micro])
    console.log(`| ${m.topic} | ${m.truth} | ${m.assigned} | ${pct(m.precision)} | ${pct(m.recall)} |`);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      out: { type: "string" },
      limit: { type: "string" },
      "validation-from": { type: "string", default: "2025-07-01" },
      "test-from": { type: "string", default: "2025-08-15" },
      "test-until": { type: "string", default: "2025-10-01" },
      cache: { type: "string" },
      vocabulary: { type: "string", default: "30000" },
      l2: { type: "string", default: "1e-5" },
      precision: { type: "string", default: "0.85" },
      "positive-share": { type: "string", default: "0.5" },
      "max-weights": { type: "string", default: "3000" },
    },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file)
    throw new Error(
      "usage: npm run train:topics -- <corpus.jsonl[.gz]> [--out FILE] [--precision 0.9] [--validation-from D] [--test-from D]",
    );
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  const options = {
    bigrams: true,
    minDf: 3,
    maxDfShare: 0.5,
    maxTerms: Number(values.vocabulary),
    validationFrom: values["validation-from"],
    testFrom: values["test-from"],
    testUntil: values["test-until"],
    ...(values.limit ? { limit: Number(values.limit) } : {}),
  };
  const { vocabulary, papers } = await loadTopicData(file, options, values.cache, console.log);
  const side = (s: string) => papers.filter((p) => p.side === s);
  const [train, validation, test] = [side("train"), side("validation"), side("test")];
  console.log(
    `${papers.length} categorised papers: ${train.length} train, ${validation.length} validation, ${test.length} test (${seconds()})`,
  );
  const slugs = [...new Set(CATEGORY_RULES.map((r) => r.topic))];
  const models = trainOneVsRest(
    train,
    slugs,
    { l2: Number(values.l2), positiveShare: Number(values["positive-share"]), relativeTolerance: 1e-6 },
    (slug, i) => console.log(`training ${slug} (${i + 1}/${slugs.length}, ${seconds()})`),
  );
  const target = Number(values.precision);
  const candidates = slugs.map((slug) => {
    const model = pruneWeights(models.get(slug)!, Number(values["max-weights"]));
    const dense = toDenseWeights(model, vocabulary.terms.length);
    const scored = validation.map((p) => ({
      score: sigmoid(margin(dense, model.bias, p.x)),
      positive: p.labels.includes(slug),
    }));
    // Precision ≥ target with 90% confidence: small topics have few validation papers.
    return { slug, model, threshold: thresholdForPrecision(scored, target, { floor: 0.5, z: 1.28 }) };
  });
  // A topic no threshold serves keeps its keyword rules for papers without categories.
  const topics = candidates.flatMap((t) => (t.threshold === null ? [] : [{ ...t, threshold: t.threshold }]));
  const unserved = candidates.filter((t) => t.threshold === null).map((t) => t.slug);
  console.log(`
no threshold reaches ${pct(target)} (90% confidence) on validation, left to the keyword rules: ${unserved.join(", ") || "none"}`);
  const features = { bigrams: true };
  const model: TopicModel = {
    version: "",
    heldOut: { from: options.testFrom, until: options.testUntil },
    features,
    vocabulary,
    topics,
  };
  model.version = topicModelVersion(model);
  report(validation, model, "validation (thresholds chosen here)");
  report(test, model, "test (held out)");
  if (values.out) {
    const about = `Trained by scripts/train-topics.ts on ${train.length} papers dated before ${options.validationFrom}; thresholds for ${pct(target)} precision (90% confidence) on ${validation.length} papers up to ${options.testFrom}; measured on ${test.length} papers up to ${options.testUntil}.`;
    writeFileSync(values.out, `${JSON.stringify(toTopicModelJson(model, about))}\n`);
    console.log(`\nwrote ${values.out}`);
  }
  console.log(`\n${seconds()} in all`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.stack}` : error);
  process.exit(1);
});
