// /status: how far the derived-data sync (topics → related papers → search index) got, so a reader
// after a bulk import sees related papers being computed rather than missing.
import type { IngestStatus } from "@/lib/db/status";

const STAGES: Record<string, string> = {
  topics: "checking topics against the taxonomy",
  features: "fitting the vocabulary of similar-text search and recommendations",
  related: "computing related papers",
  search: "updating the search index",
  done: "up to date",
  failed: "failed (details in the app's log); retried within a minute",
};
const when = (iso: string) => iso.replace("T", " ").slice(0, 16) + " UTC";

export function DerivedStatus({ derived }: { derived: IngestStatus["derived"] }) {
  const { progress, pendingRelated } = derived;
  const running = progress && progress.stage !== "done" && progress.stage !== "failed";
  return (
    <section aria-labelledby="derived-heading">
      <h2 id="derived-heading" className="mb-2 text-lg font-semibold">
        Derived data
      </h2>
      <p className="text-sm" data-testid="related-pending">
        {pendingRelated === 0
          ? "Related papers are computed for every paper."
          : `Related papers pending for ${pendingRelated.toLocaleString("en-US")} papers (computed in the background).`}
      </p>
      {progress && (
        <p className="text-sm text-slate-600" data-testid="derived-progress">
          {running ? "Now" : "Last run"}: {STAGES[progress.stage]}
          {progress.stage === "related" &&
            progress.total > 0 &&
            ` — ${progress.done.toLocaleString("en-US")} of ${progress.total.toLocaleString("en-US")} papers`}
          {progress.stage === "features" &&
            progress.total > 0 &&
            ` — ${Math.floor((100 * progress.done) / progress.total)}% (two passes over the papers)`}
          {progress.stage === "done" &&
            progress.total > 0 &&
            ` — related papers computed for ${progress.done.toLocaleString("en-US")} papers`}{" "}
          (started {when(progress.startedAt)}, updated {when(progress.updatedAt)}).
        </p>
      )}
    </section>
  );
}
