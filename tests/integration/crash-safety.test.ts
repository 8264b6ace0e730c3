// SIGKILL the ingest CLI mid-way, re-run it, and compare with an uninterrupted run: same rows, same
// index. Real processes, a real SQLite file each and a real Meilisearch.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSearchIndex } from "@/lib/search/client";
import { removeTestMeili, startTestMeili, type TestMeili } from "../setup/meili";

const CORPUS = path.join(process.cwd(), "tests/fixtures/formats/arxiv-corpus.head3000.jsonl.gz");
let meili: TestMeili;
let tmp: string;

beforeAll(async () => {
  meili = await startTestMeili("crash_unused");
  tmp = mkdtempSync(path.join(os.tmpdir(), "paperboard-crash-"));
});
afterAll(async () => {
  await removeTestMeili(meili);
  rmSync(tmp, { recursive: true, force: true });
});

function ingest(name: string, killWhen?: (db: Database.Database) => boolean) {
  const env = {
    ...process.env,
    DATA_DIR: tmp,
    DATABASE_FILE: path.join(tmp, `${name}.db`),
    MEILI_URL: meili.target.url,
    MEILI_MASTER_KEY: meili.target.apiKey,
    MEILI_INDEX: name,
  };
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/ingest.ts", CORPUS], {
    env,
    stdio: "ignore",
  });
  return new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    const timer =
      killWhen &&
      setInterval(() => {
        try {
          const db = new Database(env.DATABASE_FILE, { readonly: true, fileMustExist: true });
          const kill = killWhen(db);
          db.close();
          if (kill) child.kill("SIGKILL");
        } catch {
          // Not migrated yet, or locked by a writer: look again.
        }
      }, 25);
    child.on("exit", (code, signal) => {
      if (timer) clearInterval(timer);
      resolve({ code, signal });
    });
  });
}

/** Every table but the run log, without timestamps and surrogate ids, in a stable order. */
function dump(name: string) {
  const db = new Database(path.join(tmp, `${name}.db`), { readonly: true });
  const q = (sql: string) => db.prepare(sql).all();
  const result = {
    papers: q(
      `SELECT id, slug, arxivId, arxivVersion, title, abstract, publishedAt, doi, journalRef, comments, keywords, digestDate, rank, source, contentHash FROM Paper ORDER BY id`,
    ),
    pending: q(`SELECT COUNT(*) AS n FROM Paper WHERE indexedAt IS NULL OR indexedAt < updatedAt`),
    authors: q(`SELECT * FROM Author ORDER BY id`),
    paperAuthors: q(`SELECT * FROM PaperAuthor ORDER BY paperId, position`),
    categories: q(`SELECT * FROM Category ORDER BY id`),
    paperCategories: q(`SELECT * FROM PaperCategory ORDER BY paperId, position`),
    links: q(`SELECT paperId, url, kind FROM Link ORDER BY paperId, url`),
    topics: q(`SELECT paperId, t.slug, reason FROM PaperTopic JOIN Topic t ON t.id = topicId ORDER BY paperId, t.slug`),
    digests: q(`SELECT date, source, paperCount FROM Digest ORDER BY date, source`),
    runs: q(`SELECT status, finishedAt IS NOT NULL AS finished FROM IngestRun ORDER BY id`),
  };
  db.close();
  return result;
}

async function indexDump(name: string) {
  const index = getSearchIndex({ ...meili.target, indexName: name }, 30_000);
  const docs = await index.getDocuments({ limit: 10_000 });
  return docs.results.sort((a, b) => a.id.localeCompare(b.id));
}

describe("killing the ingest with SIGKILL", () => {
  it("then re-running it ends with the same database and index as an uninterrupted run", async () => {
    expect(await ingest("whole")).toEqual({ code: 0, signal: null });
    let seenAt = 0;
    const killed = await ingest("killed", (db) => {
      const row = db.prepare("SELECT COUNT(*) AS n FROM Paper").get() as { n: number };
      seenAt = row.n;
      return row.n >= 1000;
    });
    expect(killed.signal).toBe("SIGKILL");
    expect(seenAt).toBeLessThan(3000);
    expect(dump("killed").runs).toEqual([{ status: "running", finished: 0 }]);
    expect(await ingest("killed")).toEqual({ code: 0, signal: null });

    const whole = dump("whole");
    const resumed = dump("killed");
    expect(whole.papers).toHaveLength(3000);
    expect(whole.pending).toEqual([{ n: 0 }]);
    expect({ ...resumed, runs: null }).toEqual({ ...whole, runs: null });
    expect(resumed.runs).toEqual([
      { status: "running", finished: 0 },
      { status: "succeeded", finished: 1 },
    ]);
    const [a, b] = [await indexDump("whole"), await indexDump("killed")];
    expect(a).toHaveLength(3000);
    expect(b).toEqual(a);
  }, 240_000);
});
