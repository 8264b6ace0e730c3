// Derives what storage needs from a validated source record: identity, slug, authors, links, topics, hash.
import { createHash } from "node:crypto";
import type { PaperWrite } from "@/lib/db/paper-writes";
import { authorIdFor, paperIdFor, slugFor } from "@/lib/domain/paper-identity";
import { classifyLink, extractUrls } from "./links";
import type { SourceRecord } from "./source-record";
import { assignTopics } from "./taxonomy";

export function toPaperWrite(record: SourceRecord, source: string): PaperWrite {
  const id = paperIdFor({ arxivId: record.arxivId, title: record.title });
  const titleKey = paperIdFor({ arxivId: null, title: record.title });
  // The same person listed twice (differently spelt) is one author, at their first position.
  const seen = new Set<string>();
  const authors = record.authors
    .map((name) => ({ id: authorIdFor(name), name }))
    .filter((a) => !seen.has(a.id) && seen.add(a.id));
  const urls = [...new Set([...record.links, ...extractUrls(`${record.title} ${record.abstract}`)])];
  const links = urls.map((url) => ({ url, kind: classifyLink(url) }));
  const topics = assignTopics(record.title, record.abstract, record.categories ?? []);
  const stored = {
    arxivId: record.arxivId,
    arxivVersion: record.arxivVersion,
    title: record.title,
    abstract: record.abstract,
    publishedAt: record.publishedAt,
    doi: record.doi,
    journalRef: record.journalRef,
    comments: record.comments,
    keywords: record.keywords,
  };
  const contentHash = createHash("sha256")
    .update(JSON.stringify([stored, authors, record.categories, links, topics]))
    .digest("base64url")
    .slice(0, 22);
  return {
    id,
    slug: slugFor(record.title, id),
    titleKey,
    ...stored,
    source,
    contentHash,
    authors,
    categories: [...new Set(record.categories)],
    links,
    topics,
    appearance: record.appearance,
  };
}
