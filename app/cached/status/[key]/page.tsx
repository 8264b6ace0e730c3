// `/status`, cached (ISR): proxy.ts rewrites here; the very page of app/status. Ingests and syncs that
// store papers revalidate it (lib/cache/revalidate.ts); a sync that stored nothing, or a changed search
// state, shows within a minute — the page says when it was rendered. The one key is "default": a
// parameter keeps the build from rendering it (the database may not exist then).
import { notFound } from "next/navigation";
import StatusPage from "@/app/status/page";
import { PLAIN_PAGE_KEY } from "@/lib/cache/browse-cache";

export { metadata } from "@/app/status/page";

export const dynamic = "force-static";
export const revalidate = 60;

export function generateStaticParams(): { key: string }[] {
  return [];
}

export default async function Page({ params }: { params: Promise<{ key: string }> }) {
  if ((await params).key !== PLAIN_PAGE_KEY) notFound();
  return <StatusPage />;
}
