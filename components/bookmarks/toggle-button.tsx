"use client";
// An on/off control (bookmark, upvote) that is optimistic with JavaScript and a plain form POST
// without it. Failures roll the optimistic state back and say why in an aria-live region. On a page
// rendered without a reader (the cached copy every reader shares), the pressed state comes from the
// reader's own state, fetched in the browser (./reader-state.ts).
import { usePathname, useSearchParams } from "next/navigation";
import { useRef } from "react";
import { bookmarkFormAction, setBookmark, setUpvote, upvoteFormAction } from "@/lib/actions/bookmarks";
import { rememberToggle, useReaderBrowser, useReaderState } from "./reader-state";
import { useOptimisticToggle } from "./use-optimistic-toggle";

const base =
  "min-h-11 rounded-md border px-2.5 py-1 text-xs sm:min-h-0 font-medium focus-visible:outline-2 focus-visible:outline-indigo-600";
const KINDS = {
  bookmark: {
    formAction: bookmarkFormAction,
    call: setBookmark,
    labels: { on: "★", off: "☆", name: "Bookmark" },
    className: (on: boolean) =>
      `${base} ${on ? "border-amber-400 bg-amber-50 text-amber-900" : "border-slate-300 text-slate-700 hover:bg-slate-100"}`,
  },
  vote: {
    formAction: upvoteFormAction,
    call: setUpvote,
    labels: { on: "▲", off: "△", name: "Upvote" },
    className: (on: boolean) =>
      `${base} ${on ? "border-indigo-400 bg-indigo-50 text-indigo-900" : "border-slate-300 text-slate-700 hover:bg-slate-100"}`,
  },
};

type Props = {
  kind: keyof typeof KINDS;
  paperId: string;
  /** Anonymous: no optimism; the form action sends the visitor to sign in, carrying the intent. */
  signedIn: boolean;
  initialOn: boolean;
  initialCount?: number;
  /**
   * Where the no-JS form returns to. Pages that may be served from the cache pass their public URL:
   * there the router's own pathname is the internal cached route (proxy.ts), not the visitor's URL.
   */
  returnTo?: string;
};

export function ToggleButton(props: Props) {
  // Rendered for a signed-in reader: the server already knew the state. Otherwise ask the browser's.
  const reader = useReaderState(!props.signedIn, props.paperId);
  // Kept once known: if the session ends while the page is open, a press is refused and says so
  // (the optimistic path), rather than the button silently turning into a sign-in link.
  const known = useRef<{ on: boolean; count?: number } | null>(null);
  if (reader) {
    const on = (props.kind === "bookmark" ? reader.bookmarked : reader.voted).has(props.paperId);
    known.current = {
      on,
      count: props.initialCount === undefined ? undefined : (reader.votes.get(props.paperId) ?? 0),
    };
  }
  // Before the state arrives, a reader's press already takes the signed-in path (the actions set a
  // value, so pressing "Bookmark" saves whatever the state was) and is remembered over the answer.
  const readerBrowser = useReaderBrowser();
  if (!known.current) return <ToggleForm {...props} signedIn={props.signedIn || readerBrowser} />;
  // A new key once the reader's state arrives: the form starts over from it (nothing was pressed yet).
  return (
    <ToggleForm key="reader" {...props} signedIn initialOn={known.current.on} initialCount={known.current.count} />
  );
}

function ToggleForm({ kind, paperId, signedIn, initialOn, initialCount, returnTo: givenReturnTo }: Props) {
  // formAction: no-JS POST (redirects back); call: the optimistic path, returning a result.
  const { formAction, call, labels, className } = KINDS[kind];
  const { optimistic, message, onSubmit } = useOptimisticToggle(
    { on: initialOn, count: initialCount },
    async (want) => {
      const result = await call(paperId, want);
      if (result.ok) rememberToggle(paperId, kind, result.on, result.count);
      return result;
    },
  );
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // Serialised only when the page gave no public URL: sixty buttons on a page of cards.
  const search = givenReturnTo === undefined ? searchParams.toString() : "";
  const returnTo = givenReturnTo ?? (search ? `${pathname}?${search}` : pathname);

  return (
    <form action={formAction} onSubmit={signedIn ? onSubmit : undefined} className="inline-flex items-center gap-2">
      <input type="hidden" name="paperId" value={paperId} />
      <input type="hidden" name="on" value={String(!optimistic.on)} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {/* Only a signed-in reader's button answers the `s` key: signed out, triage shows the sign-in hint
          instead of leaving the page. The visible text is the accessible name (WCAG 2.5.3); aria-pressed carries on/off, the icon is decoration. */}
      <button
        type="submit"
        data-triage-bookmark={kind === "bookmark" && signedIn ? "" : undefined}
        aria-pressed={optimistic.on}
        className={className(optimistic.on)}
      >
        <span aria-hidden="true">{optimistic.on ? labels.on : labels.off}</span> {labels.name}
        {optimistic.count !== undefined && <span className="tabular-nums"> ({optimistic.count})</span>}
      </button>
      <span role="status" aria-live="polite" className="text-xs text-red-700">
        {message}
      </span>
    </form>
  );
}
