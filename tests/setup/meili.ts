// Starts a real Meilisearch for a test file on a free loopback port, in a temp dir removed afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { SearchTarget } from "@/lib/search/client";
import { findFreePort, startMeilisearch } from "@/lib/search/server";

export type TestMeili = {
  target: SearchTarget;
  port: number;
  dataDir: string;
  stop: () => Promise<void>;
  restart: () => Promise<void>;
};

export async function startTestMeili(indexName = "papers_test"): Promise<TestMeili> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "paperboard-meili-"));
  const port = await findFreePort();
  // Starts with "-" on purpose: generated base64url keys can, and one passed in argv was read as a flag.
  const masterKey = "-test-master-key-0123456789abcdef";
  let server = await startMeilisearch({ dataDir, port, masterKey });
  return {
    target: { url: server.url, apiKey: masterKey, indexName },
    port,
    dataDir,
    stop: async () => {
      await server.stop();
    },
    restart: async () => {
      server = await startMeilisearch({ dataDir, port, masterKey });
    },
  };
}

/** The environment that points the app (or a CLI child) at this test Meilisearch, as dbEnv does for the database. */
export function meiliEnv(meili: TestMeili): Record<string, string> {
  return {
    MEILI_URL: meili.target.url,
    MEILI_MASTER_KEY: meili.target.apiKey ?? "",
    MEILI_INDEX: meili.target.indexName,
  };
}

export async function removeTestMeili(meili: TestMeili): Promise<void> {
  await meili.stop();
  rmSync(meili.dataDir, { recursive: true, force: true });
}
