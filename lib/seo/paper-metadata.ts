// Page metadata for a paper: title, description, canonical URL, Open Graph article and a large
// Twitter card. The image itself is drawn by app/papers/[slug]/opengraph-image.tsx; it is named here too,
// because the cached copy of the page (app/cached/papers) is another route, which has no image file.
import type { Metadata } from "next";
import { toShareText } from "./share-text";

/** The share image's size, in pixels (what Open Graph and Twitter expect of a large card). */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

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
  const images = [
    {
      url: `${url}/opengraph-image`,
      ...SHARE_IMAGE_SIZE,
      alt: "The paper's title, topics and digest date on Paperboard",
    },
  ];
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
      images,
    },
    twitter: { card: "summary_large_image", title, description, images },
  };
}
