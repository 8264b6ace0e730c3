// A 20k-paper arXiv JSON Lines corpus made at run time from the committed 3k fixture (no large file in
// the repository): the fixture once as is, then copies with their own arXiv ids and titles.
import { createReadStream, createWriteStream } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";

export const FIXTURE = path.join(process.cwd(), "tests/fixtures/formats/arxiv-corpus.head3000.jsonl.gz");

async function readLines(file: string): Promise<string[]> {
  const raw = createReadStream(file);
  const lines = readline.createInterface({
    input: file.endsWith(".gz") ? raw.pipe(createGunzip()) : raw,
    crlfDelay: Infinity,
  });
  const out: string[] = [];
  for await (const line of lines) if (line.trim() !== "") out.push(line);
  return out;
}

/**
 * Writes `papers` records to `file` (gzipped JSON Lines). Copy k of fixture line i gets the arXiv id
 * 99kk.iiiii — the fixture's ids are all 07xx–09xx, so none collide — and " (variant k)" on its title, so
 * each is a paper of its own to the ingest (identity is the arXiv id, else the title). Deterministic.
 */
export async function writeSoakCorpus(file: string, papers: number): Promise<void> {
  const base = await readLines(FIXTURE);
  async function* records(): AsyncGenerator<string> {
    for (let n = 0; n < papers; n++) {
      const copy = Math.floor(n / base.length);
      const i = n % base.length;
      const line = base[i]!;
      if (copy === 0) {
        yield `${line}\n`;
        continue;
      }
      const record = JSON.parse(line) as { id: string; title: string };
      record.id = `99${String(copy).padStart(2, "0")}.${String(i).padStart(5, "0")}`;
      record.title = `${record.title} (variant ${copy})`;
      yield `${JSON.stringify(record)}\n`;
    }
  }
  await pipeline(records, createGzip(), createWriteStream(file));
}
