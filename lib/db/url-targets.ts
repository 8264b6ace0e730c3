// Whether the record a public URL names exists, for proxy.ts. Next 16 answers a dynamic page's
// notFound() with an empty document whose "not found" only JavaScript draws (vercel/next.js#62228),
// so the proxy sends URLs naming nothing to the server-rendered not-found page instead.
import "server-only";
import { ShareTokenSchema } from "@/lib/validation/library";
import { TOPICS } from "@/lib/domain/taxonomy/topics";
import type { Db } from "./client";

const TOPIC_SLUGS = new Set(TOPICS.map((t) => t.slug));

/** Paths whose page looks a record up: `/papers/<slug>`, `/topics/<slug>`, `/shared/<token>`. */
const TARGETS: { match: RegExp; exists: (db: Db, key: string) => Promise<boolean> }[] = [
  { match: /^\/papers\/([^/]+)$/, exists: async (db, slug) => (await db.paper.count({ where: { slug } })) > 0 },
  // Topics are the taxonomy's (stored at every ingest): no query on the cached topic pages' hot path.
  { match: /^\/topics\/([^/]+)$/, exists: async (_db, slug) => TOPIC_SLUGS.has(slug) },
  {
    match: /^\/shared\/([^/]+)$/,
    exists: async (db, token) =>
      ShareTokenSchema.safeParse(token).success && (await db.collection.count({ where: { shareToken: token } })) > 0,
  },
];

/** False when `pathname` names a paper, topic or shared collection that does not exist; true otherwise. */
export async function urlTargetExists(db: Db, pathname: string): Promise<boolean> {
  for (const target of TARGETS) {
    const key = target.match.exec(pathname)?.[1];
    if (key === undefined) continue;
    try {
      return await target.exists(db, decodeURIComponent(key));
    } catch (error) {
      if (error instanceof URIError) return false; // a malformed %-escape names nothing
      throw error;
    }
  }
  return true;
}
