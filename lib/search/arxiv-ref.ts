// Recognises a search that is really a paper reference — an arXiv id, an arxiv.org or
// huggingface.co/papers URL — so search can jump straight to the paper (issue 4).
const NEW_ID = String.raw`\d{4}\.\d{4,5}`;
const OLD_ID = String.raw`[a-z][a-z-]*(?:\.[A-Z]{2})?/\d{7}`;
const ID = `(${NEW_ID}|${OLD_ID})(?:v\\d+)?`;

const PATTERNS = [
  new RegExp(`^(?:arxiv:\\s*)?${ID}$`, "i"),
  new RegExp(`^(?:https?://)?(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf|html)/${ID}(?:\\.pdf)?/?(?:[?#].*)?$`, "i"),
  new RegExp(`^(?:https?://)?(?:www\\.)?huggingface\\.co/papers/${ID}/?(?:[?#].*)?$`, "i"),
];

/** The arXiv id (without version) a query refers to, or null when it is an ordinary search. */
export function parseArxivRef(query: string): string | null {
  const text = query.trim();
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text);
    if (match?.[1]) return match[1];
  }
  return null;
}
