// A page's header and list with its chart beside the header on wide screens and after the list on narrow
// ones. In the DOM the chart comes last either way, so keyboard focus never jumps backwards (WCAG 2.4.3).
import type { ReactNode } from "react";

export function ChartBesideHeader({
  header,
  chart,
  children,
}: {
  header: ReactNode;
  chart: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="grid gap-x-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="mb-4 min-w-0">{header}</div>
      <div className="min-w-0 lg:col-span-2">{children}</div>
      {chart && <div className="mt-8 lg:col-start-2 lg:row-start-1 lg:mt-0 lg:mb-4">{chart}</div>}
    </div>
  );
}
