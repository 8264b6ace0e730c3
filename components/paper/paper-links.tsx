// A paper's links grouped by kind; only http(s) URLs become anchors.
import { LINK_KINDS } from "@/lib/domain/link-kinds";
import { LINK_KIND_LABELS, safeHref } from "@/lib/format";


export function PaperLinks({ links }: { links: { url: string; kind: string }[] }) {
  if (links.length === 0) return null;
  const groups = LINK_KINDS.map((kind) => ({ kind, links: links.filter((l) => l.kind === kind) })).filter((g) => g.links.length > 0);
  return (
    <section aria-labelledby="links-heading">
      <h2 id="links-heading" className="mb-2 text-lg font-semibold">Links</h2>
      <dl className="space-y-2 text-sm">
        {groups.map((group) => (
          <div key={group.kind} className="flex flex-col gap-1 sm:flex-row sm:gap-3">
            <dt className="w-28 shrink-0 font-medium text-slate-600">{LINK_KIND_LABELS[group.kind] ?? group.kind}</dt>
            <dd className="min-w-0 space-y-1">
              {group.links.map((link) => {
                const href = safeHref(link.url);
                return (
                  <div key={link.url} className="break-all">
                    {href ? (
                      <a href={href} rel="noopener noreferrer nofollow" className="text-indigo-700 hover:underline">{link.url}</a>
                    ) : (
                      link.url
                    )}
                  </div>
                );
              })}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
