// The web process (started by scripts/start.ts): Next.js through its documented custom-server API,
// behind lib/edge/server.ts, which fixes the client address and caps request bodies first. Before Next
// starts, it installs the page cache shared through the database (cache-handler.mjs asks it) and the
// rate limiter; anonymous searches (GET /api/search) are answered before Next (lib/api/search-fast-path.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import next from "next";
import { withSearchFastPath } from "@/lib/api/search-fast-path";
import { createSharedPageCache, installSharedPageCache } from "@/lib/cache/shared-page-cache";
import { createPrismaClient } from "@/lib/db/client";
import { closeDb } from "@/lib/db/connection";
import { configuredHeadersFor } from "@/lib/edge/configured-headers";
import { createEdgeServer } from "@/lib/edge/server";
import { getEnv } from "@/lib/env";
import { installRateLimiter } from "@/lib/rate-limit/limiter";

const dev = process.argv.includes("--dev");

async function main(): Promise<void> {
  const env = getEnv();
  // Its own connection: the page cache must not share a client with Next's bundled copy of lib/db.
  const cacheDb = createPrismaClient(env.DATABASE);
  installSharedPageCache(createSharedPageCache(cacheDb));
  installRateLimiter(cacheDb);
  const app = next({ dev, dir: process.cwd(), port: env.PORT });
  await app.prepare();
  const nextHandler = app.getRequestHandler();
  // In dev, Next's hot reload must see every edit: no fast path compiled once at start.
  const handler = dev
    ? nextHandler
    : withSearchFastPath(nextHandler, cacheDb, configuredHeadersFor(readRoutesManifest(), "/api/search"));
  const server = createEdgeServer(handler, {
    trustProxy: env.TRUST_PROXY,
    bodyLimits: { defaultBytes: env.BODY_LIMIT_BYTES, importBytes: env.IMPORT_BODY_LIMIT_BYTES },
  });
  server.on("error", (error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  });
  // Every interface, as `next start` does: put a proxy in front and set TRUST_PROXY (README).
  server.listen(env.PORT, () =>
    console.log(
      `Ready on port ${env.PORT}${env.TRUST_PROXY ? ` (trusting ${env.TRUST_PROXY} proxy hop${env.TRUST_PROXY === 1 ? "" : "s"})` : ""}`,
    ),
  );

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

/** The build's routes manifest: where next.config.js's headers() rules are, compiled. */
function readRoutesManifest(): unknown {
  return JSON.parse(readFileSync(path.join(process.cwd(), ".next", "routes-manifest.json"), "utf8"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.message}` : error);
  process.exit(1);
});
