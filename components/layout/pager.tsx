// Previous / "Page N of M" / next — plain links, so paging works without JavaScript.
import Link from "next/link";
import type { ReactNode } from "react";

type Props = { page: number; totalPages: number; href: (page: number) => string; note?: ReactNode };

const link = "inline-flex min-h-11 items-center text-indigo-700 hover:underline";

export function Pager({ page, totalPages, href, note }: Props) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-6 flex items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={link}>
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-center text-slate-500">
        Page {page} of {totalPages.toLocaleString("en-US")}
        {note}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next" className={link}>
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
