// The digest mail: the period's papers as HTML and plain text, with the unsubscribe link (issue 7).
import { escapeHtml } from "@/lib/escape-html";
import { paperPageUrl, toLabelledLinks, type PaperLinkSource } from "@/lib/feeds/paper-links";
import { excerpt } from "@/lib/format";
import { htmlLink, htmlShell, type RenderedMail } from "./layout";

export type DigestPaper = PaperLinkSource & { title: string; abstract: string; topics: { name: string }[] };

export type DigestMailInput = {
  /** e.g. "daily digest — Mar 13, 2026" */
  heading: string;
  papers: DigestPaper[];
  /** Papers in the period, when more exist than the mail lists. */
  totalPapers: number;
  moreUrl: string;
  unsubscribeUrl: string;
  baseUrl: string;
};

function textPaper(p: DigestPaper, i: number, baseUrl: string): string {
  const links = toLabelledLinks(p).map((l) => `   ${l.label}: ${l.url}`);
  const topics = p.topics.length ? [`   Topics: ${p.topics.map((t) => t.name).join(", ")}`] : [];
  return [`${i + 1}. ${p.title}`, `   ${paperPageUrl(baseUrl, p.slug)}`, ...topics, `   ${excerpt(p.abstract, 300)}`, ...links].join("\n");
}

function htmlPaper(p: DigestPaper, baseUrl: string): string {
  const links = toLabelledLinks(p).map((l) => htmlLink(l.url, l.label)).join(" · ");
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

export function renderDigestMail(input: DigestMailInput): RenderedMail {
  const subject = `Paperboard ${input.heading} (${input.totalPapers} papers)`;
  const more = input.totalPapers > input.papers.length ? `All ${input.totalPapers} papers: ${input.moreUrl}` : `On the site: ${input.moreUrl}`;
  const why = "You get this because you confirmed a subscription to the Paperboard digest.";
  const text = [
    `Paperboard ${input.heading}`,
    "",
    input.papers.map((p, i) => textPaper(p, i, input.baseUrl)).join("\n\n"),
    "",
    more,
    "",
    why,
    `Unsubscribe (one click): ${input.unsubscribeUrl}`,
  ].join("\n");
  const html = htmlShell(
    subject,
    [
      `<h1 style="font-size:20px;margin:0 0 16px">Paperboard ${escapeHtml(input.heading)}</h1>`,
      `<ol style="padding-left:20px">${input.papers.map((p) => htmlPaper(p, input.baseUrl)).join("\n")}</ol>`,
      `<p>${htmlLink(input.moreUrl, input.totalPapers > input.papers.length ? `All ${input.totalPapers} papers` : "Open Paperboard")}</p>`,
    ].join("\n"),
    `${escapeHtml(why)} ${htmlLink(input.unsubscribeUrl, "Unsubscribe")}`,
  );
  return { subject, text, html };
}
