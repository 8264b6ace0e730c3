// Pure display helpers shared by pages and components.

// "2026-03-13" → "Mar 13, 2026", written beside the rest of the day arithmetic; exported here too, where pages look for display helpers.
export { formatDay } from "@/lib/domain/days";

/** The first ~max characters of a text, cut at a word boundary. */
export function excerpt(text: string, max = 280): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** Only http(s) URLs become links; anything else renders as text (untrusted input). */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export const LINK_KIND_LABELS: Record<string, string> = {
  code: "Code",
  dataset: "Dataset",
  model: "Model",
  demo: "Demo",
  collection: "Collection",
  project: "Project page",
};
