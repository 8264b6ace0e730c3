// A card's link chips, each a real link: arXiv, PDF, and the first code, dataset and model link named by
// what it is ("owner/repo", a model id). Cards without link URLs (search hits) name the kinds instead.
import { arxivLinks, linkLabel } from "@/lib/domain/link-label";
import { LINK_KIND_LABELS, safeHref } from "@/lib/format";
import { LinkBadges } from "./link-badges";

/** Kinds a card links to directly; the rest (demos, project pages…) are on the paper page. */
const CARD_KINDS = ["code", "dataset", "model"];
const chip =
  "inline-flex min-h-11 items-center gap-1 rounded px-1.5 text-xs text-emerald-900 ring-1 ring-emerald-200 hover:bg-emerald-50 sm:min-h-0 sm:py-0.5";

type Chip = { href: string; kind: string; label: string };

export function CardLinks({
  arxivId,
  links,
  kinds,
}: {
  arxivId?: string | null;
  links?: { url: string; kind: string }[];
  kinds: string[];
}) {
  if (!links) return <LinkBadges kinds={kinds} />;
  const chips: Chip[] = [];
  if (arxivId) {
    const arxiv = arxivLinks(arxivId);
    chips.push({ href: arxiv.abs, kind: "arXiv", label: "" }, { href: arxiv.pdf, kind: "PDF", label: "" });
  }
  for (const kind of CARD_KINDS) {
    const first = links.find((l) => l.kind === kind && safeHref(l.url));
    if (first)
      chips.push({ href: safeHref(first.url)!, kind: LINK_KIND_LABELS[kind] ?? kind, label: linkLabel(first.url) });
  }
  if (chips.length === 0) return null;
  return (
    <ul aria-label="Links" className="flex min-w-0 flex-wrap gap-1.5">
      {chips.map((c) => (
        <li key={c.href} className="min-w-0">
          <a href={c.href} rel="noopener noreferrer nofollow" className={chip}>
            <span className="font-semibold">{c.kind}</span>
            {c.label && <span className="max-w-48 truncate">{c.label}</span>}
          </a>
        </li>
      ))}
    </ul>
  );
}
