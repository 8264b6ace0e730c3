// Turns a parsed digest into validated DigestInput records: identity, rank, links and topics per paper.
import { IngestError } from "./errors";
import { paperIdFor, slugFor } from "./identity";
import { classifyLink, extractUrls } from "./links";
import type { RawDigest, RawPaper } from "./parse-digest-text";
import { type DigestInput, DigestInputSchema, type PaperInput } from "./schemas";
import { assignTopics } from "./taxonomy";

export function toDigestInput(raw: RawDigest, source: string, file: string): DigestInput {
  const entries = raw.papers.map((paper, i) => ({ line: paper.line, paper: toPaperInput(paper, i + 1) }));
  rejectDuplicates(entries, file);
  const papers = entries.map((e) => e.paper);
  const result = DigestInputSchema.safeParse({ date: raw.date, source, papers });
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const path = issue?.path ?? [];
  // Point at the paper's title line when the failure is inside one paper, else at the digest.
  const index = path[0] === "papers" && typeof path[1] === "number" ? path[1] : null;
  const paper = index === null ? undefined : raw.papers[index];
  const field = (paper ? path.slice(2) : path).map(String).join(".") || "digest";
  throw new IngestError({ file, line: paper?.line ?? null, field }, issue?.message ?? "invalid digest", {
    cause: result.error,
  });
}

function toPaperInput(paper: RawPaper, rank: number): PaperInput {
  // This format never carries arXiv ids; identity falls back to the normalised title.
  const arxivId = null;
  const id = paperIdFor({ arxivId, title: paper.title });
  const urls = extractUrls(`${paper.title} ${paper.abstract}`);
  return {
    id,
    slug: slugFor(paper.title, id),
    arxivId,
    title: paper.title,
    abstract: paper.abstract,
    rank,
    links: urls.map((url) => ({ url, kind: classifyLink(url) })),
    topics: assignTopics(paper.title, paper.abstract),
  };
}

function rejectDuplicates(entries: { line: number; paper: PaperInput }[], file: string): void {
  const firstLineById = new Map<string, number>();
  for (const { line, paper } of entries) {
    const earlier = firstLineById.get(paper.id);
    if (earlier !== undefined) {
      throw new IngestError(
        { file, line, field: "title" },
        `duplicate paper: lines ${earlier} and ${line} are the same paper (${paper.id})`,
      );
    }
    firstLineById.set(paper.id, line);
  }
}
