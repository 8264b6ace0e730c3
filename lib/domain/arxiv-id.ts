// The one arXiv-id grammar. Ingest, the search jump, the library import and citations all read ids
// through it, so they agree on what an id is — and each call runs in time linear in its input.

/** A versionless arXiv id ("2403.12345", "hep-th/9901001", "math.AP/0601001") and its version, if named. */
export type ArxivId = { id: string; version: number | null };

/** Longer than any real reference (an arxiv.org URL with a query string): longer text is refused unread. */
export const MAX_ARXIV_REF_LENGTH = 500;
/** How far into a longer text (a BibTeX field) findArxivId looks for an id. */
export const MAX_ARXIV_SCAN_LENGTH = 10_000;

// New style YYMM.NNNN(N) (since April 2007), old style archive(.XX)/YYMMNNN, then an optional version.
// Matched case-insensitively, then canonicalised (archive lower case, subject class upper case). Every
// quantifier is bounded except the archive's letters and the version's digits, which only ever run
// forward over one run of such characters.
const CORE = String.raw`(?:(\d{4}\.\d{4,5})|([a-z][a-z-]*)(?:\.([a-z]{2}))?/(\d{7}))(?:v(\d+))?`;
const QUERY = String.raw`(?:[?#].*)?`;

/** Whole-text forms, each anchored at both ends so a regex never restarts inside the text. */
const FORMS = [
  // "2403.12345v2", "arXiv:2403.12345", "arXiv: 2403.12345", "oai:arXiv.org:2403.12345" (OAI-PMH)
  String.raw`(?:arxiv:\s*|oai:arxiv\.org:)?${CORE}`,
  String.raw`(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html)/${CORE}(?:\.pdf)?/?${QUERY}`,
  String.raw`(?:https?://)?(?:www\.)?(?:huggingface|hf)\.co/papers/${CORE}/?${QUERY}`,
  // The DOI arXiv registers for every paper: 10.48550/arXiv.2403.12345, bare, doi: or as a doi.org URL.
  String.raw`(?:(?:https?://)?(?:dx\.)?doi\.org/|doi:\s*)?10\.48550/arxiv\.${CORE}`,
].map((form) => new RegExp(`^${form}$`, "i"));

// Sticky: tried only at the positions findArxivId chooses, never scanning ahead on its own.
const EMBEDDED = new RegExp(String.raw`${CORE}(?![\d])`, "iy");

function toArxivId(m: RegExpExecArray): ArxivId {
  const [, modern, archive, subjectClass, number, version] = m;
  const id = modern ?? `${archive!.toLowerCase()}${subjectClass ? `.${subjectClass.toUpperCase()}` : ""}/${number!}`;
  return { id, version: version === undefined ? null : Number(version) };
}

/**
 * The arXiv id a whole text names: a bare id, "arXiv:…", "oai:arXiv.org:…", an arxiv.org abs/pdf/html
 * URL, a huggingface.co/papers URL or an arXiv DOI (surrounding whitespace ignored); null otherwise.
 */
export function parseArxivId(text: string): ArxivId | null {
  const trimmed = text.trim();
  if (trimmed.length > MAX_ARXIV_REF_LENGTH) return null;
  for (const form of FORMS) {
    const m = form.exec(trimmed);
    if (m) return toArxivId(m);
  }
  return null;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isLetter = (c: string | undefined) => c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));

/**
 * The first arXiv id in a text that names arXiv ("arXiv preprint arXiv:2401.01234",
 * "https://arxiv.org/abs/…", "10.48550/arXiv.…"), or the id the whole text is; null otherwise.
 * Only the first MAX_ARXIV_SCAN_LENGTH characters are read.
 */
export function findArxivId(text: string): ArxivId | null {
  const whole = parseArxivId(text);
  if (whole) return whole;
  const head = text.slice(0, MAX_ARXIV_SCAN_LENGTH);
  if (!/arxiv/i.test(head)) return null;
  for (let i = 0; i < head.length; i++) {
    // An id starts where a run of digits or of archive letters starts: each run is read once.
    const c = head[i];
    const before = head[i - 1];
    const starts = isDigit(c) ? !isDigit(before) : isLetter(c) && !isLetter(before) && before !== "-";
    if (!starts) continue;
    EMBEDDED.lastIndex = i;
    const m = EMBEDDED.exec(head);
    if (m) return toArxivId(m);
  }
  return null;
}

/**
 * The month an id was submitted in, from its YYMM digits ("2403.12345" → 2024-03, "hep-th/9901001" →
 * 1999-01); null when the text is not an id.
 */
export function arxivIdMonth(text: string): { year: number; month: number; modern: boolean } | null {
  const parsed = parseArxivId(text);
  if (!parsed) return null;
  const modern = !parsed.id.includes("/");
  const digits = modern ? parsed.id : parsed.id.slice(parsed.id.indexOf("/") + 1);
  const yy = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  // Old-style ids ran from 1991 to March 2007, new-style ones from April 2007.
  const year = modern || yy < 90 ? 2000 + yy : 1900 + yy;
  return month >= 1 && month <= 12 ? { year, month, modern } : null;
}
