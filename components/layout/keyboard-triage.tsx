"use client";
// Keyboard triage for every paper list, mounted once: works on any `[data-triage-list]` whose
// entries are `[data-triage-item]`. j/k focus the next/previous paper's link (a real, visible focus),
// Enter/o open it, s presses the item's `[data-triage-bookmark]` button (or hints to sign in), x presses
// its `[data-triage-dismiss]` button ("Not interested", on For you cards), ? shows
// the shortcuts. Keys typed in fields or with modifiers are left alone (lib/keyboard/triage.ts).
import { useEffect, useRef, useState } from "react";
import { moveIndex, parseTriageKey } from "@/lib/keyboard/triage";
import { ShortcutsDialog } from "./shortcuts-dialog";

const ITEMS = "[data-triage-list] [data-triage-item]";
const ACTIVE = "data-triage-active";

function isField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches("input, textarea, select");
}

function visibleItems(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(ITEMS)].filter((el) => el.checkVisibility());
}

function openTarget(item: HTMLElement): HTMLAnchorElement | null {
  return (
    item.querySelector<HTMLAnchorElement>("a[data-triage-open]") ?? item.querySelector<HTMLAnchorElement>("a[href]")
  );
}

function activate(items: HTMLElement[], index: number): void {
  for (const el of items) el.removeAttribute(ACTIVE);
  const item = items[index];
  if (!item) return;
  item.setAttribute(ACTIVE, "");
  openTarget(item)?.focus();
}

export function KeyboardTriage() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [hint, setHint] = useState("");

  useEffect(() => {
    if (!hint) return;
    const timer = setTimeout(() => setHint(""), 4000);
    return () => clearTimeout(timer);
  }, [hint]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || dialog.current?.open) return;
      const { key, ctrlKey, metaKey, altKey, isComposing } = event;
      const action = parseTriageKey({ key, ctrlKey, metaKey, altKey, isComposing, inField: isField(event.target) });
      if (!action) return;
      if (action === "help") {
        event.preventDefault();
        dialog.current?.showModal();
        return;
      }
      const items = visibleItems();
      const focused = document.activeElement;
      let current = items.findIndex((el) => el.contains(focused));
      if (current < 0) current = items.findIndex((el) => el.hasAttribute(ACTIVE));
      if (action === "next" || action === "previous") {
        if (items.length === 0) return;
        event.preventDefault();
        activate(items, moveIndex(current, items.length, action));
        return;
      }
      const item = items[current];
      if (!item) return;
      if (action === "open") {
        // Enter on a focused link or button already does its own thing.
        if (event.key === "Enter" && focused instanceof HTMLElement && focused.matches("a, button, summary")) return;
        event.preventDefault();
        openTarget(item)?.click();
        return;
      }
      if (action === "dismiss") {
        const dismiss = item.querySelector<HTMLElement>("[data-triage-dismiss]");
        if (!dismiss) return;
        event.preventDefault();
        dismiss.click();
        return;
      }
      event.preventDefault();
      const bookmark = item.querySelector<HTMLElement>("[data-triage-bookmark]");
      if (bookmark) bookmark.click();
      else setHint("Sign in to bookmark papers.");
    };
    document.addEventListener("keydown", onKeyDown);
    // Says the shortcuts are live (after hydration), for tests and for CSS that hints at them.
    document.documentElement.dataset.keyboardTriage = "on";
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      delete document.documentElement.dataset.keyboardTriage;
    };
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="min-h-11 rounded px-1 text-xs text-slate-600 underline-offset-2 hover:text-indigo-700 hover:underline"
      >
        Keyboard shortcuts <kbd className="font-mono">?</kbd>
      </button>
      <ShortcutsDialog ref={dialog} />
      <p role="status" className="fixed inset-x-0 bottom-4 mx-auto w-fit max-w-[calc(100vw-2rem)] empty:hidden">
        {hint && <span className="block rounded-md bg-slate-900 px-4 py-2 text-sm text-white shadow-lg">{hint}</span>}
      </p>
    </>
  );
}
