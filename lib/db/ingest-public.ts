// What the public /status page may say about an ingest run (pure). Sources can be URLs carrying
// tokens in their query string, and errors quote URLs, paths and file contents: the page shows the
// source without query or credentials and a short class of error; the raw text stays in the
// database and in the ingest's own log (`npm run ingest` prints it).

/** "https://host/path" for a URL (no credentials, query or fragment), the file name for a path. */
export function toPublicSource(source: string): string {
  if (source === "stdin" || source === "-") return "standard input";
  if (/^https?:\/\//i.test(source)) {
    try {
      const url = new URL(source);
      return `${url.protocol}//${url.host}${url.pathname}`;
    } catch {
      return "a URL";
    }
  }
  const name = source.slice(Math.max(source.lastIndexOf("/"), source.lastIndexOf("\\")) + 1);
  return name || "a file";
}

const FALLBACK = "the ingest failed (details are in the server log)";

/** What follows the location ("file:12: ", "https://…: ") at the start of an ingest error. */
function splitLocation(error: string, source: string): { line: number | null; detail: string } {
  let rest: string | null = null;
  if (source && error.startsWith(source)) rest = error.slice(source.length);
  else if (/^https?:\/\//i.test(error)) {
    // A fetch error names the URL it was at (maybe a redirect target); URLs hold no spaces.
    const end = error.indexOf(": ");
    rest = end < 0 ? null : error.slice(end);
  }
  if (rest === null) return { line: null, detail: error };
  const line = /^:(\d{1,9}): /.exec(rest);
  if (line) return { line: Number(line[1]), detail: rest.slice(line[0].length) };
  return { line: null, detail: rest.startsWith(": ") ? rest.slice(2) : rest };
}

/** A short, fixed description of an ingest error: never the raw text. */
export function classifyIngestError(error: string, source: string): string {
  const { line, detail } = splitLocation(error.slice(0, 2000), source);
  if (line !== null) return `bad record at line ${line}`;
  const http = /^HTTP (\d{3})\b/.exec(detail);
  if (http) return `the source answered HTTP ${http[1]}`;
  if (/^(request failed|no data for|more than \d+ redirects)/.test(detail)) return "could not reach the source";
  if (/^unexpected content type/.test(detail)) return "the source sent an unexpected content type";
  if (/^(larger than \d+ bytes|\d+ bytes is over|response is over)/.test(detail))
    return "the source is over the size limit";
  if (/^empty response body/.test(detail)) return "the source sent nothing";
  if (/^ENOENT\b/.test(detail)) return "the file was not found";
  if (/^(EACCES|EPERM|EISDIR)\b/.test(detail)) return "the file could not be read";
  // IngestError without a line: "field: reason".
  const colon = detail.indexOf(": ");
  const reason = colon < 0 ? detail : detail.slice(colon + 2);
  if (/^no papers found/.test(reason)) return "no papers found in the source";
  if (/^OAI-PMH error/.test(reason)) return "the source answered with an OAI-PMH error";
  if (/^(not |expected |malformed )/.test(reason)) return "the source is not in the expected format";
  return FALLBACK;
}
