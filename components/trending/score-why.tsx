// A trending card's meta row: the score in a few words, and "Why?" with every part of it, readable
// without JavaScript (<details>).
import { Fragment } from "react";
import type { Score } from "@/lib/trending/score";
import { summarizeScore } from "@/lib/trending/summary";
import type { WindowKind } from "@/lib/trending/windows";

export function ScoreMeta({ score, position, kind }: { score: Score; position: number; kind: WindowKind }) {
  return (
    <>
      <span>{summarizeScore(score, position, kind).join(" · ")}</span>
      <span aria-hidden="true">·</span>
      <ScoreWhy score={score} />
    </>
  );
}

function ScoreWhy({ score }: { score: Score }) {
  return (
    <details className="open:basis-full">
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-indigo-700 hover:underline sm:min-h-0">
        Why? Score {score.value.toFixed(2)}
      </summary>
      <p className="mb-1">(community + digest position) × recency</p>
      <dl className="grid grid-cols-[auto_auto_1fr] gap-x-3 gap-y-1">
        {score.parts.map((part) => (
          <Fragment key={part.label}>
            <dt className="font-medium text-slate-700">{part.label}</dt>
            <dd className="tabular-nums">{part.value}</dd>
            <dd>{part.detail}</dd>
          </Fragment>
        ))}
      </dl>
    </details>
  );
}
