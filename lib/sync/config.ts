// What the sync runs, how often and how politely: its slice of the validated environment, named.
import type { Env } from "@/lib/env";

export const SYNC_SOURCES = ["hf", "arxiv", "enrich"] as const;
export type SyncSourceName = (typeof SYNC_SOURCES)[number];

export const SOURCE_LABELS: Record<SyncSourceName, string> = {
  hf: "Hugging Face daily papers",
  arxiv: "arXiv new submissions (OAI-PMH)",
  enrich: "arXiv metadata for papers lacking it (API)",
};

export type SyncConfig = {
  scheduled: boolean;
  sources: SyncSourceName[];
  categories: string[];
  every: Record<SyncSourceName, number>;
  backfillDays: number;
  refreshDays: number;
  hfBaseUrl: string;
  arxivApiUrl: string;
  arxivOaiUrl: string;
  arxivDelayMs: number;
  hfDelayMs: number;
  backoffMs: number;
  retries: number;
  timeoutMs: number;
  leaseMs: number;
  userAgent: string;
};

export function toSyncConfig(env: Env): SyncConfig {
  return {
    scheduled: env.SYNC === "on",
    // In the order a run takes them: enrichment last, once the other two have added papers.
    sources: SYNC_SOURCES.filter((s) => env.SYNC_SOURCES.includes(s)),
    categories: env.SYNC_ARXIV_CATEGORIES,
    every: { hf: env.SYNC_HF_EVERY, arxiv: env.SYNC_ARXIV_EVERY, enrich: env.SYNC_ENRICH_EVERY },
    backfillDays: env.SYNC_BACKFILL_DAYS,
    refreshDays: env.SYNC_REFRESH_DAYS,
    hfBaseUrl: env.HF_API_BASE_URL.replace(/\/+$/, ""),
    arxivApiUrl: env.ARXIV_API_BASE_URL,
    arxivOaiUrl: env.ARXIV_OAI_BASE_URL,
    arxivDelayMs: env.SYNC_ARXIV_DELAY_MS,
    hfDelayMs: env.SYNC_HF_DELAY_MS,
    backoffMs: env.SYNC_BACKOFF_MS,
    retries: env.SYNC_RETRIES,
    timeoutMs: env.SYNC_TIMEOUT_MS,
    leaseMs: env.SYNC_LEASE_SECONDS * 1_000,
    // arXiv asks harvesters to say who they are; a contact lets an operator reach a misbehaving one.
    userAgent: `Paperboard/0.1 (self-hosted research-paper discovery; scheduled sync${env.SYNC_CONTACT ? `; ${env.SYNC_CONTACT}` : ""})`,
  };
}

/** Requests to both arXiv services share one pace (arXiv's terms: one request every 3 s, all APIs). */
export function paceOf(config: SyncConfig, url: string): { key: string; ms: number } {
  if (url.startsWith(config.arxivApiUrl) || url.startsWith(config.arxivOaiUrl))
    return { key: "arxiv", ms: config.arxivDelayMs };
  return { key: "hf", ms: config.hfDelayMs };
}
