// All topics with their paper counts.
import Link from "next/link";
import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { listTopicsWithCounts } from "@/lib/db/topics";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage() {
  const topics = await listTopicsWithCounts(getDb());
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Topics</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {topics.map((t) => (
          <li key={t.slug}>
            <Link
              href={`/topics/${t.slug}`}
              className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-indigo-300"
            >
              <span className="flex items-baseline justify-between gap-2">
                <span className="font-semibold text-slate-900">{t.name}</span>
                <span className="text-sm text-slate-500">
                  {t.paperCount} {t.paperCount === 1 ? "paper" : "papers"}
                </span>
              </span>
              <span className="mt-1 block text-sm text-slate-600">{t.description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
