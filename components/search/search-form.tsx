// The search form: a plain GET form (works without JavaScript); instant search enhances it.
import type { FormEvent, KeyboardEvent, RefObject } from "react";
import type { SearchQuery } from "@/lib/validation/search-query";
import { MAX_QUERY_LENGTH } from "@/lib/validation/search-query";

type Props = {
  query: SearchQuery;
  /** Controlled by instant search; uncontrolled (defaultValue) on the server. */
  value?: string;
  onValueChange?: (value: string) => void;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  onInputKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  onRefine?: () => void;
  inputRef?: RefObject<HTMLInputElement | null>;
};

const field = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export function SearchForm({ query, value, onValueChange, onSubmit, onInputKeyDown, onRefine, inputRef }: Props) {
  const controlled = value !== undefined;
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label="Search papers and filters"
      onSubmit={onSubmit}
      className="space-y-3"
    >
      <div className="flex gap-2">
        <label htmlFor="search-q" className="sr-only">
          Keywords, a "phrase", -excluded words, or an arXiv id or URL
        </label>
        <input
          id="search-q"
          ref={inputRef}
          name="q"
          type="search"
          autoComplete="off"
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="search-help"
          {...(controlled ? { value, onChange: (e) => onValueChange?.(e.target.value) } : { defaultValue: query.q })}
          onKeyDown={onInputKeyDown}
          placeholder='e.g. diffusion, "reward model" -survey, 2403.12345'
          className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2"
        />
        <button type="submit" className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700">
          Search
        </button>
      </div>
      <p id="search-help" className="text-xs text-slate-500">
        Use “quotes” for a phrase and -word to exclude. Press / anywhere to search, ↓ to move through results.
      </p>
      {query.topic.map((v) => (
        <input key={`t-${v}`} type="hidden" name="topic" value={v} />
      ))}
      {query.category.map((v) => (
        <input key={`c-${v}`} type="hidden" name="category" value={v} />
      ))}
      {query.author.map((v) => (
        <input key={`a-${v}`} type="hidden" name="author" value={v} />
      ))}
      {query.has.map((v) => (
        <input key={`h-${v}`} type="hidden" name="has" value={v} />
      ))}
      <fieldset className="flex flex-wrap items-end gap-3 text-sm">
        <legend className="sr-only">Sort and date range</legend>
        <label className="flex flex-col gap-1">
          <span className="text-slate-600">Sort by</span>
          <select name="sort" defaultValue={query.sort} onChange={onRefine} className={field}>
            <option value="relevance">Relevance</option>
            <option value="newest">Newest</option>
            <option value="trending">Trending</option>
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-slate-600">From month</span>
          <input
            type="month"
            name="from"
            defaultValue={query.from}
            onChange={onRefine}
            pattern="\d{4}-\d{2}"
            placeholder="2026-01"
            className={field}
          />
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-slate-600">To month</span>
          <input
            type="month"
            name="to"
            defaultValue={query.to}
            onChange={onRefine}
            pattern="\d{4}-\d{2}"
            placeholder="2026-03"
            className={field}
          />
        </label>
      </fieldset>
    </form>
  );
}
