// Several app instances as docs/deploy.md runs them: one PostgreSQL, one Meilisearch with a search-only
// key, every secret in a shared environment (MULTI_INSTANCE=1), each instance its own port and DATA_DIR.
// Reusable: a test starts the shared services once, then as many instances (or CLIs) as it needs.
import path from "node:path";
import { randomBytes } from "node:crypto";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { runIngest } from "@/lib/ingest/run-ingest";
import { startApp, type AppServer } from "./app-server";
import { meiliEnv, removeTestMeili, startTestMeili, type TestMeili } from "./meili";
import { createMigratedDatabase, startTestPostgres, type TestPostgres } from "./postgres";

export type SharedServices = {
  /** The environment every instance and CLI gets (docs/deploy/paperboard.env.example, test values). */
  env: Record<string, string>;
  /** A client on the shared database, for arranging and checking rows. */
  db: Db;
  startInstance: (extraEnv?: Record<string, string>) => Promise<AppServer>;
  stop: () => Promise<void>;
};

/** A key that may only search the test index: what every web instance gets in multi-instance mode. */
export async function createSearchOnlyKey(meili: TestMeili): Promise<string> {
  const response = await fetch(`${meili.target.url}/keys`, {
    method: "POST",
    headers: { Authorization: `Bearer ${meili.target.apiKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ actions: ["search"], indexes: [meili.target.indexName], expiresAt: null }),
  });
  if (!response.ok)
    throw new Error(`Meilisearch refused to create a search key: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { key: string }).key;
}

/** PostgreSQL + Meilisearch, migrated and seeded with the bundled digest (as an operator's one ingest would). */
export async function startSharedServices(): Promise<SharedServices> {
  const cluster: TestPostgres = await startTestPostgres();
  const meili = await startTestMeili("papers_multi");
  const instances: AppServer[] = [];
  try {
    const url = await createMigratedDatabase(cluster, "multi");
    const db = createPrismaClient(url);
    await runIngest({
      db,
      file: path.join(process.cwd(), "prisma", "seed-digest.txt"),
      today: new Date("2026-11-27"),
      search: meili.target,
    });
    const env = {
      MULTI_INSTANCE: "1",
      DATABASE_URL: url,
      ...meiliEnv(meili),
      MEILI_SEARCH_KEY: await createSearchOnlyKey(meili),
      AUTH_SECRET: randomBytes(36).toString("base64url"),
      APP_SECRET: randomBytes(36).toString("base64url"),
      TRUST_PROXY: "1",
    };
    return {
      env,
      db,
      startInstance: async (extraEnv = {}) => {
        const app = await startApp({ ...env, ...extraEnv });
        instances.push(app);
        return app;
      },
      stop: async () => {
        for (const app of instances) await app.stop();
        await db.$disconnect();
        await removeTestMeili(meili);
        await cluster.stop();
      },
    };
  } catch (error) {
    await removeTestMeili(meili);
    await cluster.stop();
    throw error;
  }
}
