// Small badges naming which kinds of links a paper has (code, dataset, model…).
import { LINK_KIND_LABELS } from "@/lib/format";

export function LinkBadges({ kinds }: { kinds: string[] }) {
  if (kinds.length === 0) return null;
  return (
    <ul aria-label="Links" className="flex flex-wrap gap-1.5">
      {kinds.map((kind) => (
        <li
          key={kind}
          className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200"
        >
          {LINK_KIND_LABELS[kind] ?? kind}
        </li>
      ))}
    </ul>
  );
}
