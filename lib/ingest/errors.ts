// The one error an ingest step throws: it points at the file, line and field that made a digest unusable.
export class IngestError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly field: string;
  readonly reason: string;

  constructor(
    where: { file: string; line: number | null; field: string },
    reason: string,
    options?: { cause?: unknown },
  ) {
    // "seed.txt:12: title: reason" is the compiler-style shape editors and terminals make clickable.
    const location = where.line === null ? where.file : `${where.file}:${where.line}`;
    super(`${location}: ${where.field}: ${reason}`, options);
    this.name = "IngestError";
    this.file = where.file;
    this.line = where.line;
    this.field = where.field;
    this.reason = reason;
  }
}
