// What /status and `npm run sync -- --status` say per source, from stored state.
import { describe, expect, it } from "vitest";
import { EnvSchema } from "@/lib/env";
import type { SyncSourceRow } from "@/lib/db/sync-state";
import { toSyncConfig } from "./config";
import { formatSyncStatus, toSyncStatusView } from "./status-view";

const now = new Date("2026-03-16T12:00:00Z");
const row = (name: string, fields: Partial<SyncSourceRow>): SyncSourceRow => ({
  name,
  lastRunAt: null,
  runningSince: null,
  lastSuccessAt: null,
  nextRunAt: null,
  lastError: null,
  lastErrorAt: null,
  failures: 0,
  papersAdded: 0,
  totalAdded: 0,
  ...fields,
});

describe("toSyncStatusView", () => {
  it("says per source its last success, next run, papers added and last error", () => {
    const rows = [
      row("hf", {
        lastRunAt: now,
        lastSuccessAt: new Date("2026-03-16T09:00:00Z"),
        nextRunAt: new Date("2026-03-16T15:00:00Z"),
        papersAdded: 12,
        totalAdded: 340,
      }),
      row("arxiv", {
        lastRunAt: now,
        lastErrorAt: new Date("2026-03-16T11:58:00Z"),
        lastError: "https://oaipmh.arxiv.org/oai?…: request failed: fetch failed",
        nextRunAt: new Date("2026-03-16T12:03:00Z"),
        failures: 1,
      }),
      row("enrich", { lastRunAt: now, runningSince: now }),
    ];
    const view = toSyncStatusView({ rows, lease: null, config: toSyncConfig(EnvSchema.parse({})), now });
    expect(view.sources.map((s) => [s.name, s.state])).toEqual([
      ["hf", "ok"],
      ["arxiv", "failing"],
      ["enrich", "interrupted"],
    ]);
    expect(view.sources[0]).toMatchObject({
      lastSuccess: "2026-03-16 09:00 UTC",
      nextRun: "2026-03-16 15:00 UTC",
      papersAdded: "12 by the last successful run, 340 in all",
      lastError: null,
    });
    expect(view.sources[1]).toMatchObject({
      lastSuccess: "never",
      lastError: "2026-03-16 11:58 UTC: https://oaipmh.arxiv.org/oai?…: request failed: fetch failed",
    });
    expect(view.running).toBeNull();
    const lines = formatSyncStatus(view);
    expect(lines).toContain(
      "  last error:   2026-03-16 11:58 UTC: https://oaipmh.arxiv.org/oai?…: request failed: fetch failed",
    );
    expect(lines).toContain("  next run:     2026-03-16 15:00 UTC");
  });

  it("shows a live lease as a running sync, and sources left out or an off scheduler as such", () => {
    const lease = {
      holder: "box:42:ab",
      acquiredAt: new Date("2026-03-16T11:59:00Z"),
      expiresAt: new Date("2026-03-16T12:04:00Z"),
    };
    const config = toSyncConfig(EnvSchema.parse({ SYNC: "off", SYNC_SOURCES: "hf,enrich" }));
    const view = toSyncStatusView({ rows: [row("enrich", { lastRunAt: now, runningSince: now })], lease, config, now });
    expect(view.running).toBe("a sync is running since 2026-03-16 11:59 UTC (box:42:ab)");
    expect(view.sources.map((s) => [s.name, s.state, s.nextRun])).toEqual([
      ["hf", "never run", "by hand (SYNC=off)"],
      ["arxiv", "off", "not in SYNC_SOURCES"],
      ["enrich", "running", "by hand (SYNC=off)"],
    ]);
  });
});
