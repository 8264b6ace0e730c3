// Notices the library actions redirect with (codes only: no user text travels in the URL). A Map,
// not an object: `?notice=constructor` must find nothing, not Object.prototype's constructor.
export type Notice = { text: string; error?: boolean };

const NOTICES: ReadonlyMap<string, Notice> = new Map([
  ["saved", { text: "Bookmark saved." }],
  ["created", { text: "Collection created." }],
  ["renamed", { text: "Collection renamed." }],
  ["deleted", { text: "Collection deleted (its bookmarks stay in your library)." }],
  ["shared", { text: "Share link created. Anyone with the link can read the collection." }],
  ["revoked", { text: "Share link revoked." }],
  ["not-found", { text: "That item does not exist or is not yours.", error: true }],
  ["invalid", { text: "That input was not accepted (check names are unique and not empty).", error: true }],
  ["failed", { text: "Something went wrong.", error: true }],
]);

/** The notice a `?notice=` code names, or undefined for anything else. */
export function libraryNotice(code: string | undefined): Notice | undefined {
  return code === undefined ? undefined : NOTICES.get(code);
}
