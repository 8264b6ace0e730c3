// Splits a byte stream into lines in time linear in its length, holding at most one bounded line: a
// source with no newline for megabytes must neither rescan what it has buffered nor grow without end.
import { StringDecoder } from "node:string_decoder";

/** Far longer than any JSON Lines record (an arXiv record with its abstract is a few KB). */
export const MAX_LINE_CHARS = 1_000_000;

/** Each line without its "\n" or "\r\n"; null for a line longer than `maxChars`, whose text is dropped. */
export async function* streamLines(
  bytes: AsyncIterable<Buffer>,
  maxChars = MAX_LINE_CHARS,
): AsyncGenerator<string | null> {
  const decoder = new StringDecoder("utf8");
  // The current line's pieces: joined once when its newline arrives, never re-split.
  let pieces: string[] = [];
  let length = 0;
  const finish = (): string | null => {
    const line = length > maxChars ? null : pieces.join("");
    pieces = [];
    length = 0;
    return line === null || !line.endsWith("\r") ? line : line.slice(0, -1);
  };
  const add = (piece: string) => {
    length += piece.length;
    if (length <= maxChars) pieces.push(piece);
    else pieces = [];
  };
  for await (const chunk of bytes) {
    const text = decoder.write(chunk);
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      add(text.slice(start, nl));
      yield finish();
      start = nl + 1;
    }
    add(text.slice(start));
  }
  add(decoder.end());
  if (length > 0) yield finish();
}
