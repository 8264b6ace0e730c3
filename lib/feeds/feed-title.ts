// The name a feed reader shows for a search feed (pure). Readers display a channel title as the
// feed's name, so a raw `q` would let anyone mint a feed called "Your account is locked — call …"
// under our name: the query is cleaned, capped and quoted inside a fixed title instead.
import { TOPICS } from "@/lib/domain/taxonomy/topics";

/** Enough to recognise one's own search; longer queries end in "…". */
export const MAX_TITLE_QUERY_CHARS = 40;

const topicNames: ReadonlyMap<string, string> = new Map(TOPICS.map((t) => [t.slug, t.name]));

/**
 * Control and format characters (line breaks, bidi overrides, zero-width joiners) and line or
 * paragraph separators are dropped; quote marks become apostrophes so the query cannot close our
 * quotes and appear to continue the title; whitespace runs become one space.
 */
export function cleanTitleText(text: string, maxChars: number): string {
  const cleaned = text
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, " ")
    .replace(/["“”„‟«»]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  const chars = Array.from(cleaned); // code points: never split a surrogate pair
  return chars.length > maxChars
    ? `${chars
        .slice(0, maxChars - 1)
        .join("")
        .trimEnd()}…`
    : cleaned;
}

/** "Paperboard search: “graph neural nets” in Computer vision" — topics by their known names only. */
export function searchFeedTitle(search: { q: string; topic?: readonly string[] }): string {
  const q = cleanTitleText(search.q, MAX_TITLE_QUERY_CHARS);
  const topics = (search.topic ?? [])
    .map((slug) => topicNames.get(slug))
    .filter((name): name is string => name !== undefined);
  const parts = [q && `“${q}”`, topics.length > 0 && `in ${topics.join(", ")}`].filter(Boolean);
  return parts.length > 0 ? `Paperboard search: ${parts.join(" ")}` : "Paperboard search";
}
