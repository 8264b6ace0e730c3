// Pure helpers of For you: the background sample, the cache key of a reader's model, the period's days
// and the words an explanation shows.
import { createHash } from "node:crypto";
import { CATEGORY_PREFIX, isCategoryTerm } from "@/lib/learn/features";
import { seededRandom } from "@/lib/domain/seeded-random";

/** A 32-bit seed from a string (the reader's id): the same reader gets the same background every time. */
export function seedOf(text: string): number {
  return createHash("sha256").update(text).digest().readUInt32LE(0);
}

/**
 * `n` distinct ids drawn from `pool` (seeded), none in `exclude`: "the rest of the collection" a
 * reader's saves are contrasted with. Partial Fisher–Yates over index positions: O(n), the pool is
 * never copied.
 */
export function sampleBackground(
  pool: readonly string[],
  n: number,
  seed: number,
  exclude: ReadonlySet<string>,
): string[] {
  const random = seededRandom(seed);
  const swapped = new Map<number, number>();
  const out: string[] = [];
  const at = (i: number) => swapped.get(i) ?? i;
  for (let i = 0; i < pool.length && out.length < n; i += 1) {
    const j = i + Math.floor(random() * (pool.length - i));
    const picked = at(j);
    swapped.set(j, at(i));
    const id = pool[picked]!;
    if (!exclude.has(id)) out.push(id);
  }
  return out;
}

/** What a model was trained on: changes whenever the reader's saves or dismissals do, so a cached model is reused only while it is current. */
export function trainingFingerprint(parts: {
  version: string;
  positives: readonly string[];
  dismissed: readonly string[];
}): string {
  return createHash("sha256")
    .update(JSON.stringify([parts.version, parts.positives, parts.dismissed]))
    .digest("hex");
}

/** A term as a reader reads it: categories by name, words and word pairs as they are. */
export function termLabel(term: string): string {
  return isCategoryTerm(term) ? `arXiv category ${term.slice(CATEGORY_PREFIX.length)}` : term;
}
