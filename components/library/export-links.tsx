// Download links for BibTeX, RIS and CSL-JSON of whatever `query` selects.
const FORMATS = [
  ["bibtex", "BibTeX"],
  ["ris", "RIS"],
  ["csl", "CSL-JSON"],
] as const;

/** `params` may repeat keys (a search's facets), so a URLSearchParams is taken as is. */
export function ExportLinks({
  base,
  params,
  label,
}: {
  base: string;
  params: Record<string, string | undefined> | URLSearchParams;
  label: string;
}) {
  const href = (format: string) => {
    const qs = new URLSearchParams(params instanceof URLSearchParams ? params : undefined);
    if (!(params instanceof URLSearchParams)) for (const [k, v] of Object.entries(params)) if (v) qs.set(k, v);
    qs.set("format", format);
    return `${base}?${qs}`;
  };
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">{label}:</span>
      {FORMATS.map(([format, name]) => (
        <a
          key={format}
          href={href(format)}
          download
          className="rounded border border-slate-300 px-2 py-0.5 text-indigo-700 hover:bg-indigo-50"
        >
          {name}
        </a>
      ))}
    </p>
  );
}
