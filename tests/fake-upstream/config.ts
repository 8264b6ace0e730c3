// Sync settings for tests: every base URL at the fake, politeness and backoff shrunk to milliseconds
// (the defaults are the real etiquette), parsed by the app's own env schema.
import { EnvSchema } from "@/lib/env";
import { type SyncConfig, toSyncConfig } from "@/lib/sync/config";
import type { FakeUpstream } from "./server";

export const FAST_SYNC_ENV = {
  SYNC_ARXIV_DELAY_MS: "0",
  SYNC_HF_DELAY_MS: "0",
  SYNC_BACKOFF_MS: "20",
  SYNC_RETRIES: "3",
  SYNC_TIMEOUT_MS: "3000",
} as const;

export function fakeSyncEnv(fake: FakeUpstream, overrides: Record<string, string> = {}): Record<string, string> {
  return { ...FAST_SYNC_ENV, ...fake.env, ...overrides };
}

export function fakeSyncConfig(fake: FakeUpstream, overrides: Record<string, string> = {}): SyncConfig {
  return toSyncConfig(EnvSchema.parse(fakeSyncEnv(fake, overrides)));
}
