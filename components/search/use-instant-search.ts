// Instant search state: debounced fetches of /api/search, the previous results kept on screen while
// the next load (no flicker), and stale responses dropped by aborting the request they belong to.
"use client";
import { useEffect, useRef, useState } from "react";
import type { SearchResult } from "@/lib/search/search-papers";
import { toSearchParams, type SearchQuery } from "@/lib/validation/search-query";
import type { ViewerJson } from "@/lib/library/viewer-json";

const DEBOUNCE_MS = 180;

export type InstantState = {
  /** `viewer`: the visitor's bookmark/vote state for the hits (sent by /api/search). */
  result: (SearchResult & { viewer?: ViewerJson }) | null;
  error: string | null;
  busy: boolean;
  /** The query names a known paper (arXiv id or URL): Enter opens it. */
  jump: { href: string; title: string } | null;
};

const ERROR_MESSAGES: Record<number, string> = {
  429: "You are searching very fast — results will catch up in a moment.",
  503: "Search is unavailable right now. Trending and topic pages still work — please try again in a moment.",
};

export function useInstantSearch(query: SearchQuery, initial: InstantState) {
  const [state, setState] = useState(initial);
  const controller = useRef<AbortController | null>(null);
  const first = useRef(true);
  const qs = toSearchParams(query).toString();

  useEffect(() => {
    // The server already rendered the first state for this URL.
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(async () => {
      controller.current?.abort();
      const mine = new AbortController();
      controller.current = mine;
      setState((s) => ({ ...s, busy: true }));
      window.history.replaceState(null, "", qs ? `/search?${qs}` : "/search");
      try {
        const res = await fetch(`/api/search?${qs}`, { signal: mine.signal, headers: { accept: "application/json" } });
        const body: unknown = await res.json();
        if (mine.signal.aborted) return;
        if (!res.ok) {
          const message = ERROR_MESSAGES[res.status] ?? readMessage(body);
          setState((s) => ({ ...s, busy: false, error: message }));
          return;
        }
        if (isRedirect(body)) {
          // An arXiv id typed while instant-searching: offer it; jump only on Enter (the form submit).
          setState((s) => ({ ...s, busy: false, error: null, jump: { href: body.redirect, title: body.paper.title } }));
          return;
        }
        // Our own API from the same build: its shape is SearchResult (validated on the server side).
        setState({ result: body as SearchResult & { viewer?: ViewerJson }, error: null, busy: false, jump: null });
      } catch (error) {
        if (mine.signal.aborted) return;
        setState((s) => ({ ...s, busy: false, error: (error as Error).message || "Search failed." }));
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [qs]);

  useEffect(() => () => controller.current?.abort(), []);
  return state;
}

function isRedirect(body: unknown): body is { redirect: string; paper: { title: string } } {
  return typeof body === "object" && body !== null && typeof (body as { redirect?: unknown }).redirect === "string";
}

function readMessage(body: unknown): string {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === "string" ? message : "Search failed.";
}
