// Next.js configuration. better-sqlite3 is a native addon: keep it out of the server bundle.
import { fileURLToPath } from "node:url";

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // `npm start` builds on first start: type-checking there doubled the wait and a type error is no
  // reason to refuse to serve. Types are checked by `npm run validate` (CI) and `npm run typecheck`.
  typescript: { ignoreBuildErrors: true },
  // Cached pages (ISR) live in the app's own database (cache-handler.mjs → lib/cache/shared-page-cache.ts),
  // shared by every instance on it, revalidations included. A page cached by an earlier run with
  // another database is never served (its entries are in that database), and one cached before an
  // ingest made while the app was stopped is stale (the ingest records its revalidation there too).
  // No per-process memory copy in Next itself (cacheMaxMemorySize 0): it would hide another instance's
  // revalidation; the shared cache keeps its own small front and checks it against the database.
  cacheHandler: fileURLToPath(new URL("./cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  experimental: {
    // A ceiling only: the web server (lib/edge/server.ts) answers 413 first, per path — generous for
    // the library import, small everywhere else (BODY_LIMIT_BYTES, IMPORT_BODY_LIMIT_BYTES ≤ 8 MiB).
    serverActions: { bodySizeLimit: "8mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
