// Reads ?next= and ?bookmark= from a page's search params (sign-in and sign-up pages).
import { ReturnPathSchema } from "./auth";
import { PaperIdSchema } from "./library";

export function parseSignInIntent(params: Record<string, string | string[] | undefined>): {
  next: string;
  bookmark?: string;
} {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const next = ReturnPathSchema.parse(first(params.next) ?? "/");
  const bookmark = PaperIdSchema.safeParse(first(params.bookmark));
  return bookmark.success ? { next, bookmark: bookmark.data } : { next };
}

/** Query string carrying the intent to the other account page (sign-in ↔ sign-up). */
export function intentQuery(intent: { next: string; bookmark?: string }): string {
  const qs = new URLSearchParams({ next: intent.next });
  if (intent.bookmark) qs.set("bookmark", intent.bookmark);
  return qs.toString();
}
