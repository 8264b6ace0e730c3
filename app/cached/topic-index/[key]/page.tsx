// `/topics`, cached (ISR): proxy.ts rewrites here; the very page of app/topics, revalidated with the
// other cached pages (lib/cache/revalidate.ts), at worst after 5 minutes. The one key is "default":
// a parameter keeps the build from rendering it (the database may not exist then).
import { notFound } from "next/navigation";
import TopicsPage from "@/app/topics/page";
import { PLAIN_PAGE_KEY } from "@/lib/cache/browse-cache";

export { metadata } from "@/app/topics/page";

export const dynamic = "force-static";
export const revalidate = 300;

export function generateStaticParams(): { key: string }[] {
  return [];
}

export default async function Page({ params }: { params: Promise<{ key: string }> }) {
  if ((await params).key !== PLAIN_PAGE_KEY) notFound();
  return <TopicsPage />;
}
