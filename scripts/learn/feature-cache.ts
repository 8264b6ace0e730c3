// Corpus features built once and kept in a file (V8's serialiser keeps typed arrays and maps), so
// repeated measurements skip the two passes over the corpus. The key names every option that shaped them.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { buildCorpusFeatures, type CorpusFeatures, type FeatureOptions } from "./corpus-features";

export async function loadCorpusFeatures(file: string, options: FeatureOptions, cache: string | undefined, log: (line: string) => void): Promise<CorpusFeatures> {
  const key = JSON.stringify({ file, ...options });
  if (cache && existsSync(cache)) {
    const stored = deserialize(readFileSync(cache)) as { key: string; features: CorpusFeatures };
    if (stored.key === key) {
      log(`features from ${cache}`);
      return stored.features;
    }
  }
  const started = performance.now();
  const features = await buildCorpusFeatures(file, options, log);
  log(`features of ${features.ids.length} papers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (cache) writeFileSync(cache, serialize({ key, features }));
  return features;
}
