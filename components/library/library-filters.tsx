// Search and filters for the library: a GET form, so it works without JavaScript and is linkable.
import type { CollectionSummary } from "@/lib/db/collections";
import type { TagCount } from "@/lib/db/bookmarks";
import type { LibraryQuery } from "@/lib/validation/library";

type Props = {
  query: LibraryQuery;
  collections: CollectionSummary[];
  tags: TagCount[];
  topics: { slug: string; name: string }[];
};

const selectClass = "rounded-md border border-slate-300 px-2 py-1.5 text-sm";

export function LibraryFilters({ query, collections, tags, topics }: Props) {
  return (
    <form
      method="get"
      action="/library"
      role="search"
      aria-label="Search your library"
      className="flex flex-wrap items-end gap-3"
    >
      <div className="flex min-w-0 flex-1 basis-56 flex-col gap-1">
        <label htmlFor="library-q" className="text-xs font-medium text-slate-600">
          Search titles, abstracts, notes, tags
        </label>
        <input
          id="library-q"
          name="q"
          type="search"
          defaultValue={query.q}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
        />
      </div>
      <Select
        name="collection"
        label="Collection"
        value={query.collection?.toString()}
        options={collections.map((c) => [String(c.id), c.name])}
      />
      <Select name="tag" label="Tag" value={query.tag} options={tags.map((t) => [t.name, `${t.name} (${t.count})`])} />
      <Select name="topic" label="Topic" value={query.topic} options={topics.map((t) => [t.slug, t.name])} />
      <Select
        name="read"
        label="Read state"
        value={query.read}
        options={[
          ["unread", "Unread"],
          ["read", "Read"],
        ]}
      />
      <Select
        name="sort"
        label="Order"
        value={query.sort}
        options={[
          ["saved", "Newest saved"],
          ["paper", "Paper date"],
        ]}
        any={false}
      />
      <button
        type="submit"
        className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700"
      >
        Apply
      </button>
    </form>
  );
}

function Select({
  name,
  label,
  value,
  options,
  any = true,
}: {
  name: string;
  label: string;
  value?: string;
  options: [string, string][];
  any?: boolean;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`library-${name}`} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      <select id={`library-${name}`} name={name} defaultValue={value ?? ""} className={selectClass}>
        {any && <option value="">Any</option>}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
