// The author filter: authors are too many to count on every keystroke, so their values (with counts
// for the current search) are fetched as a name is typed into the opened group. Without JavaScript
// the group is a plain GET form: an exact author name adds the filter.
"use client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import type { Facet } from "@/lib/search/facets";
import { searchHref, toSearchParams, toggle, type SearchQuery } from "@/lib/validation/search-query";
import { FacetLink } from "./facet-link";

const DEBOUNCE_MS = 200;

export function AuthorFacet({ query }: { query: SearchQuery }) {
  const router = useRouter();
  const [open, setOpen] = useState(query.author.length > 0);
  const [name, setName] = useState("");
  const [state, setState] = useState<{ authors: Facet[]; error: boolean; loading: boolean }>({
    authors: [],
    error: false,
    loading: false,
  });
  const controller = useRef<AbortController | null>(null);
  const base = toSearchParams({ ...query, page: 1 });
  const baseQs = base.toString();

  useEffect(() => {
    if (!open || name.trim() === "") {
      controller.current?.abort();
      setState({ authors: [], error: false, loading: false });
      return;
    }
    const timer = setTimeout(async () => {
      controller.current?.abort();
      const mine = new AbortController();
      controller.current = mine;
      const params = new URLSearchParams(baseQs);
      params.set("facet", "authors");
      params.set("name", name.trim());
      setState((s) => ({ ...s, loading: true }));
      try {
        const res = await fetch(`/api/search?${params}`, {
          signal: mine.signal,
          headers: { accept: "application/json" },
        });
        const body = (await res.json()) as { authors?: Facet[] };
        if (!mine.signal.aborted)
          setState({ authors: res.ok ? (body.authors ?? []) : [], error: !res.ok, loading: false });
      } catch {
        if (!mine.signal.aborted) setState({ authors: [], error: true, loading: false });
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [open, name, baseQs]);

  useEffect(() => () => controller.current?.abort(), []);

  // With JavaScript, Enter picks the best match instead of submitting a partial name.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const top = state.authors[0];
    if (!top) return;
    event.preventDefault();
    router.push(searchHref(query, { author: toggle(query.author, top.value) }));
  };
  const selected = query.author.map((v) => ({ value: v, label: v, count: 0 }));
  const shown = state.authors.filter((a) => !query.author.includes(a.value));

  return (
    <nav aria-label="Authors">
      <details open={open || undefined} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="mb-1 flex min-h-11 cursor-pointer items-center font-semibold uppercase tracking-wide text-slate-500 sm:min-h-0">
          Authors
        </summary>
        <ul className="space-y-0.5">
          {selected.map((f) => (
            <li key={f.value}>
              <FacetLink facet={f} selected href={searchHref(query, { author: toggle(query.author, f.value) })} />
            </li>
          ))}
        </ul>
        <form action="/search" method="get" onSubmit={onSubmit} className="mt-1 px-2">
          {[...base].map(([key, value], i) => (
            <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
          ))}
          <label htmlFor="author-name" className="block text-slate-600">
            Author name starts with
          </label>
          <input
            id="author-name"
            name="author"
            type="search"
            autoComplete="off"
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
            className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          />
        </form>
        <ul className="mt-1 space-y-0.5" aria-busy={state.loading} data-testid="author-values">
          {shown.map((f) => (
            <li key={f.value}>
              <FacetLink
                facet={f}
                selected={false}
                href={searchHref(query, { author: toggle(query.author, f.value) })}
              />
            </li>
          ))}
        </ul>
        {state.error && (
          <p role="alert" className="px-2 text-amber-900">
            Authors could not be loaded.
          </p>
        )}
        {!state.error && !state.loading && open && shown.length === 0 && (
          <p className="px-2 text-slate-500">
            {name.trim() ? "No author matches." : "Type the start of a name to see matching authors with their counts."}
          </p>
        )}
      </details>
    </nav>
  );
}
