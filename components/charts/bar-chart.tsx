// A server-rendered SVG bar chart, readable without JavaScript, with a data table as its text alternative.
import { layoutBars, type Datum } from "@/lib/charts";

const W = 640;
const H = 140;

export function BarChart({ title, data, unit }: { title: string; data: Datum[]; unit: string }) {
  const { bars, max } = layoutBars(data, W, H);
  const total = data.reduce((sum, d) => sum + d.value, 0);
  const first = data[0]?.label;
  const last = data.at(-1)?.label;
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-2 text-sm font-semibold text-slate-700">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H + 18}`} className="h-auto w-full" role="img" aria-label={`${title}: ${total} ${unit} over ${data.length} periods, at most ${Math.max(0, ...data.map((d) => d.value))} in one.`}>
        <line x1={0} x2={W} y1={H} y2={H} className="stroke-slate-300" />
        {bars.map((b) => (
          <rect key={b.label} x={b.x} y={b.y} width={b.width} height={b.height} rx={1} className="fill-indigo-500">
            <title>{`${b.label}: ${b.value} ${unit}`}</title>
          </rect>
        ))}
        <text x={0} y={H + 14} className="fill-slate-500 text-[11px]">{first}</text>
        <text x={W} y={H + 14} textAnchor="end" className="fill-slate-500 text-[11px]">{last}</text>
        <text x={W} y={10} textAnchor="end" className="fill-slate-500 text-[11px]">{`max ${max}`}</text>
      </svg>
      <details className="mt-2 text-xs text-slate-600">
        <summary className="cursor-pointer py-2">Show the numbers</summary>
        <table className="mt-1">
          <thead>
            <tr><th scope="col" className="pr-4 text-left">Period</th><th scope="col" className="text-right">{unit}</th></tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label}><td className="pr-4">{d.label}</td><td className="text-right">{d.value}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
