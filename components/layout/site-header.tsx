// Site header, one row at every width: brand, search and — below 1024 px — a menu (<details>, so it
// works without JavaScript) holding the navigation, account links and theme switch, which sit in the
// row itself from 1024 px up (room for a signed-in reader's four account links).
import Link from "next/link";
import { AccountNav } from "./account-nav";
import { HeaderSearchBox } from "./header-search-box";
import { SlashFocus } from "./slash-focus";
import { ThemeToggle } from "./theme-toggle";

const navLink = "inline-flex min-h-11 items-center rounded px-2 text-slate-700 hover:text-indigo-700";

function PrimaryNav({ className }: { className: string }) {
  return (
    <nav aria-label="Primary" className={`text-sm font-medium ${className}`}>
      <Link href="/" className={navLink}>
        Trending
      </Link>
      <Link href="/topics" className={navLink}>
        Topics
      </Link>
      <Link href="/similar" className={navLink}>
        Similar
      </Link>
    </nav>
  );
}

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-x-3 px-4 py-2 lg:gap-x-5">
        <Link
          href="/"
          className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center text-lg font-semibold tracking-tight text-slate-900"
        >
          <span aria-hidden="true" className="rounded-md bg-indigo-600 px-2 py-0.5 text-white sm:hidden">
            P
          </span>
          <span className="max-sm:sr-only">Paperboard</span>
        </Link>
        {/* Hidden below 1024 px (display: none, so out of the accessibility tree): the menu has them there. */}
        <PrimaryNav className="hidden shrink-0 gap-1 lg:flex" />
        <form
          action="/search"
          method="get"
          role="search"
          aria-label="Site search"
          className="relative flex min-w-0 flex-1 gap-2"
        >
          <label htmlFor="site-search" className="sr-only">
            Search papers
          </label>
          <HeaderSearchBox />
          {/* The "/" hint only where there is a keyboard to press it with (not on touch screens). */}
          <kbd
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 right-24 hidden -translate-y-1/2 rounded border border-slate-300 px-1.5 font-mono text-xs text-slate-500 peer-focus:hidden pointer-fine:sm:block"
          >
            /
          </kbd>
          <button
            type="submit"
            className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-700"
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="size-5 sm:hidden"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <circle cx="11" cy="11" r="7" />
              <path d="m20 20-3.5-3.5" strokeLinecap="round" />
            </svg>
            <span className="max-sm:sr-only">Search</span>
          </button>
        </form>
        <div className="hidden shrink-0 items-center gap-3 lg:flex">
          <AccountNav />
          <ThemeToggle />
        </div>
        <details className="group relative shrink-0 lg:hidden">
          <summary className="inline-flex min-h-11 min-w-11 cursor-pointer list-none items-center justify-center rounded-md px-2 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
            Menu
          </summary>
          <div className="absolute right-0 top-full z-40 mt-2 flex w-56 flex-col gap-2 rounded-md border border-slate-200 bg-white p-3 shadow-lg">
            <PrimaryNav className="flex flex-col" />
            <AccountNav />
            <ThemeToggle />
          </div>
        </details>
      </div>
      <SlashFocus />
    </header>
  );
}
