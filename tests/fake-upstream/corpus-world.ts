// A large world for `npm run bench:sync`, built from an arXiv JSON Lines corpus: N days of listings in
// the given categories (each paper listed on the day it was published) and N Hugging Face days of
// the newest papers from outside those categories, so that every Hugging Face paper needs enriching.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { addDays } from "@/lib/domain/days";
import type { ArxivRecord, HfItem } from "./render";
import type { World } from "./server";
import { recordedHfItems } from "./world";

type CorpusLine = {
  id: string;
  title: string;
  abstract: string;
  authors: string[];
  categories: string[];
  published: string | null;
  comment?: string | null;
};

export type CorpusWorldOptions = {
  corpus: string;
  days: number;
  categories: string[];
  hfPerDay: number;
  lastDay: string;
};

/** Deterministic upvotes and comments (no randomness between runs of the benchmark). */
const pseudo = (id: string, mod: number) => [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 100_003, 7) % mod;

export async function corpusWorld(
  options: CorpusWorldOptions,
): Promise<World & { stats: { listed: number; hf: number } }> {
  const first = addDays(options.lastDay, -(options.days - 1));
  const wanted = new Set(options.categories);
  const listing: ArxivRecord[] = [];
  const others: ArxivRecord[] = [];
  const raw = createReadStream(options.corpus);
  const input = options.corpus.endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() === "") continue;
    const d = JSON.parse(line) as CorpusLine;
    if (!d.published || d.published > options.lastDay || d.categories.length === 0 || d.authors.length === 0) continue;
    const record: ArxivRecord = {
      id: d.id,
      title: d.title,
      abstract: d.abstract,
      authors: d.authors,
      categories: d.categories,
      published: d.published,
      comment: d.comment ?? null,
    };
    const inWindow = d.published >= first;
    const listed = d.categories.some((c) => wanted.has(c));
    // Hugging Face also features older papers: its share comes from outside the listed categories, any date.
    if (listed && inWindow) listing.push(record);
    else if (!listed) others.push(record);
  }
  const offset = (day: string) =>
    Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${options.lastDay}T00:00:00Z`)) / 86_400_000);
  const template = recordedHfItems().thirty[0]!;
  others.sort((a, b) => b.published!.localeCompare(a.published!) || a.id.localeCompare(b.id));
  const pool = others.slice(0, options.days * options.hfPerDay);
  const hfDays = new Map<number, HfItem[]>();
  for (let back = 0; back < options.days; back++) {
    const chosen = pool.slice(back * options.hfPerDay, (back + 1) * options.hfPerDay);
    hfDays.set(
      -back,
      chosen.map((r, i) => toHfItem(template, r, i)),
    );
  }
  return {
    hfDays,
    catalogue: new Map([...listing, ...pool].map((r) => [r.id, r])),
    listed: new Map(listing.map((r) => [r.id, offset(r.published!)])),
    oaiPageSize: 1_000,
    stats: { listed: listing.length, hf: pool.length },
  };
}

/** A Hugging Face item in the recorded shape, carrying this paper (no categories: the API has none). */
function toHfItem(template: HfItem, r: ArxivRecord, i: number): HfItem {
  return {
    ...template,
    paper: {
      ...template.paper,
      id: r.id,
      title: r.title,
      summary: r.abstract,
      authors: r.authors.map((name, j) => ({ _id: `${r.id}-${j}`, name, hidden: false })),
      publishedAt: `${r.published}T00:00:00.000Z`,
      upvotes: pseudo(r.id, 120) + (i === 0 ? 100 : 0),
      ai_keywords: [],
    },
    title: r.title,
    summary: r.abstract,
    numComments: pseudo(r.id, 9),
  };
}
