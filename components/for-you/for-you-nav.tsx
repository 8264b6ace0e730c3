// For you's period tabs and scope links (all saves, a collection, a tag) — plain links.
import Link from "next/link";
import { forYouPath, PERIOD_LABEL, PERIODS, type ForYouParams } from "@/lib/recs/period";

const pill = "inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium";
const on = "bg-indigo-600 text-white";
const off = "bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-indigo-50";

type Props = { params: ForYouParams; collections: { id: number; name: string }[]; tags: string[] };

export function ForYouNav({ params, collections, tags }: Props) {
  const scoped = params.collection !== undefined || params.tag !== undefined;
  return (
    <div className="mb-6 space-y-3">
      <nav aria-label="For you period">
        <ul className="flex flex-wrap gap-1">
          {PERIODS.map((period) => (
            <li key={period}>
              <Link
                href={forYouPath({ ...params, period })}
                aria-current={params.period === period ? "page" : undefined}
                className={`${pill} ${params.period === period ? on : off}`}
              >
                {PERIOD_LABEL[period]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {(collections.length > 0 || tags.length > 0) && (
        <nav aria-label="Learn from" className="flex flex-wrap items-center gap-1 text-sm text-slate-600">
          <span className="mr-1">Learn from:</span>
          <Link
            href={forYouPath({ period: params.period })}
            aria-current={!scoped ? "page" : undefined}
            className={`${pill} ${!scoped ? on : off}`}
          >
            All my saves
          </Link>
          {collections.map((c) => (
            <Link
              key={c.id}
              href={forYouPath({ period: params.period, collection: c.id })}
              aria-current={params.collection === c.id ? "page" : undefined}
              className={`${pill} ${params.collection === c.id ? on : off}`}
            >
              {c.name}
            </Link>
          ))}
          {tags.map((t) => (
            <Link
              key={t}
              href={forYouPath({ period: params.period, tag: t })}
              aria-current={params.tag === t ? "page" : undefined}
              className={`${pill} ${params.tag === t ? on : off}`}
            >
              #{t}
            </Link>
          ))}
        </nav>
      )}
    </div>
  );
}
