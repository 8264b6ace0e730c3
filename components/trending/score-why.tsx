// "Why is this here?": the trending score's parts, readable without JavaScript (<details>).
import type { Score } from "@/lib/trending/score";

export function ScoreWhy({ score }: { score: Score }) {
  return (
    <details className="mt-2 text-xs text-slate-600">
      <summary className="inline-flex min-h-11 cursor-pointer items-center">Why is this here? Score {score.value.toFixed(2)}</summary>
      <p className="mb-1">(community + digest position) × recency</p>
      <dl className="grid grid-cols-[auto_auto_1fr] gap-x-3 gap-y-1">
        {score.parts.map((part) => (
          <div key={part.label} className="contents">
            <dt className="font-medium text-slate-700">{part.label}</dt>
            <dd className="tabular-nums">{part.value}</dd>
            <dd>{part.detail}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
