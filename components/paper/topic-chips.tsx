// Topic chips linking to each topic's page.
import Link from "next/link";

export function TopicChips({ topics }: { topics: { slug: string; name: string }[] }) {
  if (topics.length === 0) return null;
  return (
    <ul aria-label="Topics" className="flex flex-wrap gap-1.5">
      {topics.map((t) => (
        <li key={t.slug}>
          <Link
            href={`/topics/${t.slug}`}
            className="inline-block rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-800 hover:bg-indigo-100"
          >
            {t.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
