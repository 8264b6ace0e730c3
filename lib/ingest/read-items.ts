// From an opened source to parsed items: detects (or takes) the format, then parses whole documents
// or streams JSON Lines one line at a time; follows OAI-PMH resumption tokens for URLs.
import { IngestError } from "./errors";
import type { FetchLimits } from "./fetch-source";
import { ARXIV_ATOM, parseArxivAtom } from "./formats/arxiv-atom";
import { ARXIV_JSONL, parseArxivJsonLine } from "./formats/arxiv-jsonl";
import { ARXIV_OAI, parseArxivOai } from "./formats/arxiv-oai";
import { detectFormat, type FormatName } from "./formats/detect";
import { DIGEST_TEXT, parseDigestTextItems } from "./formats/digest-text";
import { HF_DAILY, parseHfDaily } from "./formats/hf-daily";
import { isUrl, type OpenedSource, openSource, readAllText } from "./sources";
import type { ParsedItem } from "./source-record";
import { MAX_LINE_CHARS, streamLines } from "./stream-lines";

export type ReadOptions = { format?: FormatName; today: Date; date?: string; limits: FetchLimits };

/** Resolves the format from the first chunk, then yields every item of the source. */
export async function readItems(
  source: OpenedSource,
  opts: ReadOptions,
): Promise<{ format: FormatName; items: AsyncGenerator<ParsedItem> }> {
  const chunks = (source.stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const first = await chunks.next();
  const head: Buffer = first.done ? Buffer.alloc(0) : first.value;
  const format = opts.format ?? detectFormat(head.subarray(0, 4096).toString("utf8"));
  async function* bytes(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  const items = format === ARXIV_JSONL ? jsonLines(source.name, bytes()) : documentItems(source, format, bytes(), opts);
  return { format, items };
}

async function* jsonLines(file: string, bytes: AsyncGenerator<Buffer>): AsyncGenerator<ParsedItem> {
  let lineNo = 0;
  let sawRecord = false;
  for await (const line of streamLines(bytes)) {
    lineNo += 1;
    const item =
      line === null
        ? {
            at: { line: lineNo, record: null },
            rejection: {
              field: "json",
              reason: `line longer than ${MAX_LINE_CHARS.toLocaleString("en-US")} characters`,
            },
          }
        : parseArxivJsonLine(line, lineNo);
    if (item === null) continue;
    // A first line that is not JSON means the file is not JSON Lines at all: fail, write nothing.
    if (!sawRecord && "rejection" in item && item.rejection.field === "json") {
      throw new IngestError({ file, line: lineNo, field: "json" }, `not JSON Lines: ${item.rejection.reason}`);
    }
    sawRecord = true;
    yield item;
  }
}

// Whole-document formats are held in memory: the API answers they come from are small.
const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

async function* documentItems(
  source: OpenedSource,
  format: FormatName,
  bytes: AsyncGenerator<Buffer>,
  opts: ReadOptions,
): AsyncGenerator<ParsedItem> {
  const text = await readAllText(source.name, bytes, MAX_DOCUMENT_BYTES);
  const file = source.name;
  if (format === DIGEST_TEXT) yield* parseDigestTextItems(text, { file, today: opts.today, date: opts.date });
  else if (format === HF_DAILY) yield* parseHfDaily(text, file);
  else if (format === ARXIV_ATOM) yield* parseArxivAtom(text, file);
  else if (format === ARXIV_OAI) yield* oaiPages(file, text, opts.limits);
}

/** The first page, then, for a URL, each page its resumption token names (OAI-PMH: token only). */
async function* oaiPages(file: string, firstPage: string, limits: FetchLimits): AsyncGenerator<ParsedItem> {
  let page = parseArxivOai(firstPage, file);
  for (let n = 1; ; n++) {
    yield* page.items;
    if (!page.resumptionToken || !isUrl(file)) return;
    const base = new URL(file);
    const next = `${base.origin}${base.pathname}?verb=ListRecords&resumptionToken=${encodeURIComponent(page.resumptionToken)}`;
    const source = await openSource(next, limits);
    page = parseArxivOai(await readAllText(next, source.stream, MAX_DOCUMENT_BYTES), `${file} (page ${n + 1})`);
  }
}

export { ARXIV_ATOM, ARXIV_JSONL, ARXIV_OAI, DIGEST_TEXT, HF_DAILY };
