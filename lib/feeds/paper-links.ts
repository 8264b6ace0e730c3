// Absolute links for a paper in feeds and emails: its page, arXiv, code and other links.
import { LINK_KIND_LABELS, safeHref } from "@/lib/format";

export type PaperLinkSource = { slug: string; arxivId: string | null; links: { url: string; kind: string }[] };
export type LabelledLink = { label: string; url: string };

export function paperPageUrl(baseUrl: string, slug: string): string {
  return `${baseUrl}/papers/${encodeURIComponent(slug)}`;
}

/** arXiv first, then code, then the rest; only http(s) URLs (links come from untrusted digest text). */
export function toLabelledLinks(paper: PaperLinkSource): LabelledLink[] {
  const out: LabelledLink[] = [];
  if (paper.arxivId) out.push({ label: "arXiv", url: `https://arxiv.org/abs/${encodeURIComponent(paper.arxivId)}` });
  const rank = (kind: string) => (kind === "code" ? 0 : 1);
  for (const link of [...paper.links].sort((a, b) => rank(a.kind) - rank(b.kind))) {
    const href = safeHref(link.url);
    if (href) out.push({ label: LINK_KIND_LABELS[link.kind] ?? link.kind, url: href });
  }
  return out;
}
