// Reading the cached browse pages as an anonymous visitor sees them: whether Next served a copy from
// the cache, and a card's vote count.

/** Next's header on a cached page: "HIT", "STALE", "MISS", or null for a page rendered per request. */
export const cacheState = (res: Response): string | null => res.headers.get("x-nextjs-cache");

/** The vote count an anonymous visitor of `base` + `url` is shown on the card titled `title`. */
export async function anonymousVotes(base: string, url: string, title: string): Promise<number> {
  const html = await (await fetch(`${base}${url}`, { redirect: "manual" })).text();
  const card = html.slice(html.indexOf(`>${title}</a>`));
  const count = /Upvote<span class="tabular-nums"> \(<!-- -->(\d+)<!-- -->\)/.exec(card)?.[1];
  if (count === undefined) throw new Error(`no vote count for ${title} on ${base}${url}`);
  return Number(count);
}
