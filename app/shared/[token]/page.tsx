// A collection shared read-only by its owner: name and papers only (no notes, tags or owner).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { toCoinsTitle } from "@/lib/citation/page-metadata";
import { getDb } from "@/lib/db/client";
import { getSharedCollection } from "@/lib/db/collections";
import { excerpt, formatDay } from "@/lib/format";
import { getAppUrl } from "@/lib/site-url";
import { ShareTokenSchema } from "@/lib/validation/library";

export const dynamic = "force-dynamic";
// Unlisted: the link is the secret, so keep it out of search engines and Referer headers.
export const metadata: Metadata = {
  title: "Shared collection",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export default async function SharedCollectionPage({ params }: { params: Promise<{ token: string }> }) {
  const token = ShareTokenSchema.safeParse((await params).token);
  const collection = token.success ? await getSharedCollection(getDb(), token.data) : null;
  if (!collection) notFound();
  const appUrl = getAppUrl();
  return (
    <>
      <header className="mb-6">
        <p className="text-sm text-slate-500">Shared collection (read-only)</p>
        <h1 className="text-2xl font-bold tracking-tight">{collection.name}</h1>
        <p className="mt-1 text-sm text-slate-600">{collection.papers.length} papers</p>
      </header>
      <ol aria-label="Papers in this collection" className="space-y-4">
        {collection.papers.map((p) => (
          <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="font-semibold">
              <Link href={`/papers/${p.slug}`} className="hover:text-indigo-700 hover:underline">
                {p.title}
              </Link>
            </h2>
            <p className="mt-1 text-xs text-slate-500">
              <time dateTime={p.digestDate}>{formatDay(p.digestDate)}</time>
            </p>
            <p className="mt-2 text-sm text-slate-700">{excerpt(p.abstract)}</p>
            <span className="Z3988" title={toCoinsTitle({ ...p, authors: [] }, appUrl)} />
          </li>
        ))}
      </ol>
    </>
  );
}
