// Picks the words of a title worth searching for (no stop words, no short glue words).
import { STOP_WORDS } from "@/lib/learn/tokenize";

/** Up to `max` distinct lower-case words of 4+ letters that are not stop words, in title order. */
export function distinctiveTerms(title: string, max = 8): string[] {
  const words = title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length >= 4 && !STOP_WORDS.has(w)))].slice(0, max);
}
