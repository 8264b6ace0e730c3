// `/papers/<slug>`, cached (ISR): proxy.ts rewrites here. The very page of app/papers/[slug], rendered
// with no reader (force-static reads no cookies); the reader's buttons complete it in the browser.
// Revalidated by votes, bookmarks, ingests and syncs (lib/cache/revalidate.ts), at worst after 5 minutes.
export { default, generateMetadata } from "@/app/papers/[slug]/page";

export const dynamic = "force-static";
export const revalidate = 300;

export function generateStaticParams(): { slug: string }[] {
  return [];
}
