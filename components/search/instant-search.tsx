// Enhances the server-rendered search: results follow typing, arrow keys walk the results, Enter on
// the form navigates (so the server stays the source of truth and arXiv ids redirect there).
"use client";
import type { ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { toParamLists } from "@/lib/validation/params";
import { SearchQuerySchema, countFilters, toSearchParams, type SearchQuery } from "@/lib/validation/search-query";
import { FacetDrawer } from "./facet-drawer";
import { FacetPanel } from "./facet-panel";
import { SearchForm } from "./search-form";
import { SearchResults } from "./search-results";
import { useInstantSearch, type InstantState } from "./use-instant-search";

export const UNAVAILABLE =
  "Search is unavailable right now. Trending and topic pages still work — please try again in a moment.";
const RESULT_LINKS = '[aria-label="Search results"] > li h2 a';

/** `initialList`: the server-rendered result list for `initial` (with bookmark controls), shown until the query changes. */
export function InstantSearch({
  query,
  initial,
  initialList,
}: {
  query: SearchQuery;
  initial: InstantState;
  initialList?: ReactNode;
}) {
  const router = useRouter();
  const [q, setQ] = useState(query.q);
  const inputRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const live = { ...query, q: q.trim(), page: q.trim() === query.q ? query.page : 1 };
  const { result, error, busy, jump } = useInstantSearch(live, initial);

  function navigate(form: HTMLFormElement) {
    const entries = [...new FormData(form)].map(([key, value]) => [key, String(value)]);
    const parsed = SearchQuerySchema.safeParse(toParamLists(new URLSearchParams(entries)));
    if (!parsed.success) return form.submit();
    const qs = toSearchParams({ ...parsed.data, page: 1 }).toString();
    router.push(qs ? `/search?${qs}` : "/search");
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(event.currentTarget);
  };

  function moveFocus(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = [...(rootRef.current?.querySelectorAll<HTMLAnchorElement>(RESULT_LINKS) ?? [])];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === "ArrowDown" ? at + 1 : at - 1;
    if (at === -1 && event.key === "ArrowUp") return;
    event.preventDefault();
    if (next < 0) inputRef.current?.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  }

  return (
    <div ref={rootRef} onKeyDown={moveFocus}>
      <SearchForm
        query={query}
        value={q}
        onValueChange={setQ}
        onSubmit={onSubmit}
        onRefine={() => inputRef.current?.form && navigate(inputRef.current.form)}
        inputRef={inputRef}
      />
      {jump && (
        <p role="status" className="mt-4 rounded-md bg-indigo-50 p-3 text-sm text-indigo-900">
          Press Enter to open{" "}
          <a href={jump.href} className="font-semibold underline">
            {jump.title}
          </a>
          .
        </p>
      )}
      {(error || !result) && (
        <p role="alert" className="mt-6 rounded-md bg-amber-50 p-4 text-sm text-amber-900">
          {error ?? UNAVAILABLE}
        </p>
      )}
      {result && (
        <div className="mt-4 grid gap-4 md:mt-6 md:grid-cols-[14rem_1fr] md:gap-6">
          <FacetDrawer count={countFilters(result.query)}>
            <FacetPanel query={result.query} facets={result.facets} />
          </FacetDrawer>
          <SearchResults result={result} busy={busy} list={result === initial.result ? initialList : undefined} />
        </div>
      )}
    </div>
  );
}
