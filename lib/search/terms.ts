// Picks the words of a title worth searching for (no stop words, no short glue words).
export const STOP_WORDS = new Set(
  ("about above after again against all also among and any are based been before being between both but can could " +
    "does doing down during each few for from further has have having how into its itself just large learning model " +
    "models more most new non not now off once only other our out over own same should some such than that the their " +
    "them then there these they this those through towards under until using very via was were what when where which " +
    "while who whom why will with without you your").split(" "),
);

/** Up to `max` distinct lower-case words of 4+ letters that are not stop words, in title order. */
export function distinctiveTerms(title: string, max = 8): string[] {
  const words = title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length >= 4 && !STOP_WORDS.has(w)))].slice(0, max);
}
