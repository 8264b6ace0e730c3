// The sync section of /status: per source its state, last success, next run, papers added, last error.
import type { SyncStatusView } from "@/lib/sync/status-view";

// Red is not among the colours the dark theme remaps (globals.css): it gets its own dark shade.
const FAILING = "text-red-800 dark:text-red-300";
const STATE_TONE: Record<string, string> = {
  failing: FAILING,
  interrupted: "text-amber-800",
  running: "text-indigo-700",
};

export function SyncStatus({ view }: { view: SyncStatusView }) {
  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading" className="mb-2 text-lg font-semibold">
        Sync from Hugging Face and arXiv
      </h2>
      <p className="text-sm text-slate-600">
        Scheduled sync: {view.scheduler.replaceAll("`", "")}.{view.running && ` ${view.running}.`}
      </p>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {view.sources.map((s) => (
          <li key={s.name} className="rounded-md bg-white p-3 text-sm ring-1 ring-slate-200">
            <h3 className="font-medium">
              {s.label} <span className={STATE_TONE[s.state] ?? "text-slate-600"}>— {s.state}</span>
            </h3>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="text-slate-500">Last success</dt>
              <dd>{s.lastSuccess}</dd>
              <dt className="text-slate-500">Next run</dt>
              <dd>{s.nextRun}</dd>
              <dt className="text-slate-500">Papers added</dt>
              <dd>{s.papersAdded}</dd>
              {s.lastError && (
                <>
                  <dt className="text-slate-500">Last error</dt>
                  <dd className={`break-words font-mono text-xs ${FAILING}`}>{s.lastError}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
