// A paper's share image (Open Graph, used by Twitter cards too), rendered by next/og with its bundled font
// only: the text goes through toDrawableText, so rendering never fetches fonts.
import { ImageResponse } from "next/og";
import { SHARE_CARD_SIZE, ShareCard } from "@/components/paper/share-card";
import { getDb } from "@/lib/db/client";
import { getPaperBySlug } from "@/lib/db/papers";
import { formatDay } from "@/lib/format";
import { toDrawableText } from "@/lib/seo/share-text";

export const dynamic = "force-dynamic";
export const alt = "The paper's title, topics and digest date on Paperboard";
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const paper = await getPaperBySlug(getDb(), (await params).slug);
  const card = paper
    ? {
        title: toDrawableText(paper.title, 140),
        topics: paper.topics.slice(0, 3).map((t) => toDrawableText(t.name, 40)),
        date: formatDay(paper.digestDate),
      }
    : { title: "Paper not found", topics: [], date: "" };
  return new ImageResponse(<ShareCard {...card} />, { ...size, status: paper ? 200 : 404 });
}
