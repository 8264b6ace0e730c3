// "/" focuses the search box from any page (the search page's own box when there is one), unless
// the user is typing somewhere already.
"use client";
import { useEffect } from "react";

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function SlashFocus() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
      const box = document.getElementById("search-q") ?? document.getElementById("site-search");
      if (!(box instanceof HTMLInputElement)) return;
      event.preventDefault();
      box.focus();
      box.select();
    };
    document.addEventListener("keydown", onKeyDown);
    // Marks the page as hydrated: keyboard shortcuts work from here on (browser tests wait for it).
    document.documentElement.dataset.js = "ready";
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  return null;
}
