// Topic chips linking to each topic's page.

/** `compact` (cards): on a phone only the first two topics, so a card stays a few rows tall. */
export function TopicChips({ topics, compact }: { topics: { slug: string; name: string }[]; compact?: boolean }) {
  if (topics.length === 0) return null;
  return (
    <ul
      aria-label="Topics"
      className={`flex flex-wrap gap-1.5 ${compact ? "max-sm:[&>li:nth-child(n+3)]:hidden" : ""}`}
    >
      {topics.map((t) => (
        <li key={t.slug}>
          {/* The link is a 44 px tap target on small screens; the chip inside stays small. A plain link
              (not next/link): a card list holds dozens of these, each a client component to hydrate. */}
          <a
            href={`/topics/${t.slug}`}
            className="group inline-flex min-h-11 min-w-11 items-center justify-center rounded-full sm:min-h-0 sm:min-w-0"
          >
            <span className="rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-800 group-hover:bg-indigo-100">
              {t.name}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
