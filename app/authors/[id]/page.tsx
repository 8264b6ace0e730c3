// An author: their papers here, newest first, and a follow (an author follow is a search on the author
// facet, so it also finds their papers that are only in search).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FollowButton } from "@/components/follows/follow-button";
import { toCardData } from "@/components/paper/card-data";
import { PaperList } from "@/components/paper/paper-list";
import { AUTHOR_PAGE_PAPERS, getAuthorWithPapers } from "@/lib/db/authors";
import { getDb } from "@/lib/db/client";
import { EMPTY_SEARCH, searchHref } from "@/lib/validation/search-query";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await getAuthorWithPapers(getDb(), (await params).id);
  return { title: author ? `${author.name} — papers` : "Author not found" };
}

export default async function AuthorPage({ params }: Props) {
  const author = await getAuthorWithPapers(getDb(), (await params).id);
  if (!author) notFound();
  const path = `/authors/${author.id}`;
  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">{author.name}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {author.total} {author.total === 1 ? "paper" : "papers"} here
          {author.total > AUTHOR_PAGE_PAPERS && `, the ${AUTHOR_PAGE_PAPERS} newest shown`}
          {" · "}
          <Link
            href={searchHref(EMPTY_SEARCH, { author: [author.name], sort: "newest" })}
            className="inline-flex min-h-11 items-center text-indigo-700 hover:underline sm:min-h-0"
          >
            in search →
          </Link>
        </p>
        <div className="mt-2">
          <FollowButton kind="author" target={author.name} label={author.name} returnTo={path} />
        </div>
      </header>
      <PaperList label={`Papers by ${author.name}`} returnTo={path} papers={author.papers.map(toCardData)} />
    </div>
  );
}
