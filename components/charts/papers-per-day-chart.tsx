// Papers per digest day (trending and status pages): one chart, one title, wherever it appears.
import type { DayCount } from "@/lib/db/activity";
import { BarChart } from "./bar-chart";

export function PapersPerDayChart({ perDay }: { perDay: DayCount[] }) {
  return (
    <BarChart
      title="Papers per digest day"
      period="Day"
      labels={perDay.map((d) => d.day)}
      series={[{ name: "papers", values: perDay.map((d) => d.papers) }]}
    />
  );
}
