// /status shows sources and ingest errors in public form: no query strings, no raw error text.
import { describe, expect, it } from "vitest";
import { classifyIngestError, toPublicSource } from "./ingest-public";

const TOKEN_URL = "https://user:pw@feeds.example.org/oai2?verb=ListRecords&token=s3cret#x";

describe("toPublicSource", () => {
  it.each([
    [TOKEN_URL, "https://feeds.example.org/oai2"],
    ["http://127.0.0.1:8080/api/daily_papers?date=2026-03-13", "http://127.0.0.1:8080/api/daily_papers"],
    ["/home/ada/private/2026/digest.txt", "digest.txt"],
    ["C:\\Users\\ada\\digest.txt", "digest.txt"],
    ["stdin", "standard input"],
    ["https://[broken", "a URL"],
  ])("%s → %s", (source, shown) => {
    expect(toPublicSource(source)).toBe(shown);
  });
});

describe("classifyIngestError", () => {
  it.each([
    [TOKEN_URL, `${TOKEN_URL}: request failed: getaddrinfo ENOTFOUND feeds.example.org`, "could not reach the source"],
    [
      TOKEN_URL,
      "https://mirror.example.org/x?token=s3cret: HTTP 503 Service Unavailable",
      "the source answered HTTP 503",
    ],
    [TOKEN_URL, `${TOKEN_URL}: no data for 30000 ms`, "could not reach the source"],
    [
      TOKEN_URL,
      `${TOKEN_URL}: unexpected content type "image/png" (expected JSON, JSON Lines, XML, text or gzip)`,
      "the source sent an unexpected content type",
    ],
    ["/data/digest.txt", "/data/digest.txt:12: title: must not be empty", "bad record at line 12"],
    [
      "/data/x.jsonl",
      "/data/x.jsonl:7: json: not JSON Lines: Unexpected token 'p', \"password=hunter2\"",
      "bad record at line 7",
    ],
    [
      "/data/feed.xml",
      "/data/feed.xml: feed: not an Atom feed (no <feed> element)",
      "the source is not in the expected format",
    ],
    [
      "/data/feed.xml",
      "/data/feed.xml: xml: malformed XML: Unclosed tag <secret>",
      "the source is not in the expected format",
    ],
    ["/data/empty.txt", "/data/empty.txt: papers: no papers found", "no papers found in the source"],
    ["/data/gone.txt", "ENOENT: no such file or directory, stat '/data/gone.txt'", "the file was not found"],
    [
      "/data/x.txt",
      "SQLITE_BUSY: database is locked at /srv/paperboard/.data/paperboard.db",
      "the ingest failed (details are in the server log)",
    ],
    ["stdin", "stdin:3: title: too long", "bad record at line 3"],
  ])("%s: %s → %s", (source, error, shown) => {
    const classified = classifyIngestError(error, source);
    expect(classified).toBe(shown);
    expect(classified).not.toMatch(/s3cret|hunter2|secret|\/data\/|\/srv\//);
  });
});
