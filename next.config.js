// Next.js configuration. better-sqlite3 is a native addon: keep it out of the server bundle.
/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // `npm start` builds on first start: type-checking there doubled the wait and a type error is no
  // reason to refuse to serve. Types are checked by `npm run validate` (CI) and `npm run typecheck`.
  typescript: { ignoreBuildErrors: true },
  // Cached pages (ISR) live in this process's memory only: a page cached by an earlier run — with
  // another database, or before an ingest made while the app was stopped — is never served.
  experimental: {
    isrFlushToDisk: false,
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
