// Streams the arXiv corpus (JSON Lines, gzipped or not) as search documents — for the benchmark.
import { createReadStream } from "node:fs";
import readline from "node:readline";
import { createGunzip } from "node:zlib";
import type { SearchDocument } from "@/lib/search/documents";
import { parseCorpusLine, toCorpusDocument } from "@/scripts/shared/corpus-record";

export async function* readCorpusDocuments(file: string, limit = Infinity): AsyncGenerator<SearchDocument> {
  const raw = createReadStream(file);
  const input = file.endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let position = 0;
  for await (const line of lines) {
    if (position >= limit) break;
    const record = parseCorpusLine(line);
    if (!record) continue;
    yield toCorpusDocument(record, position);
    position += 1;
  }
  lines.close();
  raw.destroy();
}
