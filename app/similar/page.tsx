// "Paste an abstract": papers similar to any text, however long (a plain GET form; works without JS).
import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatDay } from "@/lib/format";
import { searchSimilarToText, type SimilarToText } from "@/lib/related/similar-to-text";
import { describeIssues } from "@/lib/validation/params";
import { MAX_SIMILAR_TEXT, SimilarTextQuerySchema } from "@/lib/validation/similar-text";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Similar papers", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function findSimilar(text: string): Promise<SimilarToText[] | "unavailable" | "preparing"> {
  try {
    return await searchSimilarToText(getDb(), text);
  } catch (error) {
    if (error instanceof AppError && error.code === "SEARCH_UNAVAILABLE") return "unavailable";
    throw error;
  }
}

export default async function SimilarPage({ searchParams }: Props) {
  const parsed = SimilarTextQuerySchema.safeParse(await searchParams);
  const text = parsed.success ? parsed.data.text : "";
  const results = text ? await findSimilar(text) : null;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Find similar papers</h1>
      <form action="/similar" method="get" className="space-y-2">
        <label htmlFor="similar-text" className="block text-sm font-medium">
          Paste an abstract, or any text about a topic
        </label>
        <textarea
          id="similar-text"
          name="text"
          rows={7}
          maxLength={MAX_SIMILAR_TEXT}
          defaultValue={text}
          required
          className="w-full rounded-md border border-slate-300 p-3 text-sm"
        />
        <button type="submit" className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700">
          Find similar papers
        </button>
      </form>
      {!parsed.success && (
        <p role="alert" className="mt-6 rounded-md bg-amber-50 p-4 text-sm text-amber-900">
          That text could not be read ({describeIssues(parsed.error)}).
        </p>
      )}
      {results === "unavailable" && (
        <p role="alert" className="mt-6 rounded-md bg-amber-50 p-4 text-sm text-amber-900">
          Search is unavailable right now — please try again in a moment.
        </p>
      )}
      {results === "preparing" && (
        <p role="alert" className="mt-6 rounded-md bg-amber-50 p-4 text-sm text-amber-900">
          The collection&apos;s vocabulary is still being computed after a large import (progress on{" "}
          <Link href="/status" className="underline">
            the status page
          </Link>
          ) — please try again in a few minutes.
        </p>
      )}
      {Array.isArray(results) && (
        <section aria-labelledby="similar-results" className="mt-6">
          <h2 id="similar-results" className="mb-2 text-lg font-semibold" aria-live="polite">
            {results.length === 0 ? "No similar papers found" : `${results.length} similar papers`}
          </h2>
          <ol className="list-decimal space-y-2 pl-6 text-sm" aria-label="Similar papers">
            {results.map((r) => (
              <li key={r.id}>
                <Link href={`/papers/${r.slug}`} className="font-medium text-indigo-700 hover:underline">
                  {r.title}
                </Link>{" "}
                <span className="text-slate-500">({formatDay(r.digestDate)})</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
