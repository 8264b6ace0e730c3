// "Cite": the paper's BibTeX to copy, and the same citation as a BibTeX, RIS or CSL-JSON file
// (lib/citation, the code the library export uses). A <details>, so it works without JavaScript.
import { formatCitations } from "@/lib/citation/export";
import type { CitationPaper } from "@/lib/domain/citation";

const FILES = [
  { format: "bibtex", label: "BibTeX" },
  { format: "ris", label: "RIS" },
  { format: "csl", label: "CSL-JSON" },
] as const;

export function CiteBox({ paper, appUrl }: { paper: CitationPaper; appUrl: string }) {
  const bibtex = formatCitations([paper], "bibtex", appUrl);
  return (
    <details className="w-full">
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-md px-3 text-sm font-medium text-indigo-700 ring-1 ring-slate-300 hover:bg-indigo-50 sm:min-h-9">
        Cite
      </summary>
      <div className="mt-2 space-y-2">
        <pre
          aria-label="BibTeX"
          tabIndex={0}
          className="overflow-x-auto rounded-md bg-slate-100 p-3 text-xs text-slate-800"
        >
          {bibtex}
        </pre>
        <p className="flex flex-wrap gap-3 text-sm">
          {FILES.map((f) => (
            <a
              key={f.format}
              href={`/papers/${paper.slug}/cite?format=${f.format}`}
              download
              className="inline-flex min-h-11 items-center text-indigo-700 hover:underline sm:min-h-0"
            >
              Download {f.label}
            </a>
          ))}
        </p>
      </div>
    </details>
  );
}
