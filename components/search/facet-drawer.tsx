// Where the facets sit: beside the results from 768 px up; below that a "Filters (n)" control, so the
// first result stays above a phone's fold. Without JavaScript it is a native <details> disclosure (CSS
// keeps it open and its summary hidden on wide screens); with it, a modal <dialog> drawer — the page
// behind is inert, Escape closes it and focus returns to the button.
"use client";
import { useRef, useSyncExternalStore, type MouseEvent, type ReactNode } from "react";
import { trapTab } from "@/components/layout/trap-tab";

/** Tailwind's `md` breakpoint, where the facet column appears. */
const NARROW = "(width < 48rem)";

function subscribe(onChange: () => void): () => void {
  const media = matchMedia(NARROW);
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}

const label = (count: number) => (count > 0 ? `Filters (${count})` : "Filters");
const buttonClass =
  "inline-flex min-h-11 cursor-pointer items-center gap-1 rounded-md bg-white px-3 text-sm font-medium text-indigo-700 ring-1 ring-slate-300 hover:bg-indigo-50";

/** `count`: the filters on now; `children`: the facet panel, rendered once whichever form it takes. */
export function FacetDrawer({ count, children }: { count: number; children: ReactNode }) {
  // null while rendering on the server and hydrating: the no-JavaScript form, identical on both sides.
  const narrow = useSyncExternalStore(
    subscribe,
    () => matchMedia(NARROW).matches,
    () => null,
  );
  const dialog = useRef<HTMLDialogElement>(null);

  if (narrow === null) {
    return (
      <details className="md:[&::details-content]:block md:[&::details-content]:[content-visibility:visible]">
        <summary className={`${buttonClass} list-none md:hidden [&::-webkit-details-marker]:hidden`}>
          {label(count)}
        </summary>
        <div className="mt-3 md:mt-0">{children}</div>
      </details>
    );
  }
  if (!narrow) return <div>{children}</div>;

  // A click on the backdrop lands on the dialog element itself (its content box is the panel).
  const closeOnBackdrop = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) event.currentTarget.close();
  };
  return (
    <div>
      <button type="button" aria-haspopup="dialog" className={buttonClass} onClick={() => dialog.current?.showModal()}>
        {label(count)}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="facet-heading"
        onKeyDown={trapTab}
        onClick={closeOnBackdrop}
        className="fixed inset-y-0 left-0 m-0 h-full max-h-none w-[min(20rem,85vw)] bg-white text-slate-900 shadow-xl backdrop:bg-[rgb(2_6_24/0.6)]"
      >
        <div className="h-full overflow-y-auto p-4">
          <form method="dialog" className="mb-2 flex justify-end">
            <button type="submit" className={buttonClass}>
              Close
            </button>
          </form>
          {children}
        </div>
      </dialog>
    </div>
  );
}
