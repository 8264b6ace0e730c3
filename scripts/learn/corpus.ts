// Streams the arXiv corpus (JSON Lines, gzipped or not) as validated records, for the learning scripts.
import { createReadStream } from "node:fs";
import readline from "node:readline";
import { createGunzip } from "node:zlib";
import { parseCorpusLine, type CorpusRecord } from "@/scripts/shared/corpus-record";

/** Valid records in file order; `limit` stops early (a subsample while iterating). Invalid lines are skipped and counted. */
export async function* readCorpusRecords(
  file: string,
  limit = Infinity,
  skipped = { count: 0 },
): AsyncGenerator<CorpusRecord> {
  const raw = createReadStream(file);
  const lines = readline.createInterface({
    input: file.endsWith(".gz") ? raw.pipe(createGunzip()) : raw,
    crlfDelay: Infinity,
  });
  let read = 0;
  try {
    for await (const line of lines) {
      if (read >= limit) break;
      const record = parseCorpusLine(line);
      if (!record) {
        if (line.trim() !== "") skipped.count += 1;
        continue;
      }
      read += 1;
      yield record;
    }
  } finally {
    lines.close();
    raw.destroy();
  }
}
