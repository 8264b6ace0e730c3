// `/topics/<slug>` for anonymous visitors, cached (ISR) like app/cached/trending/[key]/page.tsx.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TopicPage, topicMetadata } from "@/components/trending/topic-page";
import { fromCacheKey } from "@/lib/cache/browse-cache";

export const dynamic = "force-static";
export const revalidate = 300;

type Props = { params: Promise<{ slug: string; key: string }> };

export function generateStaticParams(): { slug: string; key: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicMetadata((await params).slug);
}

export default async function Page({ params }: Props) {
  const { slug, key } = await params;
  const query = fromCacheKey(key);
  if (!query) notFound();
  return <TopicPage slug={slug} searchParams={query} />;
}
