// The digest mail: the period's trending papers and/or "From your follows", as HTML and plain text,
// with the unsubscribe link.
import { escapeHtml } from "@/lib/escape-html";
import { paperPageUrl, toLabelledLinks, type PaperLinkSource } from "@/lib/feeds/paper-links";
import { excerpt } from "@/lib/format";
import { htmlLink, htmlShell, type RenderedMail } from "./layout";

export type DigestPaper = PaperLinkSource & { title: string; abstract: string; topics: { name: string }[] };

/** Papers to list, how many exist in all, and where to see them all. */
export type DigestSection = { papers: DigestPaper[]; total: number; moreUrl: string };
/** A follow's new papers, or (kind "for-you", opt-in) the reader's top recommendations of the period. */
export type FollowSection = DigestSection & {
  kind: "topic" | "search" | "author" | "for-you";
  label: string;
  feedUrl: string;
};

export type DigestMailInput = {
  /** e.g. "daily digest — Mar 13, 2026" */
  heading: string;
  /** Null when the subscriber did not ask for trending. */
  trending: DigestSection | null;
  /** Only follows with new papers in the period. */
  follows: FollowSection[];
  unsubscribeUrl: string;
  baseUrl: string;
};

const KIND_LABELS = { topic: "Topic", search: "Search", author: "Author", "for-you": "For you" } as const;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function textPaper(p: DigestPaper, i: number, baseUrl: string): string {
  const links = toLabelledLinks(p).map((l) => `   ${l.label}: ${l.url}`);
  const topics = p.topics.length ? [`   Topics: ${p.topics.map((t) => t.name).join(", ")}`] : [];
  return [
    `${i + 1}. ${p.title}`,
    `   ${paperPageUrl(baseUrl, p.slug)}`,
    ...topics,
    `   ${excerpt(p.abstract, 300)}`,
    ...links,
  ].join("\n");
}

function htmlPaper(p: DigestPaper, baseUrl: string): string {
  const links = toLabelledLinks(p)
    .map((l) => htmlLink(l.url, l.label))
    .join(" · ");
  const topics = p.topics.map((t) => escapeHtml(t.name)).join(", ");
  return [
    '<li style="margin:0 0 20px">',
    `<div style="font-weight:600">${htmlLink(paperPageUrl(baseUrl, p.slug), p.title)}</div>`,
    topics ? `<div style="font-size:13px;color:#475569">${topics}</div>` : "",
    `<div style="font-size:14px">${escapeHtml(excerpt(p.abstract, 300))}</div>`,
    links ? `<div style="font-size:13px">${links}</div>` : "",
    "</li>",
  ].join("");
}

const moreLabel = (s: DigestSection, onSite: string) =>
  s.total > s.papers.length ? `All ${plural(s.total, "paper")}` : onSite;

function textFollow(f: FollowSection, baseUrl: string): string {
  return [
    `${KIND_LABELS[f.kind]}: ${f.label} — ${plural(f.total, "new paper")}`,
    `${moreLabel(f, "On the site")}: ${f.moreUrl}`,
    `Private feed: ${f.feedUrl}`,
    "",
    f.papers.map((p, i) => textPaper(p, i, baseUrl)).join("\n\n"),
  ].join("\n");
}

function htmlFollow(f: FollowSection, baseUrl: string): string {
  return [
    `<h3 style="font-size:16px;margin:20px 0 4px">${escapeHtml(KIND_LABELS[f.kind])}: ${htmlLink(f.moreUrl, f.label)} <span style="font-weight:400;color:#475569">— ${plural(f.total, "new paper")}</span></h3>`,
    `<p style="font-size:13px;margin:0 0 12px">${htmlLink(f.moreUrl, moreLabel(f, "Open on Paperboard"))} · ${htmlLink(f.feedUrl, "Private feed")}</p>`,
    `<ol style="padding-left:20px">${f.papers.map((p) => htmlPaper(p, baseUrl)).join("\n")}</ol>`,
  ].join("\n");
}

function subjectOf(input: DigestMailInput): string {
  const followed = new Set(input.follows.flatMap((f) => f.papers.map((p) => p.slug))).size;
  const fromFollows = followed > 0 ? `${followed} from your follows` : "";
  if (!input.trending) return `Paperboard ${input.heading} (${plural(followed, "new paper")} from your follows)`;
  return `Paperboard ${input.heading} (${plural(input.trending.total, "paper")}${fromFollows ? `; ${fromFollows}` : ""})`;
}

export function renderDigestMail(input: DigestMailInput): RenderedMail {
  const subject = subjectOf(input);
  const { trending, follows, baseUrl } = input;
  const why = trending
    ? "You get this because you confirmed a subscription to the Paperboard digest."
    : "You get this because you confirmed email delivery of your Paperboard follows.";
  const text = [
    `Paperboard ${input.heading}`,
    ...(trending
      ? [
          "",
          trending.papers.map((p, i) => textPaper(p, i, baseUrl)).join("\n\n"),
          "",
          `${moreLabel(trending, "On the site")}: ${trending.moreUrl}`,
        ]
      : []),
    ...(follows.length
      ? ["", "== From your follows ==", "", follows.map((f) => textFollow(f, baseUrl)).join("\n\n\n")]
      : []),
    "",
    why,
    ...(follows.length ? [`Choose which follows are mailed: ${baseUrl}/follows`] : []),
    `Unsubscribe (one click): ${input.unsubscribeUrl}`,
  ].join("\n");
  const html = htmlShell(
    subject,
    [
      `<h1 style="font-size:20px;margin:0 0 16px">Paperboard ${escapeHtml(input.heading)}</h1>`,
      ...(trending
        ? [
            `<ol style="padding-left:20px">${trending.papers.map((p) => htmlPaper(p, baseUrl)).join("\n")}</ol>`,
            `<p>${htmlLink(trending.moreUrl, moreLabel(trending, "Open Paperboard"))}</p>`,
          ]
        : []),
      ...(follows.length
        ? [
            '<h2 style="font-size:18px;margin:24px 0 8px">From your follows</h2>',
            ...follows.map((f) => htmlFollow(f, baseUrl)),
          ]
        : []),
    ].join("\n"),
    `${escapeHtml(why)} ${follows.length ? `${htmlLink(`${baseUrl}/follows`, "Choose which follows are mailed")} · ` : ""}${htmlLink(input.unsubscribeUrl, "Unsubscribe")}`,
  );
  return { subject, text, html };
}
