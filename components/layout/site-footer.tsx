// Site footer: the ways to follow Paperboard (feeds, email digest), whether its data is current, and
// the keyboard triage (one per page) with its "Keyboard shortcuts" button, inside this landmark.
import Link from "next/link";
import { KeyboardTriage } from "./keyboard-triage";

const link = "inline-flex min-h-11 items-center text-slate-600 underline-offset-2 hover:underline";

export function SiteFooter() {
  return (
    <footer className="mx-auto max-w-4xl px-4 py-8 text-xs text-slate-500">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p>Paperboard — self-hosted research-paper discovery. Abstracts belong to their authors.</p>
        <KeyboardTriage />
      </div>
      <p className="mt-2 flex flex-wrap gap-x-3">
        <Link href="/subscribe" className={link}>
          Email digest
        </Link>
        <a href="/feeds/trending.atom" className={link}>
          Atom feed
        </a>
        <a href="/feeds/trending.rss" className={link}>
          RSS feed
        </a>
        <Link href="/status" className={link}>
          Ingest status
        </Link>
      </p>
    </footer>
  );
}
