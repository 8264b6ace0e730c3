// Whether Next will answer a request as a link prefetch — pure. Next renders only the route tree for
// those (never the page), so they cost no search; but it strips its router headers before proxy.ts
// runs, so the edge server copies the one that decides into a header of ours.

/** "1" when the request is a prefetch, absent otherwise; set (or removed) by the edge on every request. */
export const PREFETCH_HEADER = "x-paperboard-prefetch";

/** The header Next reads (next/dist/client/components/app-router-headers) to serve the tree only. */
export function isNextPrefetch(nextRouterPrefetch: string | string[] | undefined): boolean {
  return nextRouterPrefetch === "1";
}
