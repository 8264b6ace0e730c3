// The one tokenizer of paper text: related papers, search terms, recommendations and topic classifiers
// all read words the same way, so a term means the same thing to each of them.

/** Glue words, and words every abstract in the field uses ("model", "learning"): they say nothing. */
export const STOP_WORDS = new Set(
  (
    "about above after again against all also among and any are based been before being between both but can could " +
    "does doing down during each few for from further has have having how into its itself just large learning model " +
    "models more most new non not now off once only other our out over own same should some such than that the their " +
    "them then there these they this those through towards under until using very via was were what when where which " +
    "while who whom why will with without you your"
  ).split(" "),
);

/** Plurals folded ("policies" → "policy", "models" → "model"); other words as they are. */
function fold(w: string): string {
  return w.endsWith("ies") && w.length > 5
    ? `${w.slice(0, -3)}y`
    : w.length > 4 && /[^su]s$/.test(w)
      ? w.slice(0, -1)
      : w;
}

/** The lower-case words of 3+ characters a text is read as, before stop words and folding. */
function words(text: string): string[] {
  // Linear: each alternative is one greedy run of letters, digits and hyphens (no nested quantifiers).
  return (text.toLowerCase().match(/[\p{L}][\p{L}\p{N}-]*[\p{L}\p{N}]|[\p{L}]{3,}/gu) ?? []).filter(
    (w) => w.length >= 3,
  );
}

/** Lower-case words of 3+ letters, no stop words or numbers, with plurals folded ("policies" → "policy"). */
export function tokenize(text: string): string[] {
  return words(text)
    .filter((w) => !STOP_WORDS.has(w))
    .map(fold);
}

/**
 * Each token of the text → the first word it was read from ("policy" → "policies"): what a search
 * engine without stemming must be sent to match the text's own spelling.
 */
export function surfaceForms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of words(text)) if (!STOP_WORDS.has(w) && !out.has(fold(w))) out.set(fold(w), w);
  return out;
}
