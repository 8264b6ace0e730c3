// Server-rendered SVG bar charts, readable without JavaScript, with a data table as their text alternative.
// Compact on purpose: they sit in page headers, where people look rather than read. With fewer than
// MIN_CHART_POINTS periods a chart says nothing a sentence cannot, and only pushes the list down.
import { layoutBars } from "@/lib/charts";

/** One row of bars: a name ("papers", "upvotes") and one value per period. */
export type ChartSeries = { name: string; values: number[] };

const W = 320;
const H = 56;
const FILLS = ["fill-indigo-500", "fill-amber-500"];

type Props = { title: string; period: string; labels: string[]; series: ChartSeries[]; note?: string };

export const MIN_CHART_POINTS = 3;

/** "Papers per digest day: 98 papers on 2026-03-13." (series that are all zero are left out). */
function chartSentence(title: string, labels: string[], series: ChartSeries[]): string {
  const parts = labels.map(
    (label, i) => `${series.map((s) => `${s.values[i] ?? 0} ${s.name}`).join(", ")} in ${label}`,
  );
  return `${title}: ${parts.join("; ") || "nothing yet"}.`;
}

export function BarChart({ title, period, labels, series: allSeries, note }: Props) {
  // A series with nothing in it ("upvotes, peak 0") is an empty box: leave it out.
  const series = allSeries.filter((s) => s.values.some((v) => v !== 0));
  if (labels.length < MIN_CHART_POINTS)
    return <p className="text-sm text-slate-600">{chartSentence(title, labels, series)}</p>;
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-3">
      <figcaption className="text-sm font-semibold text-slate-700">{title}</figcaption>
      {series.map((s, i) => (
        <SeriesBars key={s.name} title={title} labels={labels} series={s} fill={FILLS[i % FILLS.length]!} />
      ))}
      <p className="mt-1 flex justify-between text-[11px] text-slate-500" aria-hidden="true">
        <span>{labels[0]}</span>
        <span>{labels.at(-1)}</span>
      </p>
      {note && <p className="mt-1 text-xs text-slate-500">{note}</p>}
      <details className="text-xs text-slate-600">
        <summary className="inline-flex min-h-11 cursor-pointer items-center">Show the numbers</summary>
        <div className="max-h-64 overflow-y-auto">
          <table>
            <thead>
              <tr>
                <th scope="col" className="pr-4 text-left">
                  {period}
                </th>
                {series.map((s) => (
                  <th key={s.name} scope="col" className="pr-4 text-right">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {labels.map((label, row) => (
                <tr key={label}>
                  <th scope="row" className="pr-4 text-left font-normal">
                    {label}
                  </th>
                  {series.map((s) => (
                    <td key={s.name} className="pr-4 text-right tabular-nums">
                      {s.values[row] ?? 0}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

function SeriesBars({
  title,
  labels,
  series,
  fill,
}: {
  title: string;
  labels: string[];
  series: ChartSeries;
  fill: string;
}) {
  const { bars } = layoutBars(
    labels.map((label, i) => ({ label, value: series.values[i] ?? 0 })),
    W,
    H,
  );
  const total = series.values.reduce((sum, v) => sum + v, 0);
  const peak = Math.max(0, ...series.values);
  const periods = `${labels.length} ${labels.length === 1 ? "period" : "periods"}`;
  return (
    <div className="mt-2">
      <p className="flex justify-between text-xs text-slate-600" aria-hidden="true">
        <span>{series.name}</span>
        <span>peak {peak}</span>
      </p>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        className="block h-14 w-full"
        role="img"
        aria-label={`${title}: ${total} ${series.name} over ${periods}, at most ${peak} in one.`}
      >
        <line x1={0} x2={W} y1={H} y2={H} className="stroke-slate-300" />
        {bars.map((b) => (
          <rect key={b.label} x={b.x} y={b.y} width={b.width} height={b.height} className={fill}>
            <title>{`${b.label}: ${b.value} ${series.name}`}</title>
          </rect>
        ))}
      </svg>
    </div>
  );
}
