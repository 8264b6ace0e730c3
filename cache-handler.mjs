// Next's incremental cache (the cached browse pages, ISR) for Paperboard: a thin adapter over the
// shared page cache the web process installs before Next starts (scripts/serve.ts →
// lib/cache/shared-page-cache.ts: entries and tag revalidation times in the app's own database).
// Plain JavaScript because Next imports this file itself — from the web process, which runs compiled
// JavaScript without tsx, and from `next build`, where no database may exist yet: with no cache
// installed (the build, or `next start` run by hand) it caches nothing, so it can never serve a page
// rendered from another database.
const PAGE_CACHE_GLOBAL = Symbol.for("paperboard.page-cache");

/** The installed cache, or null. Looked up per call: Next may construct a handler before it is set. */
function installed() {
  return globalThis[PAGE_CACHE_GLOBAL] ?? null;
}

export default class PaperboardCacheHandler {
  // Next passes its context (dev, serverDistDir, …); nothing in it is needed here.
  constructor() {}

  async get(key, ctx) {
    return (await installed()?.get(key, ctx)) ?? null;
  }

  async set(key, data, ctx) {
    await installed()?.set(key, data, ctx);
  }

  async revalidateTag(tags) {
    await installed()?.revalidateTag(tags);
  }

  // Nothing is kept per request: every get asks the shared cache.
  resetRequestCache() {}
}
