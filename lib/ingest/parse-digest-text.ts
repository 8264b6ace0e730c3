// Pure parser for the text dump of the Hugging Face trending page: header, date lines, then title/abstract pairs.
import { type DateLabel, parseDateLine, resolveDateLabel } from "./digest-dates";
import { findBinaryLine, isHeaderLine, type Line, normalizeWhitespace, splitLines, toBlocks } from "./digest-lines";
import { IngestError } from "./errors";
import { isCalendarDate } from "@/lib/domain/days";

export type RawPaper = { title: string; abstract: string; /** 1-based line of the title */ line: number };
export type RawDigest = { date: string; papers: RawPaper[] };
export type ParseDigestOptions = { file: string; today: Date; /** YYYY-MM-DD override */ date?: string };

type DateMark = { label: DateLabel; text: string; line: number };
/** The papers under one date line (or before any). */
type Section = { dateLine: DateMark | null; papers: RawPaper[] };

// Seed titles run 36–144 characters and abstracts 1,300+; these bounds leave room on both sides.
const MAX_TITLE_CHARS = 300;
const MIN_ABSTRACT_CHARS = 40;

export function parseDigestText(text: string, opts: ParseDigestOptions): RawDigest[] {
  const fail = (line: number | null, field: string, reason: string) =>
    new IngestError({ file: opts.file, line, field }, reason);
  const lines = splitLines(text);
  const binaryLine = findBinaryLine(text, lines);
  if (binaryLine !== null) throw fail(binaryLine, "file", "binary or non-text content");
  if (text.trim() === "") throw fail(null, "file", "digest is empty");
  return mergeSections(splitSections(lines, fail), opts, fail);
}

type Fail = (line: number | null, field: string, reason: string) => IngestError;

function splitSections(lines: Line[], fail: Fail): Section[] {
  const blocks = toBlocks(lines);
  const sections: Section[] = [];
  let current: Section | null = null;
  // `at` steps over the date and header lines that open a block, one at a time, without copying the
  // rest of the block each time (100,000 stacked "new" lines would copy it 100,000 times).
  for (let i = 0, at = 0; i < blocks.length;) {
    const block = blocks[i] ?? [];
    const first = block[at];
    if (!first) break;
    const hasRest = at + 1 < block.length;
    const label = parseDateLine(first.text);
    if (label || isHeaderLine(first.text)) {
      // Page chrome and date lines are single lines even when no blank line separates them.
      if (label) {
        current = { dateLine: { label, text: normalizeWhitespace(first.text), line: first.line }, papers: [] };
        sections.push(current);
      }
      if (hasRest) at++;
      else [i, at] = [i + 1, 0];
      continue;
    }
    const title = normalizeWhitespace(first.text);
    if (title.length > MAX_TITLE_CHARS) {
      throw fail(
        first.line,
        "title",
        `expected a title but found ${title.length} characters of prose: ` +
          "a paper's title is missing, or an abstract was split by a blank line",
      );
    }
    // Tolerate an abstract that starts right under its title, without the blank line.
    const body = hasRest ? block.slice(at + 1) : blocks[i + 1];
    [i, at] = [i + (hasRest ? 1 : 2), 0];
    const abstract = readAbstract(first, body, fail);
    if (!current) {
      current = { dateLine: null, papers: [] };
      sections.push(current);
    }
    current.papers.push({ title, abstract, line: first.line });
  }
  return sections;
}

function readAbstract(title: Line, body: Line[] | undefined, fail: Fail): string {
  const noAbstract = (why: string) => fail(title.line, "abstract", `title has no abstract: ${why}`);
  const [first] = body ?? [];
  if (!body || !first) throw noAbstract("the file ends after it");
  if (parseDateLine(first.text) || isHeaderLine(first.text)) {
    throw noAbstract(`line ${first.line} is a date or page-header line`);
  }
  const abstract = normalizeWhitespace(body.map((l) => l.text).join(" "));
  if (abstract.length < MIN_ABSTRACT_CHARS) {
    throw noAbstract(`line ${first.line} is too short to be one (${abstract.length} characters)`);
  }
  // A short single line that does not read as sentences is the next paper's title.
  if (body.length === 1 && abstract.length <= MAX_TITLE_CHARS && !looksLikeProse(abstract)) {
    throw noAbstract(`line ${first.line} looks like the next paper's title`);
  }
  return abstract;
}

/** Ends like a sentence, or holds a sentence break ("… results. We …"). */
function looksLikeProse(s: string): boolean {
  return /\.["'”’)\]]*$/.test(s) || /[.!?] [A-Z]/.test(s);
}

/** One digest per date line, in file order (a day named twice is one digest): a file may hold several days. */
function mergeSections(sections: Section[], opts: ParseDigestOptions, fail: Fail): RawDigest[] {
  const papers = sections.flatMap((s) => s.papers);
  const dated = sections.flatMap((s) => (s.dateLine ? [s.dateLine] : []));
  if (papers.length === 0) throw fail(dated.at(-1)?.line ?? null, "papers", "digest has no papers");
  if (opts.date !== undefined && !isCalendarDate(opts.date)) {
    throw fail(null, "date", `date override "${opts.date}" is not a real YYYY-MM-DD day`);
  }
  const undated = sections.find((s) => s.dateLine === null && s.papers.length > 0);
  if (undated && opts.date === undefined) {
    throw fail(undated.papers[0]?.line ?? null, "date", "digest has no date line before its first paper");
  }
  const resolve = (mark: DateMark): string => {
    const day = resolveDateLabel(mark.label, opts.today);
    if (day === null) throw fail(mark.line, "date", `"${mark.text}" is not a real calendar date`);
    return day;
  };
  const days = new Map<string, RawPaper[]>();
  for (const section of sections) {
    // --date names the day of a one-day file; with several date lines each section keeps its own.
    const day =
      dated.length <= 1 && opts.date !== undefined
        ? opts.date
        : section.dateLine
          ? resolve(section.dateLine)
          : opts.date;
    if (day === undefined || section.papers.length === 0) continue;
    // Appended in place: copying the day's list per section made a file naming one day 10,000 times quadratic.
    const dayPapers = days.get(day);
    if (dayPapers) for (const paper of section.papers) dayPapers.push(paper);
    else days.set(day, [...section.papers]);
  }
  return [...days].map(([date, dayPapers]) => ({ date, papers: dayPapers }));
}
