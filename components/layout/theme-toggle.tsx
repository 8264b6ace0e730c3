"use client";
// Light/dark switch in the header. The effective theme is the stored choice on <html data-theme>, else the
// system setting; clicking stores the opposite of what is shown (localStorage) and applies it at once.
import { useSyncExternalStore } from "react";
import { THEME_STORAGE_KEY, parseTheme, type Theme } from "@/lib/theme/theme";

const DARK_QUERY = "(prefers-color-scheme: dark)";

function readTheme(): Theme {
  return parseTheme(document.documentElement.dataset.theme) ?? (matchMedia(DARK_QUERY).matches ? "dark" : "light");
}

function subscribe(onChange: () => void): () => void {
  const media = matchMedia(DARK_QUERY);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  media.addEventListener("change", onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener("change", onChange);
  };
}

export function ThemeToggle() {
  // Server snapshot is null: the button renders neutral, then shows the real state after hydration.
  const theme = useSyncExternalStore<Theme | null>(subscribe, readTheme, () => null);
  const toggle = () => {
    const next: Theme = readTheme() === "dark" ? "light" : "dark";
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage may be disabled (private mode): the choice then lasts for this page only.
    }
  };
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={theme === null ? undefined : theme === "dark"}
      title="Dark theme"
      className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 hover:text-indigo-700"
    >
      <span className="sr-only">Dark theme</span>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </button>
  );
}
