"use client";
// The `?` keyboard shortcuts dialog: a native modal <dialog>, so the page behind is inert, Escape closes
// it and focus returns to where it was. Tab cycles inside (natively it would leave for the browser UI).
import type { Ref } from "react";
import { SHORTCUTS } from "@/lib/keyboard/triage";
import { trapTab } from "./trap-tab";

export function ShortcutsDialog({ ref }: { ref: Ref<HTMLDialogElement> }) {
  return (
    <dialog
      ref={ref}
      onKeyDown={trapTab}
      aria-labelledby="shortcuts-heading"
      className="m-auto w-[min(24rem,calc(100vw-2rem))] rounded-lg bg-white p-5 text-slate-900 shadow-xl backdrop:bg-[rgb(2_6_24/0.6)]"
    >
      <h2 id="shortcuts-heading" className="text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <p className="mt-1 text-sm text-slate-600">On any list of papers. Everything is also reachable with Tab.</p>
      <dl className="mt-4 space-y-2 text-sm">
        {SHORTCUTS.map((s) => (
          <div key={s.description} className="flex items-center justify-between gap-4">
            <dt className="flex gap-1">
              {s.keys.map((k) => (
                <kbd key={k} className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">
                  {k}
                </kbd>
              ))}
            </dt>
            <dd className="text-right text-slate-700">{s.description}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-5 text-right">
        <button
          type="submit"
          className="min-h-11 rounded-md bg-indigo-600 px-4 text-sm font-medium text-white hover:bg-indigo-700"
        >
          Close
        </button>
      </form>
    </dialog>
  );
}
