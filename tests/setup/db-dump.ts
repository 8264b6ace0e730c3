// A database's papers and everything derived from them, without timestamps or surrogate ids, in a
// stable order: two runs that should end alike can be compared with toEqual.
import Database from "better-sqlite3";

export function dumpDatabase(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const q = (sql: string) => db.prepare(sql).all();
  try {
    return {
      papers: q(
        `SELECT id, slug, arxivId, arxivVersion, title, abstract, publishedAt, doi, journalRef, comments, keywords, digestDate, rank, source, contentHash FROM Paper ORDER BY id`,
      ),
      authors: q(`SELECT * FROM PaperAuthor ORDER BY paperId, position`),
      categories: q(`SELECT * FROM PaperCategory ORDER BY paperId, position`),
      links: q(`SELECT paperId, url, kind FROM Link ORDER BY paperId, url`),
      topics: q(
        `SELECT paperId, t.slug, reason FROM PaperTopic JOIN Topic t ON t.id = topicId ORDER BY paperId, t.slug`,
      ),
      entries: q(
        `SELECT d.date, d.source, d.paperCount, e.paperId, e.rank, e.upvotes, e.commentCount FROM DigestEntry e JOIN Digest d ON d.id = e.digestId ORDER BY d.date, d.source, e.paperId`,
      ),
      counts: q(
        `SELECT d.date, c.paperId, c.upvotes, c.commentCount FROM DigestEntryCount c JOIN Digest d ON d.id = c.digestId ORDER BY d.date, c.paperId, c.seenAt`,
      ),
      enrichments: q(
        `SELECT paperId, source, outcome, matchedBy, arxivId, fields FROM PaperEnrichment ORDER BY paperId`,
      ),
      fetched: q(`SELECT source, key, papers FROM SyncFetch ORDER BY source, key`),
    };
  } finally {
    db.close();
  }
}
