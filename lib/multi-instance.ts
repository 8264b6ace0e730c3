// What several instances of the app need that one does not: every secret from the environment (one
// generated per data directory would differ between instances: sessions and mailed links signed by one
// would fail on the next) and one external Meilisearch that no instance starts. Pure: `npm start` asks.
import type { Env } from "@/lib/env";

type MultiInstanceEnv = Pick<
  Env,
  "MULTI_INSTANCE" | "AUTH_SECRET" | "APP_SECRET" | "MEILI_URL" | "MEILI_MASTER_KEY" | "MEILI_SEARCH_KEY"
>;

const REQUIRED: { name: keyof MultiInstanceEnv; why: string }[] = [
  {
    name: "AUTH_SECRET",
    why: "it signs sessions, and every instance must accept the others' (openssl rand -base64 48)",
  },
  {
    name: "APP_SECRET",
    why: "it signs mailed links, and every instance must accept the others' (openssl rand -base64 48)",
  },
  { name: "MEILI_URL", why: "it names the shared Meilisearch; in multi-instance mode no instance starts its own" },
  { name: "MEILI_MASTER_KEY", why: "it lets the starter and the sync write the index (the web process never gets it)" },
  { name: "MEILI_SEARCH_KEY", why: "it is the search-only key the web process uses" },
];

/** Why this environment cannot start an instance of several (empty: it can, or it is a single instance). */
export function multiInstanceProblems(env: MultiInstanceEnv): string[] {
  if (!env.MULTI_INSTANCE) return [];
  return REQUIRED.filter(({ name }) => !env[name]).map(({ name, why }) => `${name} is not set: ${why}`);
}
