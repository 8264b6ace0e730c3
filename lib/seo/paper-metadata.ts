// Page metadata for a paper: title, description, canonical URL, Open Graph article and a large
// Twitter card. The image itself comes from app/papers/[slug]/opengraph-image.tsx (Next adds og:image).
import type { Metadata } from "next";
import { toShareText } from "./share-text";

export function toPaperMetadata(paper: {
  slug: string;
  title: string;
  abstract: string;
  digestDate: string;
  topics: { name: string }[];
}): Metadata {
  const title = toShareText(paper.title, 200);
  const description = toShareText(paper.abstract, 200);
  const url = `/papers/${paper.slug}`;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      siteName: "Paperboard",
      title,
      description,
      url,
      publishedTime: paper.digestDate,
      tags: paper.topics.map((t) => t.name),
    },
    twitter: { card: "summary_large_image", title, description },
  };
}
