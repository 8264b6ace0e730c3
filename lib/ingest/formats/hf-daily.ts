// Hugging Face `GET /api/daily_papers` JSON: one item per paper submitted to a day's digest.
import { z } from "zod";
import { parseArxivId } from "@/lib/domain/arxiv-id";
import { IngestError } from "../errors";
import { dayOfTimestamp } from "@/lib/domain/days";
import type { ParsedItem } from "../source-record";
import { candidate } from "./candidate";

export const HF_DAILY = "hf-daily";

// Fields absent from older captures (ai_keywords, submittedOnDailyAt, organization…) are optional.
const HfItemSchema = z.object({
  paper: z.object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    authors: z.array(z.object({ name: z.string() })).default([]),
    publishedAt: z.string().optional(),
    submittedOnDailyAt: z.string().optional(),
    upvotes: z.int().min(0).optional(),
    githubRepo: z.string().nullish(),
    projectPage: z.string().nullish(),
    ai_keywords: z.array(z.string()).nullish(),
  }),
  publishedAt: z.string().optional(),
  numComments: z.int().min(0).optional(),
});

export function parseHfDaily(text: string, file: string): ParsedItem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // "Unexpected end of JSON input" names no position: a body cut short ends at its length.
    const where = /position \d+/.test(message) ? "" : ` (at position ${text.length}, the end: cut short?)`;
    throw new IngestError({ file, line: null, field: "json" }, `not JSON: ${message}${where}`);
  }
  if (!Array.isArray(data))
    throw new IngestError({ file, line: null, field: "(root)" }, "expected an array of daily papers");
  const ranks = new Map<string, number>();
  return data.map((raw, i): ParsedItem => {
    const at = { line: null, record: `item ${i + 1}` };
    const parsed = HfItemSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { at, rejection: { field: issue?.path.join(".") || "item", reason: issue?.message ?? "invalid item" } };
    }
    const { paper, numComments, publishedAt } = parsed.data;
    // The digest day is the day it was submitted to the daily page; older captures only have publishedAt.
    const day = dayOfTimestamp(paper.submittedOnDailyAt) ?? dayOfTimestamp(publishedAt);
    if (day === null) return { at, rejection: { field: "paper.submittedOnDailyAt", reason: "no digest day" } };
    const rank = (ranks.get(day) ?? 0) + 1;
    ranks.set(day, rank);
    const id = parseArxivId(paper.id);
    return {
      at,
      candidate: candidate({
        arxivId: id?.id ?? null,
        arxivVersion: id?.version ?? null,
        title: paper.title,
        abstract: paper.summary,
        authors: paper.authors.map((a) => a.name),
        publishedAt: dayOfTimestamp(paper.publishedAt),
        keywords: paper.ai_keywords ?? [],
        links: [paper.githubRepo, paper.projectPage].filter((u): u is string => !!u),
        appearance: {
          date: day,
          source: HF_DAILY,
          rank,
          upvotes: paper.upvotes ?? null,
          commentCount: numComments ?? null,
        },
      }),
    };
  });
}
