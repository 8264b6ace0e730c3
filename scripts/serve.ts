// The web process (started by scripts/start.ts): Next.js through its documented custom-server API,
// behind lib/edge/server.ts, which fixes the client address and caps request bodies first. Before Next
// starts, it installs the page cache shared through the database (cache-handler.mjs asks it) and the
// rate limiter. Two kinds of request are answered here, before Next: anonymous searches
// (lib/api/search-fast-path.ts) and fresh cached pages and feeds (lib/cache/cached-page-server.ts).
// Once it answers, it loads For you's data in the background.
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { withSearchFastPath } from "@/lib/api/search-fast-path";
import { getAuthSecret } from "@/lib/auth/secret";
import { createCachedPageServer } from "@/lib/cache/cached-page-server";
import { createSharedPageCache, installSharedPageCache, type SharedPageCache } from "@/lib/cache/shared-page-cache";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { closeDb } from "@/lib/db/connection";
import { configuredHeaders } from "@/lib/edge/configured-headers";
import { createEdgeServer, type RequestHandler } from "@/lib/edge/server";
import { getEnv } from "@/lib/env";
import { installRateLimiter } from "@/lib/rate-limit/limiter";
import { warmForYou } from "@/lib/recs/warm";

const dev = process.argv.includes("--dev");

async function main(): Promise<void> {
  const env = getEnv();
  // Its own connection: the page cache must not share a client with Next's bundled copy of lib/db.
  const cacheDb = createPrismaClient(env.DATABASE);
  const cache = createSharedPageCache(cacheDb);
  installSharedPageCache(cache);
  installRateLimiter(cacheDb);
  const app = next({ dev, dir: process.cwd(), port: env.PORT });
  await app.prepare();
  const nextHandler = app.getRequestHandler();
  // In dev every request goes to Next: its hot reload must see every edit, and it renders each page afresh.
  const handler = dev ? nextHandler : withFastPaths(nextHandler, cache, cacheDb);
  const server = createEdgeServer(handler, {
    trustProxy: env.TRUST_PROXY,
    bodyLimits: { defaultBytes: env.BODY_LIMIT_BYTES, importBytes: env.IMPORT_BODY_LIMIT_BYTES },
  });
  server.on("error", (error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  });
  // Every interface, as `next start` does: put a proxy in front and set TRUST_PROXY (README).
  server.listen(env.PORT, () => {
    console.log(
      `Ready on port ${env.PORT}${env.TRUST_PROXY ? ` (trusting ${env.TRUST_PROXY} proxy hop${env.TRUST_PROXY === 1 ? "" : "s"})` : ""}`,
    );
    if (!dev) warmForYouInBackground(cacheDb);
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Finish the requests in flight, then let Next flush what it must (caches, `after` callbacks).
    server.close(
      () =>
        void app
          .close()
          .then(() => closeDb(cacheDb))
          .finally(() => process.exit(0)),
    );
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

/** Next's handler behind the two answers given before it: anonymous searches first (the cheapest test), then cached pages. */
function withFastPaths(nextHandler: RequestHandler, cache: SharedPageCache, db: Db): RequestHandler {
  const headersFor = configuredHeaders(readRoutesManifest());
  const serveCachedPage = createCachedPageServer({
    cache,
    db,
    authSecret: getAuthSecret(),
    configuredHeaders: headersFor,
  });
  const cachedOrNext = async (req: IncomingMessage, res: ServerResponse) => {
    if (!(await serveCachedPage(req, res))) await nextHandler(req, res);
  };
  return withSearchFastPath(cachedOrNext, db, headersFor("/api/search"));
}

/** The build's routes manifest: where next.config.js's headers() rules are, compiled. */
function readRoutesManifest(): unknown {
  return JSON.parse(readFileSync(path.join(process.cwd(), ".next", "routes-manifest.json"), "utf8"));
}

/**
 * For you's vocabulary, background pool and candidates, loaded once the server answers: a second or
 * two of this process's CPU at 300k papers, instead of seconds on the first reader's request. The caches
 * are process-wide (globalThis), so Next's copy of lib/recs finds them.
 */
function warmForYouInBackground(db: Db): void {
  const started = Date.now();
  warmForYou(db).then(
    (w) => {
      console.log(
        w
          ? `For you warmed in ${Date.now() - started} ms (${w.candidates.month} papers this month)`
          : "For you not warmed: no features stored yet (the background sync or the first request fits them)",
      );
    },
    (error: unknown) => console.warn(`warning: could not warm For you: ${(error as Error).message}`),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.message}` : error);
  process.exit(1);
});
