// The For you list for a reader, scope and period: ranked cards, each with why and "Not interested".
import { PaperList } from "@/components/paper/paper-list";
import { toCardData } from "@/components/paper/card-data";
import { formatDay } from "@/lib/format";
import type { ForYou } from "@/lib/recs/for-you";
import { PERIOD_LABEL, type Period } from "@/lib/recs/period";
import { ColdStart } from "./cold-start";
import { DismissButton } from "./dismiss-button";
import { RecommendationWhy } from "./recommendation-why";

type Props = {
  result: ForYou;
  period: Period;
  followed: string[];
  scoped: boolean;
  onlyNew: boolean;
  returnTo: string;
};

export function ForYouView({ result, period, followed, scoped, onlyNew, returnTo }: Props) {
  if (result.status === "no-papers") {
    return <p className="text-sm text-slate-600">No papers have been ingested yet.</p>;
  }
  if (result.status === "cold")
    return <ColdStart positiveCount={result.positiveCount} followed={followed} scoped={scoped} returnTo={returnTo} />;
  const range =
    result.from === result.to ? formatDay(result.to) : `${formatDay(result.from)} – ${formatDay(result.to)}`;
  return (
    <>
      <h2 className="mb-3 text-sm text-slate-600">
        {PERIOD_LABEL[period]} ({range}) · {result.items.length} {result.items.length === 1 ? "paper" : "papers"} ranked
        by what you saved ({result.positiveCount})
      </h2>
      {result.items.length === 0 ? (
        <p className="rounded-md bg-white p-4 text-sm text-slate-600 ring-1 ring-slate-200">
          {onlyNew
            ? "Nothing new since your last visit in this period: you are caught up."
            : "No new papers in this period that you have not saved or hidden. Try a longer period."}
        </p>
      ) : (
        <PaperList
          label="Recommended for you"
          returnTo={returnTo}
          papers={result.items.map((r) => ({
            ...toCardData(r.card),
            rank: undefined,
            footer: (
              <>
                <RecommendationWhy terms={r.terms} because={r.because} />
                <DismissButton paperId={r.card.id} returnTo={returnTo} />
              </>
            ),
          }))}
        />
      )}
    </>
  );
}
