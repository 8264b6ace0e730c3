// Site header: brand, primary navigation and a search form that works without JavaScript.
import Link from "next/link";
import { AccountNav } from "./account-nav";
import { SlashFocus } from "./slash-focus";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="inline-flex min-h-11 items-center text-lg font-semibold tracking-tight text-slate-900">
          Paperboard
        </Link>
        <nav aria-label="Primary" className="flex gap-2 text-sm font-medium">
          <Link href="/" className="inline-flex min-h-11 items-center rounded px-2 text-slate-700 hover:text-indigo-700">
            Trending
          </Link>
          <Link href="/topics" className="inline-flex min-h-11 items-center rounded px-2 text-slate-700 hover:text-indigo-700">
            Topics
          </Link>
          <Link href="/similar" className="inline-flex min-h-11 items-center rounded px-2 text-slate-700 hover:text-indigo-700">
            Similar
          </Link>
        </nav>
        <form action="/search" method="get" role="search" aria-label="Site search" className="flex min-w-0 flex-1 basis-48 gap-2">
          <label htmlFor="site-search" className="sr-only">
            Search papers
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search papers…  ( / )"
            aria-keyshortcuts="/"
            className="min-h-11 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          />
          <button type="submit" className="min-h-11 rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-700">
            Search
          </button>
        </form>
        <AccountNav />
        <ThemeToggle />
      </div>
      <SlashFocus />
    </header>
  );
}
