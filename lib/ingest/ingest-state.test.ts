// The ingest run's bookkeeping: counts, reported rejections, digest days, the capped changed list.
import { describe, expect, it } from "vitest";
import { IngestError } from "./errors";
import {
  MAX_REPORTED_REJECTIONS,
  recordBatch,
  requireUsable,
  startIngestState,
  takeItem,
  toIngestSummary,
} from "./ingest-state";
import type { ParsedItem, SourceRecordCandidate } from "./source-record";

const ABSTRACT = "We study a thing. Results show that the thing improves other things by a wide margin.";

function paper(title: string, date: string | null, line = 1): ParsedItem {
  const candidate: SourceRecordCandidate = {
    arxivId: null,
    arxivVersion: null,
    title,
    abstract: ABSTRACT,
    authors: ["A. Author"],
    categories: ["cs.LG"],
    publishedAt: null,
    doi: null,
    journalRef: null,
    comments: null,
    keywords: [],
    links: [],
    appearance: date ? { date, source: "digest", rank: line, upvotes: null, commentCount: null } : null,
  };
  return { at: { line, record: null }, candidate };
}
const broken = (line: number): ParsedItem => ({
  at: { line, record: null },
  rejection: { field: "title", reason: "empty" },
});
const read = { bytesRead: 10, totalBytes: 100 };

describe("takeItem", () => {
  it("counts records, returns the valid ones and keeps each digest day once, in order", () => {
    const state = startIngestState("auto");
    expect(takeItem(state, paper("One", "2026-03-13"), "d.txt")).toMatchObject({ title: "One" });
    expect(takeItem(state, paper("Two", "2026-03-12"), "d.txt")).toMatchObject({ title: "Two" });
    expect(takeItem(state, paper("Three", "2026-03-13"), "d.txt")).not.toBeNull();
    expect(takeItem(state, paper("Four", null), "d.txt")).not.toBeNull();
    expect(state.progress.records).toBe(4);
    expect([...state.days]).toEqual(["2026-03-13", "2026-03-12"]);
  });

  it("counts every rejection, reports the first hundred and remembers the first as the run's failure", () => {
    const state = startIngestState("auto");
    for (let line = 1; line <= MAX_REPORTED_REJECTIONS + 5; line++)
      expect(takeItem(state, broken(line), "d.txt")).toBeNull();
    expect(state.progress).toMatchObject({ records: 105, rejected: 105 });
    expect(state.rejections).toHaveLength(MAX_REPORTED_REJECTIONS);
    expect(state.rejections[0]).toBe("d.txt:1: title: empty");
    expect(() => requireUsable(state, "d.txt")).toThrow(state.firstRejection!);
    expect(state.firstRejection).toBeInstanceOf(IngestError);
    expect(state.firstRejection?.message).toContain("empty");
  });

  it("stops at the record limit without counting the record past it", () => {
    const state = startIngestState("auto");
    expect(takeItem(state, paper("One", null), "d.txt", 1)).not.toBeNull();
    expect(takeItem(state, paper("Two", null), "d.txt", 1)).toBe("limit");
    expect(state.progress.records).toBe(1);
  });
});

describe("requireUsable", () => {
  it("fails an empty source with 'no papers found' and passes one usable record among rejections", () => {
    const empty = startIngestState("auto");
    expect(() => requireUsable(empty, "d.txt")).toThrow("no papers found");
    const mixed = startIngestState("auto");
    takeItem(mixed, broken(1), "d.txt");
    takeItem(mixed, paper("One", null, 2), "d.txt");
    expect(() => requireUsable(mixed, "d.txt")).not.toThrow();
  });
});

describe("recordBatch", () => {
  it("adds the batch's counts, takes the bytes read and returns a snapshot to report", () => {
    const state = startIngestState("auto");
    const first = recordBatch(state, { created: 2, updated: 1, unchanged: 0, changedIds: ["a", "b", "c"] }, read, 10);
    recordBatch(
      state,
      { created: 1, updated: 0, unchanged: 4, changedIds: ["d"] },
      { bytesRead: 50, totalBytes: 100 },
      10,
    );
    expect(first).toMatchObject({ created: 2, updated: 1, bytesRead: 10 });
    expect(state.progress).toMatchObject({ created: 3, updated: 1, unchanged: 4, bytesRead: 50, totalBytes: 100 });
    expect(state.changed).toEqual(["a", "b", "c", "d"]);
  });

  it("stops listing changed papers for good once the run passes the cap", () => {
    const state = startIngestState("auto");
    recordBatch(state, { created: 2, updated: 0, unchanged: 0, changedIds: ["a", "b"] }, read, 3);
    recordBatch(state, { created: 2, updated: 0, unchanged: 0, changedIds: ["c", "d"] }, read, 3);
    expect(state.changed).toBeNull();
    recordBatch(state, { created: 1, updated: 0, unchanged: 0, changedIds: ["e"] }, read, 3);
    expect(state.changed).toBeNull();
  });
});

describe("toIngestSummary", () => {
  it("counts accepted papers, names the first day and carries the derived outcome", () => {
    const state = startIngestState("auto");
    takeItem(state, paper("One", "2026-03-13"), "d.txt");
    takeItem(state, broken(2), "d.txt");
    const summary = toIngestSummary(state, "d.txt", "digest-text", { similar: 1, indexed: { deferred: "down" } });
    expect(summary).toMatchObject({
      file: "d.txt",
      format: "digest-text",
      records: 2,
      rejected: 1,
      papers: 1,
      days: ["2026-03-13"],
      date: "2026-03-13",
      similar: 1,
      indexed: { deferred: "down" },
    });
    expect(summary.rejections).toEqual(["d.txt:2: title: empty"]);
  });
});
