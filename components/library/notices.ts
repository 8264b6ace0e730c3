// Notices the library actions redirect with (codes only: no user text travels in the URL).
export const NOTICES: Record<string, { text: string; error?: boolean }> = {
  saved: { text: "Bookmark saved." },
  created: { text: "Collection created." },
  renamed: { text: "Collection renamed." },
  deleted: { text: "Collection deleted (its bookmarks stay in your library)." },
  shared: { text: "Share link created. Anyone with the link can read the collection." },
  revoked: { text: "Share link revoked." },
  "not-found": { text: "That item does not exist or is not yours.", error: true },
  invalid: { text: "That input was not accepted (check names are unique and not empty).", error: true },
  failed: { text: "Something went wrong.", error: true },
};
