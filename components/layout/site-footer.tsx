// Site footer; also hosts the keyboard triage (one per page) and its "Keyboard shortcuts" button,
// so the button sits inside a landmark.
import { KeyboardTriage } from "./keyboard-triage";

export function SiteFooter() {
  return (
    <footer className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-2 px-4 py-8 text-xs text-slate-500">
      <p>Paperboard — self-hosted research-paper discovery. Abstracts belong to their authors.</p>
      <KeyboardTriage />
    </footer>
  );
}
