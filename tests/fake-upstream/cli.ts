// The fake upstream as a process of its own, for `npm run bench:sync` (the benchmark measures the
// sync's memory, not the fake's): builds a world from a corpus, serves it, prints where as JSON.
import { parseArgs } from "node:util";
import { corpusWorld } from "./corpus-world";
import { startFakeUpstream } from "./server";

const { values } = parseArgs({
  options: {
    corpus: { type: "string" },
    days: { type: "string", default: "30" },
    categories: { type: "string", default: "cs.AI,cs.CL,cs.CV,cs.LG,stat.ML" },
    "hf-per-day": { type: "string", default: "30" },
    "last-day": { type: "string" },
  },
});
if (!values.corpus || !values["last-day"])
  throw new Error("usage: cli.ts --corpus <file> --last-day YYYY-MM-DD [--days N] [--categories a,b] [--hf-per-day N]");

const world = await corpusWorld({
  corpus: values.corpus,
  days: Number(values.days),
  categories: values.categories.split(","),
  hfPerDay: Number(values["hf-per-day"]),
  lastDay: values["last-day"],
});
const fake = await startFakeUpstream(world);
console.log(JSON.stringify({ env: fake.env, ...world.stats }));
const stop = () => void fake.stop().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
