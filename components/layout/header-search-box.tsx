"use client";
// The header's search box as an ARIA 1.2 combobox: the top 5 matches appear as you type (from
// /api/search), arrows move through them, Enter opens the chosen paper or — with none chosen — the
// full results (the form's own submit), Escape closes the list. Without JavaScript it is the plain
// input of a GET form. The answer is checked with Zod Mini (zod's tree-shakable build): this box is on
// every page, and the full zod build cost every page about 30 kB of gzipped JavaScript.
import { useRouter } from "next/navigation";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { z } from "zod/mini";

const SUGGESTIONS = 5;
const SuggestResponseSchema = z.object({
  hits: z.array(z.object({ slug: z.string(), title: z.array(z.object({ text: z.string() })) })),
});
type Suggestion = { slug: string; title: string };

export function HeaderSearchBox() {
  const router = useRouter();
  const listId = useId();
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const term = q.trim();
    if (term.length < 2) return;
    const abort = new AbortController();
    // A short pause so a fast typist sends one request, not one per key.
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search?${new URLSearchParams({ q: term })}`, { signal: abort.signal });
        if (!response.ok) return;
        const body = SuggestResponseSchema.safeParse(await response.json());
        if (!body.success) return;
        setHits(
          body.data.hits
            .slice(0, SUGGESTIONS)
            .map((h) => ({ slug: h.slug, title: h.title.map((s) => s.text).join("") })),
        );
        setActive(-1);
        setOpen(true);
      } catch {
        // Aborted by the next keystroke, or search is down: the form still submits.
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [q]);

  const expanded = open && hits.length > 0 && q.trim().length >= 2;
  const optionId = (i: number) => `${listId}-option-${i}`;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (hits.length === 0) return;
      event.preventDefault();
      setOpen(true);
      // Positions -1 (the typed text) … last, wrapping; a closed list opens on the first or last match.
      const last = hits.length - 1;
      const down = event.key === "ArrowDown";
      setActive((i) => (!expanded ? (down ? 0 : last) : down ? (i >= last ? -1 : i + 1) : i <= -1 ? last : i - 1));
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if (event.key === "Enter" && expanded && hits[active]) {
      event.preventDefault();
      setOpen(false);
      router.push(`/papers/${hits[active].slug}`);
    }
  }

  return (
    <>
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder="Search papers…"
        aria-keyshortcuts="/"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? optionId(active) : undefined}
        autoComplete="off"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          if (e.target.value.trim().length < 2) setOpen(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => hits.length > 0 && setOpen(true)}
        className="peer min-h-11 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Top matches"
        hidden={!expanded}
        className="absolute top-full right-0 left-0 z-40 mt-1 max-h-80 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
      >
        {hits.map((hit, i) => (
          <li
            key={hit.slug}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              setOpen(false);
              router.push(`/papers/${hit.slug}`);
            }}
            className={`cursor-pointer px-3 py-2 ${i === active ? "bg-indigo-50 text-indigo-900" : "text-slate-800 hover:bg-slate-50"}`}
          >
            {hit.title}
          </li>
        ))}
      </ul>
    </>
  );
}
