// Three projects: `unit` (pure code + real SQLite + real Meilisearch, fast), `postgres` (the integration
// tests that go through lib/db, on a throwaway PostgreSQL) and `e2e` (production build driven by Debian
// chromium). `npm test` runs them all.
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; under vitest it is a no-op.
  "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only.ts"),
};

// Every integration test that reaches the database only through lib/db; the others open SQLite files
// themselves (their own DATABASE_FILE, better-sqlite3 directly) and stay SQLite-only.
const POSTGRES_TESTS = [
  "tests/integration/authors-in-exports.test.ts",
  "tests/integration/follows.test.ts",
  "tests/integration/history.test.ts",
  "tests/integration/ingest.test.ts",
  "tests/integration/library.test.ts",
  "tests/integration/reassign-topics.test.ts",
  "tests/integration/search.test.ts",
  "tests/integration/sync-enrich.test.ts",
  "tests/integration/trending.test.ts",
  "tests/integration/sync-lease.test.ts",
  "tests/integration/email-follows.test.ts",
  "tests/integration/sources.test.ts",
  "tests/integration/auth.test.ts",
  "tests/integration/accounts-mail.test.ts",
  "tests/integration/feeds.test.ts",
  "tests/integration/email-digest.test.ts",
  "tests/integration/search-features.test.ts",
  "tests/integration/shared-page-cache.test.ts",
  "tests/integration/cached-page-server.test.ts",
];

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: [
            "lib/**/*.test.ts",
            "components/**/*.test.tsx",
            "scripts/**/*.test.ts",
            "tests/integration/**/*.test.ts",
            "tests/db/**/*.test.ts",
          ],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The integration tests that go through lib/db, again on PostgreSQL (tests/setup/db.ts).
        resolve: { alias },
        test: {
          name: "postgres",
          include: POSTGRES_TESTS,
          env: { TEST_DATABASE: "postgresql" },
          globalSetup: ["tests/setup/postgres-global.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/setup/e2e-global.ts"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
