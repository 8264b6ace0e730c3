// The small self-contained HTML page the edge answers with when it refuses a request before the app
// renders anything (429 from proxy.ts, 413 from the edge server) — pure. A rewrite to an app page
// cannot carry the status (Next applies a proxy's status only to its own responses), so this page
// stands alone: no scripts, no stylesheet, light and dark from the system setting, readable at 360 px.
import { escapeHtml } from "@/lib/escape-html";

export type StatusPage = { title: string; message: string; back?: { href: string; label: string } };

const STYLE = [
  ":root{color-scheme:light dark;--fg:#0f172a;--muted:#475569;--bg:#fff;--link:#4338ca}",
  "@media (prefers-color-scheme:dark){:root{--fg:#e2e8f0;--muted:#94a3b8;--bg:#0f172a;--link:#a5b4fc}}",
  "body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,sans-serif}",
  "main{max-width:40rem;margin:0 auto;padding:3rem 1rem}",
  "h1{font-size:1.5rem;margin:0 0 .5rem}p{margin:.5rem 0}.muted{color:var(--muted)}",
  "a{color:var(--link);display:inline-block;min-height:44px;line-height:44px}",
  "a:focus-visible{outline:2px solid var(--link);outline-offset:2px}",
].join("");

export function renderStatusPage(page: StatusPage): string {
  const back = page.back ?? { href: "/", label: "Back to trending papers" };
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${escapeHtml(page.title)} · Paperboard</title><style>${STYLE}</style></head>` +
    `<body><main><h1>${escapeHtml(page.title)}</h1><p role="alert">${escapeHtml(page.message)}</p>` +
    `<p><a href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p></main></body></html>`
  );
}

/** "1 second", "2 minutes": how long to wait, for people. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
