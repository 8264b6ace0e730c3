"use client";
// The signed-in reader's state on a cached page, fetched once per page in the browser: every
// bookmark/vote button and the header's account links ask for it on mount, and one batched
// GET /api/me/state answers them all. Only browsers holding the reader cookie ask (see
// lib/cache/reader-cookie.ts): anonymous visitors never make the request.
import { useEffect, useState, useSyncExternalStore } from "react";
import { READER_COOKIE, readReaderCookie } from "@/lib/cache/reader-cookie";
import type { ViewerJson } from "@/lib/library/viewer-json";
import { READER_STATE_MAX_IDS } from "@/lib/validation/reader-state-limit";

/** What one reader (one cookie nonce) is known to have; replaced, never mutated, on each change. */
export type ReaderState = {
  owner: string;
  signedIn: boolean;
  bookmarked: ReadonlySet<string>;
  voted: ReadonlySet<string>;
  votes: ReadonlyMap<string, number>;
};

let state: ReaderState | null = null;
/** Papers some button asked about, and those already answered for (a paper with no bookmark or vote leaves no trace in the state). */
const asked = new Set<string>();
const fetched = new Set<string>();
/** Presses made on this page ("bookmark|id", "vote|id"): newer than any answer still in flight. */
const pressed = new Set<string>();
let flushing: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

/**
 * The nonce in the reader cookie, read once per run of script: every bookmark and vote button asks on
 * mount, and sixty of them made over a hundred reads of document.cookie (a slow accessor in Chrome)
 * in one commit — the costliest script on a page of cards. The cookie changes between runs (a
 * response, another tab) or through writeCookie below, which forgets the read.
 */
let ownerRead: { value: string | null } | null = null;
function currentOwner(): string | null {
  if (!ownerRead) {
    ownerRead = { value: readReaderCookie(document.cookie) };
    queueMicrotask(() => (ownerRead = null));
  }
  return ownerRead.value;
}
function writeCookie(cookie: string): void {
  document.cookie = cookie;
  ownerRead = null;
}

function publish(next: ReaderState | null): void {
  state = next;
  for (const listener of listeners) listener();
}

/** The nonce `asked`, `fetched` and `state` belong to. */
let askedFor: string | null = null;

/** Drops what was kept for another nonce (signed out, or another reader signed in). */
function ensureOwner(owner: string): void {
  if (askedFor === owner) return;
  askedFor = owner;
  asked.clear();
  fetched.clear();
  pressed.clear();
  state = null;
}

async function flush(): Promise<void> {
  flushing = undefined;
  const owner = currentOwner();
  if (!owner) return;
  const ids = [...asked].filter((id) => !fetched.has(id));
  if (ids.length === 0 && state) return;
  ids.forEach((id) => fetched.add(id));
  for (let i = 0; i === 0 || i < ids.length; i += READER_STATE_MAX_IDS) {
    const batch = ids.slice(i, i + READER_STATE_MAX_IDS);
    const response = await fetch(`/api/me/state?ids=${batch.map(encodeURIComponent).join(",")}`, {
      cache: "no-store",
      credentials: "same-origin",
    }).catch(() => null);
    if (!response?.ok || currentOwner() !== owner) return;
    merge(owner, (await response.json()) as ViewerJson, batch);
  }
}
/** `batch`'s answers replace what was known of those papers, except for presses made since. */
function merge(owner: string, json: ViewerJson, batch: string[]): void {
  if (!json.signedIn) {
    // The session ended: forget the nonce, so this browser stops asking and gets rendered pages.
    writeCookie(`${READER_COOKIE}=; path=/; max-age=0; samesite=lax`);
    publish(null);
    return;
  }
  const base = state?.owner === owner ? state : null;
  const bookmarked = new Set(base?.bookmarked);
  const voted = new Set(base?.voted);
  const votes = new Map(base?.votes);
  const answered = { bookmark: new Set(json.bookmarked), vote: new Set(json.voted) };
  for (const id of batch) {
    for (const [kind, set] of [
      ["bookmark", bookmarked],
      ["vote", voted],
    ] as const) {
      if (pressed.has(`${kind}|${id}`)) continue;
      if (answered[kind].has(id)) set.add(id);
      else set.delete(id);
    }
    if (!pressed.has(`vote|${id}`)) votes.set(id, json.votes[id] ?? 0);
  }
  publish({ owner, signedIn: true, bookmarked, voted, votes });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The snapshot only while the cookie still names its owner (a sign-out clears the cookie). */
function snapshot(): ReaderState | null {
  return state && currentOwner() === state.owner ? state : null;
}

/**
 * The reader's state, or null (anonymous, not fetched yet, or `enabled` false: the server already
 * rendered this reader's state). `paperId`: ask for this paper's state too.
 */
export function useReaderState(enabled: boolean, paperId?: string): ReaderState | null {
  useEffect(() => {
    const owner = enabled ? currentOwner() : null;
    if (!owner) return;
    ensureOwner(owner);
    if (paperId) asked.add(paperId);
    flushing ??= setTimeout(() => void flush(), 0);
  }, [enabled, paperId]);
  const live = useSyncExternalStore(subscribe, snapshot, () => null);
  return enabled ? live : null;
}

/** After a toggle succeeded: the next card showing this paper (another page, back navigation) agrees. */
export function rememberToggle(paperId: string, kind: "bookmark" | "vote", on: boolean, count?: number): void {
  const owner = currentOwner();
  if (!owner) return;
  ensureOwner(owner);
  pressed.add(`${kind}|${paperId}`);
  state ??= { owner, signedIn: true, bookmarked: new Set(), voted: new Set(), votes: new Map() };
  const set = new Set(kind === "bookmark" ? state.bookmarked : state.voted);
  if (on) set.add(paperId);
  else set.delete(paperId);
  const votes = count === undefined ? state.votes : new Map(state.votes).set(paperId, count);
  publish(kind === "bookmark" ? { ...state, bookmarked: set, votes } : { ...state, voted: set, votes });
}

/** Whether this browser has a reader (read after mount: the server cannot know). */
export function useReaderBrowser(): boolean {
  const [reader, setReader] = useState(false);
  useEffect(() => setReader(currentOwner() !== null), []);
  return reader;
}

/** Sets the reader cookie (a signed-in page rendered per request mounts this once). */
export function markReaderBrowser(): void {
  if (currentOwner()) return;
  const nonce = crypto.randomUUID().replaceAll("-", "");
  const secure = location.protocol === "https:" ? "; secure" : "";
  writeCookie(`${READER_COOKIE}=${nonce}; path=/; max-age=${30 * 86_400}; samesite=lax${secure}`);
}
