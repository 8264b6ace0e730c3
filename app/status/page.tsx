// Ingest status: the sync per source, last successful ingest per format, papers per day, days without
// a digest, recent errors.
import type { Metadata } from "next";
import { PapersPerDayChart } from "@/components/charts/papers-per-day-chart";
import { DerivedStatus } from "@/components/status/derived-status";
import { SyncStatus } from "@/components/status/sync-status";
import { toDayRanges } from "@/lib/charts";
import { getDb } from "@/lib/db/client";
import { getIngestStatus } from "@/lib/db/status";
import { getEnv } from "@/lib/env";
import { formatDay } from "@/lib/format";
import { toSyncConfig } from "@/lib/sync/config";
import { toSyncStatusView } from "@/lib/sync/status-view";
import { isWeekend } from "@/lib/domain/days";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Status" };

const when = (d: Date) => d.toISOString().replace("T", " ").slice(0, 16) + " UTC";

export default async function StatusPage() {
  const status = await getIngestStatus(getDb());
  const gaps = toDayRanges(status.missingDays);
  const weekendDays = status.missingDays.filter(isWeekend).length;
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold tracking-tight">Ingest status</h1>
      {/* Served from the page cache for up to a minute (app/cached/status): say when it was true. */}
      <p className="text-sm text-slate-600">As of {when(new Date())}.</p>
      <SyncStatus view={toSyncStatusView({ ...status.sync, config: toSyncConfig(getEnv()), now: new Date() })} />
      <DerivedStatus derived={status.derived} />
      <section aria-labelledby="last-heading">
        <h2 id="last-heading" className="mb-2 text-lg font-semibold">
          Last successful ingest
        </h2>
        {status.lastSuccess.length === 0 ? (
          <p className="text-sm text-slate-600">Nothing has been ingested yet.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {status.lastSuccess.map((r) => (
              <li key={r.format}>
                <span className="font-medium">{r.format}</span> — {when(r.finishedAt)} from{" "}
                <code className="break-all">{r.source}</code>: {r.created} created, {r.updated} updated, {r.unchanged}{" "}
                unchanged, {r.rejected} rejected
              </li>
            ))}
          </ul>
        )}
      </section>
      {status.perDay.length > 0 && <PapersPerDayChart perDay={status.perDay} />}
      <section aria-labelledby="missing-heading">
        <h2 id="missing-heading" className="mb-2 text-lg font-semibold">
          Days with no digest
        </h2>
        {gaps.length === 0 ? (
          <p className="text-sm text-slate-600">None between the first and the latest digest shown.</p>
        ) : (
          <>
            <p className="text-sm text-slate-600">
              {status.missingDays.length} of the {status.perDay.length} days shown had no digest
              {weekendDays > 0 && `; ${weekendDays} of them fell on weekends, when arXiv and Hugging Face publish none`}
              .
            </p>
            <ul className="mt-2 space-y-1 text-sm">
              {gaps.map((g) => (
                <li key={g.start}>
                  {g.days === 1 ? formatDay(g.start) : `${formatDay(g.start)} – ${formatDay(g.end)}`}
                  <span className="text-slate-500">
                    {g.days > 1 && ` (${g.days} days)`}
                    {g.weekend && " — weekend"}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="errors-heading">
        <h2 id="errors-heading" className="mb-2 text-lg font-semibold">
          Recent errors
        </h2>
        {status.recentErrors.length === 0 ? (
          <p className="text-sm text-slate-600">No failed ingests.</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {status.recentErrors.map((e, i) => (
              <li key={i} className="rounded-md bg-white p-3 ring-1 ring-slate-200">
                <p className="text-slate-500">
                  {when(e.startedAt)} · {e.format} · <code className="break-all">{e.source}</code>
                </p>
                <p className="break-words text-red-800">{e.error}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
