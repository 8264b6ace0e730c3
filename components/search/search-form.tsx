// The search page's form: a plain GET form, so it works without JavaScript.
export function SearchForm({ q, topic }: { q: string; topic?: string }) {
  return (
    <form action="/search" method="get" role="search" className="flex gap-2">
      <label htmlFor="search-q" className="sr-only">
        Keywords
      </label>
      <input
        id="search-q"
        name="q"
        type="search"
        defaultValue={q}
        placeholder="e.g. preference, diffusion, agents"
        className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2"
      />
      {topic && <input type="hidden" name="topic" value={topic} />}
      <button type="submit" className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700">
        Search
      </button>
    </form>
  );
}
