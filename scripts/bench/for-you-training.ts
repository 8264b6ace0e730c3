// Training time of a reader's model inside one process, on the bench data dir: the first (cold: the
// vocabulary parsed, every vector's paper id read for the background pool) and after each new save
// (warm: the retrain a save, vote or "not interested" causes), with the fit alone beside it.
import { getDb } from "@/lib/db/client";
import { decodeVector } from "@/lib/learn/codec";
import { trainReaderModel } from "@/lib/learn/reader-model";
import { listDismissedPaperIds, listPositivePaperIds } from "@/lib/db/reader-signals";
import { getFeatures, getVectorBytes } from "@/lib/recs/features-store";
import { BACKGROUND_SIZE, getReader } from "@/lib/recs/reader";
import { listVectorPaperIds } from "@/lib/db/paper-vectors";
import { sampleBackground, seedOf } from "@/lib/recs/sampling";
import { saveOneMore, type BenchReader } from "./for-you-reader";

export type TrainingTimes = {
  features: number;
  cold: number;
  warm: number[];
  fit: number[];
  iterations: number[];
  positives: number;
};

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

/** Times `getReader` as the page calls it; the caller points DATA_DIR at `dataDir` before importing. */
export async function measureTraining(dataDir: string, reader: BenchReader, runs: number): Promise<TrainingTimes> {
  const scope = { kind: "all" as const };
  const db = getDb();
  const features = await timed(() => getFeatures(db));
  if (!features.value) throw new Error("no papers in the bench data dir");
  const f = features.value;
  const cold = await timed(() => getReader(db, reader.userId, scope, f));
  if (cold.value.status !== "ready") throw new Error("the bench reader is cold");
  const pool = await listVectorPaperIds(db, f.version);
  const warm: number[] = [];
  const fit: number[] = [];
  const iterations: number[] = [];
  let positives = 0;
  for (let i = 0; i < runs; i += 1) {
    saveOneMore(dataDir, reader);
    warm.push((await timed(() => getReader(db, reader.userId, scope, f))).ms);
    // The same examples getReader used, decoded ahead, so only the fit is timed.
    const [positiveIds, dismissedIds] = await Promise.all([
      listPositivePaperIds(db, reader.userId, scope),
      listDismissedPaperIds(db, reader.userId),
    ]);
    const excluded = new Set([...positiveIds, ...dismissedIds]);
    const backgroundIds = sampleBackground(pool, BACKGROUND_SIZE, seedOf(reader.userId), excluded);
    const bytes = await getVectorBytes(db, [...positiveIds, ...backgroundIds], f);
    const decode = (ids: string[]) => ids.flatMap((id) => (bytes.has(id) ? [decodeVector(bytes.get(id)!)] : []));
    const examples = { positives: decode(positiveIds), background: decode(backgroundIds) };
    positives = examples.positives.length;
    const model = await timed(async () => trainReaderModel(examples));
    fit.push(model.ms);
    iterations.push(model.value.report.iterations);
  }
  return { features: features.ms, cold: cold.ms, warm, fit, iterations, positives };
}
