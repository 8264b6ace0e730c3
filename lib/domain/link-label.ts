// Short, recognisable labels for a paper's links ("owner/repo", a model or dataset id, a host), and the
// arXiv links every paper with an id has: one way to name a link on cards and on the paper page.

const HF_SECTIONS = new Set(["datasets", "spaces", "collections"]);

/** "https://github.com/org/repo/tree/main" → "org/repo"; a Hugging Face model, dataset or space → its id; else the host. */
export function linkLabel(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.slice(0, 40);
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  // Bounded: a label never needs more than the first three path segments.
  const segments = parsed.pathname
    .split("/", 4)
    .filter((s) => s !== "")
    .map(safeDecode);
  const [first, second, third] = segments;
  if (
    (host === "github.com" || host === "gitlab.com" || host === "bitbucket.org" || host === "codeberg.org") &&
    first &&
    second
  ) {
    return `${first}/${second.replace(/\.git$/, "")}`;
  }
  if (host === "huggingface.co" || host === "hf.co") {
    if (first && HF_SECTIONS.has(first) && second) return third ? `${second}/${third}` : second;
    if (first && second) return `${first}/${second}`;
  }
  return host;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** arXiv's abstract and PDF pages for a (versionless) arXiv id. */
export function arxivLinks(arxivId: string): { abs: string; pdf: string } {
  return { abs: `https://arxiv.org/abs/${arxivId}`, pdf: `https://arxiv.org/pdf/${arxivId}` };
}
