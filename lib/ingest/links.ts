// Finds the URLs an abstract mentions and sorts them into link kinds (code, dataset, model, demo, …).
import type { LinkKind } from "@/lib/domain/link-kinds";

// No leading word boundary: the seed glues one URL to the word before it ("researchhttps://…").
const URL_CANDIDATE = /https?:\/\/[^\s<>"]+/gi;
// Sentence punctuation and quotes that end prose rather than the URL.
const TRAILING_PUNCTUATION = new Set([...".,;:!?'\"”’»"]);

/** Distinct http(s) URLs in `text`, in order of first appearance, without the prose punctuation after them. */
export function extractUrls(text: string): string[] {
  // A Set keeps "seen it?" constant-time: an abstract of thousands of URLs stays linear.
  const urls = new Set<string>();
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const url = trimUrl(match[0]);
    if (!urls.has(url) && isHttpUrl(url)) urls.add(url);
  }
  return [...urls];
}

/**
 * The candidate without trailing prose punctuation. A closing bracket belongs to the URL only when the
 * URL opened one (Wikipedia's "Foo_(bar)"). Brackets are counted once and the end moves left, so a run
 * of 10,000 ")" costs 10,000 steps, not 10,000 recounts.
 */
function trimUrl(candidate: string): string {
  const count = { "(": 0, ")": 0, "[": 0, "]": 0 };
  for (const ch of candidate) if (ch in count) count[ch as keyof typeof count]++;
  let end = candidate.length;
  for (; end > 0; end--) {
    const last = candidate[end - 1]!;
    if (TRAILING_PUNCTUATION.has(last)) continue;
    if (last === ")" && count["("] < count[")"]) count[")"]--;
    else if (last === "]" && count["["] < count["]"]) count["]"]--;
    else break;
  }
  return candidate.slice(0, end);
}

function isHttpUrl(s: string): boolean {
  try {
    const url = new URL(s);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

const CODE_HOSTS = new Set(["github.com", "gitlab.com"]);
const HF_HOSTS = new Set(["huggingface.co", "hf.co"]);
const HF_KIND_BY_SECTION = new Map<string, LinkKind>([
  ["datasets", "dataset"],
  ["spaces", "demo"],
  ["collections", "collection"],
]);
// First path segments of huggingface.co that are site sections, not organisations owning a model.
const HF_RESERVED = new Set([
  "papers",
  "docs",
  "blog",
  "models",
  "datasets",
  "spaces",
  "collections",
  "organizations",
  "settings",
  "join",
  "login",
  "pricing",
  "learn",
  "tasks",
  "posts",
  "chat",
  "api",
  "new",
  "enterprise",
]);

/** The kind of a URL, judged from its host and path alone (no network). */
export function classifyLink(url: string): LinkKind {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "project";
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  const segments = parsed.pathname.split("/").filter((s) => s !== "");
  if (CODE_HOSTS.has(host)) return "code";
  if (!HF_HOSTS.has(host)) return "project";
  const [first] = segments;
  if (first === undefined) return "project";
  const sectionKind = HF_KIND_BY_SECTION.get(first);
  if (sectionKind && segments.length >= 2) return sectionKind;
  if (segments.length === 2 && !HF_RESERVED.has(first)) return "model";
  return "project";
}
