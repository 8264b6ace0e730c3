// Site footer.
import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mx-auto flex max-w-4xl flex-wrap gap-x-4 px-4 py-8 text-xs text-slate-500">
      <span>Paperboard — self-hosted research-paper discovery. Abstracts belong to their authors.</span>
      <Link href="/status" className="underline hover:text-slate-700">Ingest status</Link>
    </footer>
  );
}
