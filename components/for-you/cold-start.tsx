// Cold start: too few saves for a model. Says so, offers ways to give it some (save papers below, a
// BibTeX import, topics) and meanwhile shows trending — in the followed topics when there are any.
import Link from "next/link";
import { PaperList } from "@/components/paper/paper-list";
import { toCardData } from "@/components/paper/card-data";
import { getDb } from "@/lib/db/client";
import { MIN_POSITIVES } from "@/lib/learn/reader-model";
import { listDigestDays } from "@/lib/db/digest-entries";
import { listTrendingPapers } from "@/lib/trending/list-trending";
import { defaultWindow } from "@/lib/trending/params";

const SHOWN = 10;

export async function ColdStart({
  positiveCount,
  followed,
  scoped,
  returnTo,
}: {
  positiveCount: number;
  followed: string[];
  scoped: boolean;
  returnTo: string;
}) {
  const db = getDb();
  const topics = followed.length > 0 ? followed : undefined;
  const window = defaultWindow("latest-day", (await listDigestDays(db, topics)).at(-1));
  const papers = window ? await listTrendingPapers(db, window, { topics, limit: SHOWN }) : [];
  const label = topics ? "Trending in topics you follow" : "Trending papers";
  return (
    <>
      <section
        aria-labelledby="cold-start-heading"
        className="mb-6 rounded-md bg-white p-4 text-sm text-slate-700 ring-1 ring-slate-200"
      >
        <h2 id="cold-start-heading" className="font-semibold text-slate-900">
          Not enough saves to learn from yet
        </h2>
        <p className="mt-1">
          For you learns from the papers you save or upvote {scoped ? "in this collection or tag " : ""}and needs at
          least {MIN_POSITIVES}; it has {positiveCount}. Meanwhile, here is{" "}
          {topics ? "what is trending in the topics you follow" : "what is trending"}.
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>Save a few papers below that you would want more of.</li>
          <li>
            <Link href="/library/import" className="text-indigo-700 underline">
              Import your library
            </Link>{" "}
            from BibTeX (Zotero, Mendeley…).
          </li>
          <li>
            Pick{" "}
            <Link href="/topics" className="text-indigo-700 underline">
              topics
            </Link>{" "}
            and save papers there{followed.length === 0 ? ", or follow them" : ""}.
          </li>
        </ul>
      </section>
      {papers.length > 0 && (
        <section aria-labelledby="cold-start-list">
          <h2 id="cold-start-list" className="mb-3 text-sm text-slate-600">
            {label}
            {window ? ` · ${window.label}` : ""}
          </h2>
          <PaperList
            label={label}
            returnTo={returnTo}
            papers={papers.map((p) => ({ ...toCardData(p), rank: undefined }))}
          />
        </section>
      )}
    </>
  );
}
