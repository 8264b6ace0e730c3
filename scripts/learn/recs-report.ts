// The recommendation measurement as Markdown tables: precision@20 per list and reader kind, per T and
// over all readers, and the "not interested" experiment.
import type { VariantResult } from "./evaluate-recs";

type Lists = { single: number[]; three: number[] };
export type SplitFigures = {
  date: string;
  week: number;
  eligible: number;
  model: VariantResult;
  textOnly: VariantResult;
  newest: Lists;
  trending: Lists;
  ceiling: Lists;
};

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);
const f2 = (x: number) => x.toFixed(2);

function precisionRows(figures: SplitFigures[], kind: "single" | "three"): string[] {
  const cells = (f: SplitFigures[]) => {
    const model = mean(f.flatMap((x) => x.model[kind].map((r) => r.precision)));
    const text = mean(f.flatMap((x) => x.textOnly[kind].map((r) => r.precision)));
    const newest = mean(f.flatMap((x) => x.newest[kind]));
    const trending = mean(f.flatMap((x) => x.trending[kind]));
    const ceiling = mean(f.flatMap((x) => x.ceiling[kind]));
    return [
      f2(model),
      f2(text),
      f2(newest),
      f2(trending),
      f2(ceiling),
      `${(model / Math.max(newest, trending)).toFixed(1)}×`,
    ];
  };
  return [
    ...figures.map((f) => `| ${f.date} | ${f.week} | ${f.eligible} | ${cells([f]).join(" | ")} |`),
    `| **all** | ${figures.reduce((s, f) => s + f.week, 0)} | | ${cells(figures)
      .map((c) => `**${c}**`)
      .join(" | ")} |`,
  ];
}

function dismissalRows(figures: SplitFigures[]): string[] {
  const cells = (f: SplitFigures[], variant: "model" | "textOnly") => {
    const d = f.flatMap((x) => x[variant].dismissal);
    const before = mean(d.map((x) => x.before));
    const after = mean(d.map((x) => x.after));
    const halved = d.filter((x) => x.after <= x.before / 2).length / Math.max(1, d.length);
    return [
      f2(before),
      f2(after),
      `${Math.round((1 - after / Math.max(before, 1e-9)) * 100)}%`,
      `${Math.round(halved * 100)}%`,
      f2(mean(d.map((x) => x.othersAfter))),
    ];
  };
  return [
    ...figures.map(
      (f) => `| ${f.date} | ${cells([f], "model").join(" | ")} | ${cells([f], "textOnly").slice(0, 3).join(" | ")} |`,
    ),
    `| **all** | ${cells(figures, "model")
      .map((c) => `**${c}**`)
      .join(" | ")} | ${cells(figures, "textOnly").slice(0, 3).join(" | ")} |`,
  ];
}

export function recsReport(figures: SplitFigures[], command: string): string {
  const head =
    "| T | papers in the week | eligible categories | model | model, text only | newest | trending-like | best common list (ceiling) | model ÷ best of newest, trending-like |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|";
  return [
    `\`${command}\``,
    "",
    "**Single-interest readers** (10 saves in one category), precision@20:",
    "",
    head,
    ...precisionRows(figures, "single"),
    "",
    "**Three-interest readers** (5 saves in each of 3 categories), precision@20:",
    "",
    head,
    ...precisionRows(figures, "three"),
    "",
    "**Five \"not interested\"** in one of a three-interest reader's categories: that category's share of the top 20.",
    "",
    "| T | before | after | fall | readers where it halved | the other two categories' share after | text only: before | after | fall |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...dismissalRows(figures),
    "",
  ].join("\n");
}
