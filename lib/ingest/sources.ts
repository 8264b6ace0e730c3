// Where ingest bytes come from: a file, stdin ("-") or an http(s) URL, gunzipped when they are gzip.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { fetchChecked, type FetchLimits } from "./fetch-source";

export type OpenedSource = {
  /** What error messages and the run log call it. */
  name: string;
  /** Decompressed bytes. */
  stream: Readable;
  /** Raw (maybe compressed) size when known, and how much of it has been read: for progress. */
  totalBytes: number | null;
  bytesRead: () => number;
};

export function isUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}

export async function openSource(spec: string, limits: FetchLimits): Promise<OpenedSource> {
  if (spec === "-") return decode("stdin", process.stdin, null);
  if (isUrl(spec)) {
    const { body, length } = await fetchChecked(spec, limits);
    return decode(spec, body, length);
  }
  const size = (await stat(spec)).size;
  return decode(spec, createReadStream(spec), size);
}

/** Counts raw bytes, then gunzips when the first bytes are gzip's magic number (1f 8b). */
async function decode(name: string, raw: Readable, totalBytes: number | null): Promise<OpenedSource> {
  let read = 0;
  const chunks = (raw as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const first = await chunks.next();
  const head: Buffer = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
  read += head.length;
  async function* all(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    for (;;) {
      const next = await chunks.next();
      if (next.done) return;
      read += next.value.length;
      yield next.value;
    }
  }
  const plain = Readable.from(all(), { objectMode: false });
  if (head[0] !== 0x1f || head[1] !== 0x8b) return { name, stream: plain, totalBytes, bytesRead: () => read };
  const gunzip = plain.pipe(createGunzip());
  plain.on("error", (error) => gunzip.destroy(error));
  return { name, stream: gunzip, totalBytes, bytesRead: () => read };
}

/** The whole (decompressed) text, for formats that are one document (JSON, XML, digest text). */
export async function readAllText(name: string, bytes: AsyncIterable<Buffer>, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of bytes) {
    size += chunk.length;
    if (size > maxBytes)
      throw new Error(`${name}: larger than ${maxBytes} bytes; use a JSON Lines export for bulk data`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
