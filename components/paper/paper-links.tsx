// A paper's links grouped by kind, each named by what it points at ("owner/repo", a model id, a host);
// the full URL is the link's title. Only http(s) URLs become anchors.
import { linkLabel } from "@/lib/domain/link-label";
import { LINK_KINDS } from "@/lib/domain/link-kinds";
import { LINK_KIND_LABELS, safeHref } from "@/lib/format";

export function PaperLinks({ links }: { links: { url: string; kind: string }[] }) {
  if (links.length === 0) return null;
  const groups = LINK_KINDS.map((kind) => ({ kind, links: links.filter((l) => l.kind === kind) })).filter(
    (g) => g.links.length > 0,
  );
  return (
    <section aria-labelledby="links-heading">
      <h2 id="links-heading" className="mb-2 text-lg font-semibold">
        Links
      </h2>
      <dl className="space-y-2 text-sm">
        {groups.map((group) => (
          <div key={group.kind} className="flex flex-col gap-1 sm:flex-row sm:gap-3">
            <dt className="w-28 shrink-0 font-medium text-slate-600">{LINK_KIND_LABELS[group.kind] ?? group.kind}</dt>
            <dd className="flex min-w-0 flex-wrap gap-x-4 gap-y-1">
              {group.links.map((link) => {
                const href = safeHref(link.url);
                return href ? (
                  <a
                    key={link.url}
                    href={href}
                    title={link.url}
                    rel="noopener noreferrer nofollow"
                    className="inline-flex min-h-11 items-center break-all text-indigo-700 hover:underline sm:min-h-0"
                  >
                    {linkLabel(link.url)}
                  </a>
                ) : (
                  <span key={link.url} className="break-all">
                    {link.url}
                  </span>
                );
              })}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
