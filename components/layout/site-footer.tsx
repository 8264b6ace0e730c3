// Site footer.
export function SiteFooter() {
  return (
    <footer className="mx-auto max-w-4xl px-4 py-8 text-xs text-slate-500">
      Paperboard — self-hosted research-paper discovery. Abstracts belong to their authors.
    </footer>
  );
}
