// Citation keys a reader can type and that stay the same across exports: first author's surname, year,
// first significant title word ("vaswani2017attention", Better BibTeX's default shape), with a, b, c…
// added to later papers that would share one key in the same export.
import { issuedParts, type CitationPaper } from "@/lib/domain/citation";

const STOP_WORDS = new Set([
  "a",
  "an",
  "the",
  "on",
  "of",
  "in",
  "for",
  "to",
  "and",
  "with",
  "towards",
  "toward",
  "via",
  "from",
  "is",
  "are",
  "do",
  "does",
]);

/** Lower-case ASCII letters and digits only (accents folded: "Müller" → "muller"). */
function keyPart(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

function surname(author: string | undefined): string {
  if (!author) return "anon";
  const [family, given] = author.split(",", 2);
  const name = given !== undefined ? family! : (author.trim().split(/\s+/).at(-1) ?? "");
  return keyPart(name) || "anon";
}

function firstWord(title: string): string {
  // Bounded: the first few hundred characters always hold the first significant word of a title.
  for (const word of title.slice(0, 300).split(/[\s\-–—:]+/)) {
    const part = keyPart(word.replace(/\$[^$]*\$/g, ""));
    if (part && !STOP_WORDS.has(part)) return part;
  }
  return "";
}

export function citeKey(paper: CitationPaper): string {
  return `${surname(paper.authors[0])}${issuedParts(paper)[0]}${firstWord(paper.title)}`;
}

/** One key per paper, in order; a key already taken gets the next free letter suffix. */
export function assignCiteKeys(papers: CitationPaper[]): string[] {
  const taken = new Set<string>();
  return papers.map((paper) => {
    const base = citeKey(paper);
    let key = base;
    for (let i = 0; taken.has(key); i++) key = `${base}${suffix(i)}`;
    taken.add(key);
    return key;
  });
}

/** a, b, … z, aa, ab, … */
function suffix(i: number): string {
  return i < 26
    ? String.fromCharCode(97 + i)
    : `${suffix(Math.floor(i / 26) - 1)}${String.fromCharCode(97 + (i % 26))}`;
}
