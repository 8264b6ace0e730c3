import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "./bar-chart";

const chart = (labels: string[], series: { name: string; values: number[] }[]) =>
  renderToStaticMarkup(<BarChart title="Papers per digest day" period="Day" labels={labels} series={series} />);

describe("BarChart", () => {
  it("gives way to a sentence with fewer than 3 periods", () => {
    const html = chart(
      ["2026-03-13"],
      [
        { name: "papers", values: [98] },
        { name: "upvotes", values: [0] },
      ],
    );
    expect(html).not.toContain("<svg");
    expect(html).toContain("Papers per digest day: 98 papers in 2026-03-13.");
  });

  it("draws 3 or more periods, leaving out a series that is all zero", () => {
    const html = chart(
      ["W1", "W2", "W3"],
      [
        { name: "papers", values: [1, 2, 3] },
        { name: "upvotes", values: [0, 0, 0] },
      ],
    );
    expect(html.match(/<svg/g)).toHaveLength(1);
    expect(html).not.toContain("upvotes");
  });
});
