// Renders one feed as RSS 2.0, Atom 1.0 or JSON Feed with the `feed` library: pure, no I/O.
import { Feed, type Item } from "feed";
import { escapeHtml } from "@/lib/escape-html";
import { excerpt } from "@/lib/format";
import type { FeedFormat } from "./feed-path";
import { paperPageUrl, toLabelledLinks, type PaperLinkSource } from "./paper-links";

export type FeedEntry = PaperLinkSource & {
  title: string;
  abstract: string;
  digestDate: string;
  authors?: string[];
  topics: { slug: string; name: string }[];
};

export type FeedDocument = {
  title: string;
  description: string;
  /** Absolute URL of the page the feed mirrors. */
  pageUrl: string;
  /** Absolute self URLs, one per format. */
  feedUrls: Record<FeedFormat, string>;
  updated: Date;
  entries: FeedEntry[];
};

const dayToDate = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * Atom titles are emitted as type="html" and RSS readers treat titles and descriptions as HTML, so
 * every untrusted string is HTML-escaped for the XML formats (a `<script>` title shows as text).
 * JSON Feed titles and summaries are plain text by spec: there the text goes in raw.
 */
function toItem(entry: FeedEntry, format: FeedFormat, baseUrl: string, updated: Date): Item {
  const text = format === "json" ? (s: string) => s : escapeHtml;
  const link = paperPageUrl(baseUrl, entry.slug);
  const links = toLabelledLinks(entry)
    .map((l) => `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></li>`)
    .join("");
  const topics = entry.topics.map((t) => escapeHtml(t.name)).join(", ");
  const content = [
    `<p>${escapeHtml(entry.abstract)}</p>`,
    topics ? `<p>Topics: ${topics}</p>` : "",
    links ? `<ul>${links}</ul>` : "",
  ].join("");
  return {
    title: text(entry.title),
    id: link,
    link,
    // A catalogue paper may have neither a digest day nor a publication date (digestDate ""): Atom still
    // needs an entry date, so it takes the feed's own, and no publication date is claimed.
    date: entry.digestDate ? dayToDate(entry.digestDate) : updated,
    published: entry.digestDate ? dayToDate(entry.digestDate) : undefined,
    description: text(excerpt(entry.abstract, 500)),
    content,
    // No author element at all when none is known: `feed` fails on an empty author list.
    author: entry.authors?.length ? entry.authors.map((name) => ({ name: text(name) })) : undefined,
    // The library leaves `<` unescaped in Atom's label attribute: topic names come from the code
    // taxonomy, but strip angle brackets anyway so the XML stays well-formed.
    category: entry.topics.map((t) => ({
      name: t.name.replace(/[<>]/g, ""),
      term: t.slug,
      domain: `${baseUrl}/topics/${t.slug}`,
    })),
  };
}

export function renderFeed(doc: FeedDocument, format: FeedFormat, baseUrl: string): string {
  const feed = new Feed({
    id: doc.feedUrls.atom,
    title: doc.title,
    description: doc.description,
    link: doc.pageUrl,
    language: "en",
    updated: doc.updated,
    generator: "Paperboard",
    feedLinks: doc.feedUrls,
    // Atom needs an author on the feed when entries have none (sources without authors, like the seed).
    author: { name: "Paperboard", link: baseUrl },
    copyright: "Abstracts belong to their authors.",
    favicon: `${baseUrl}/icon.svg`,
  });
  for (const entry of doc.entries) feed.addItem(toItem(entry, format, baseUrl, doc.updated));
  return format === "rss" ? feed.rss2() : format === "atom" ? feed.atom1() : feed.json1();
}
