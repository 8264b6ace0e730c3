// Learning data built once and kept in a file (V8's serialiser keeps typed arrays and maps), so
// repeated measurements skip the passes over the corpus. The key names every option that shaped it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { buildCorpusFeatures, type CorpusFeatures, type FeatureOptions } from "./corpus-features";

/** `build()`'s result, or the one stored in `cache` under the same key. */
export async function cachedBuild<T>(
  cache: string | undefined,
  key: string,
  build: () => Promise<T>,
  log: (line: string) => void,
): Promise<T> {
  if (cache && existsSync(cache)) {
    const stored = deserialize(readFileSync(cache)) as { key: string; data: T };
    if (stored.key === key && stored.data !== undefined) {
      log(`read from ${cache}`);
      return stored.data;
    }
  }
  const started = performance.now();
  const data = await build();
  log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (cache) writeFileSync(cache, serialize({ key, data }));
  return data;
}

export function loadCorpusFeatures(
  file: string,
  options: FeatureOptions,
  cache: string | undefined,
  log: (line: string) => void,
): Promise<CorpusFeatures> {
  return cachedBuild(cache, JSON.stringify({ file, ...options }), () => buildCorpusFeatures(file, options, log), log);
}
