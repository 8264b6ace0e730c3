// A paper page's authors (each linked to their page here) and its arXiv / PDF / DOI buttons.
import Link from "next/link";
import { arxivLinks } from "@/lib/domain/link-label";
import type { AuthorRef } from "@/lib/db/papers";

const button =
  "inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-indigo-700 ring-1 ring-slate-300 hover:bg-indigo-50 sm:min-h-9";

export function PaperAuthors({ authors }: { authors: AuthorRef[] }) {
  if (authors.length === 0) return null;
  return (
    <ul aria-label="Authors" className="mt-2 flex flex-wrap gap-x-1 text-sm text-slate-700">
      {authors.map((a, i) => (
        <li key={a.id}>
          <Link
            href={`/authors/${a.id}`}
            className="inline-flex min-h-11 items-center hover:text-indigo-700 hover:underline sm:min-h-0"
          >
            {a.name}
          </Link>
          {i < authors.length - 1 && ","}
        </li>
      ))}
    </ul>
  );
}

export function PaperButtons({ arxivId, doi }: { arxivId: string | null; doi: string | null }) {
  const arxiv = arxivId ? arxivLinks(arxivId) : null;
  if (!arxiv && !doi) return null;
  return (
    <>
      {arxiv && (
        <a href={arxiv.abs} rel="noopener noreferrer" className={button}>
          arXiv
        </a>
      )}
      {arxiv && (
        <a href={arxiv.pdf} rel="noopener noreferrer" className={button}>
          PDF
        </a>
      )}
      {doi && (
        <a href={`https://doi.org/${encodeURI(doi)}`} rel="noopener noreferrer" className={button}>
          DOI
        </a>
      )}
    </>
  );
}
