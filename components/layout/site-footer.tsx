// Site footer: the ways to follow Paperboard (feeds, email digest) and whether its data is current.
import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mx-auto max-w-4xl px-4 py-8 text-xs text-slate-500">
      <p>Paperboard — self-hosted research-paper discovery. Abstracts belong to their authors.</p>
      <p className="mt-2 flex flex-wrap gap-3">
        <Link href="/subscribe" className="text-slate-600 underline-offset-2 hover:underline">Email digest</Link>
        <a href="/feeds/trending.atom" className="text-slate-600 underline-offset-2 hover:underline">Atom feed</a>
        <a href="/feeds/trending.rss" className="text-slate-600 underline-offset-2 hover:underline">RSS feed</a>
        <Link href="/status" className="text-slate-600 underline-offset-2 hover:underline">Ingest status</Link>
      </p>
    </footer>
  );
}
