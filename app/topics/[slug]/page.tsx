// One topic, per request (signed-in readers, uncached query strings); anonymous visitors are served
// app/cached/topics/[slug]/[key] by proxy.ts.
import type { Metadata } from "next";
import { TopicPage, topicMetadata } from "@/components/trending/topic-page";
import { getCurrentUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicMetadata((await params).slug);
}

export default async function Page({ params, searchParams }: Props) {
  const [{ slug }, query, user] = await Promise.all([params, searchParams, getCurrentUser()]);
  return <TopicPage slug={slug} searchParams={query} readerId={user?.id} />;
}
