// The environment of the web process — pure. It faces visitors, so it gets what serving needs and no
// more: a search-only Meilisearch key, never the master key (which the starter and the indexing
// CLIs keep).
import type { SearchTarget } from "@/lib/search/client";

export type WebEnvOptions = {
  dev: boolean;
  dataDir: string;
  databaseFile: string;
  /** Where to search and with which key (see lib/search/search-key.ts); null: search unavailable. */
  search: SearchTarget | null;
};

export function toWebProcessEnv(parent: Record<string, string | undefined>, options: WebEnvOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...parent,
    NEXT_TELEMETRY_DISABLED: "1",
    // Next's custom server reads NODE_ENV as it loads (`next start` and `next dev` would set it).
    NODE_ENV: options.dev ? "development" : "production",
    DATA_DIR: options.dataDir,
    DATABASE_FILE: options.databaseFile,
  };
  delete env.MEILI_MASTER_KEY;
  delete env.MEILI_SEARCH_KEY;
  if (options.search) {
    env.MEILI_URL = options.search.url;
    env.MEILI_INDEX = options.search.indexName;
    if (options.search.apiKey) env.MEILI_SEARCH_KEY = options.search.apiKey;
  }
  return env;
}
