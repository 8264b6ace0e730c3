// The ingest log: every attempt is recorded with its outcome (shown on /status later, issue 6).
import "server-only";
import type { Db } from "./client";

export type RunCounts = { created: number; updated: number; unchanged: number; rejected: number };

export async function startIngestRun(db: Db, source: string, format: string): Promise<number> {
  const run = await db.ingestRun.create({ data: { source, format, status: "running" }, select: { id: true } });
  return run.id;
}

export async function finishIngestRun(db: Db, id: number, outcome: { counts: RunCounts } | { error: string }) {
  await db.ingestRun.update({
    where: { id },
    data:
      "error" in outcome
        ? { status: "failed", finishedAt: new Date(), error: outcome.error }
        : { status: "succeeded", finishedAt: new Date(), ...outcome.counts },
  });
}
