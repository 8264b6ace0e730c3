// One facet value as a link that toggles its filter, with its count (plain navigation, no JS needed).
import Link from "next/link";
import type { Facet } from "@/lib/search/facets";

export function FacetLink({ href, facet, selected }: { href: string; facet: Facet; selected: boolean }) {
  return (
    <Link
      href={href}
      aria-current={selected ? "true" : undefined}
      className={`flex min-h-11 items-center justify-between gap-2 rounded px-2 py-1 hover:bg-indigo-50 sm:min-h-0 ${selected ? "bg-indigo-100 font-semibold" : ""}`}
    >
      <span>
        <span aria-hidden="true">{selected ? "✓ " : ""}</span>
        {facet.label}
      </span>
      {facet.count > 0 && (
        // slate-500 falls under 4.5:1 on the selected value's indigo background.
        <span className={selected ? "text-slate-600" : "text-slate-500"} data-testid="facet-count">
          {facet.count}
        </span>
      )}
    </Link>
  );
}
