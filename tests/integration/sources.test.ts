// URL sources against a local HTTP server on a free loopback port serving the fixtures: redirects,
// errors, content types, size cap, OAI-PMH resumption, gzip, and `--hf-date` through the CLI.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchSourceError } from "@/lib/ingest/fetch-source";
import { runIngest } from "@/lib/ingest/run-ingest";
import { findFreePort } from "@/lib/search/server";
import { createTestDb, dbEnv, type TestDb } from "../setup/db";

const FIXTURES = path.join(process.cwd(), "tests/fixtures/formats");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));
const OAI_PAGE_2 = `<?xml version="1.0"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords><record><header><identifier>oai:arXiv.org:2303.99999</identifier></header><metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Page two paper</dc:title><dc:creator>Doe, Jane</dc:creator><dc:description>An abstract on page two.</dc:description><dc:date>2023-03-06</dc:date></oai_dc:dc></metadata></record><resumptionToken/></ListRecords></OAI-PMH>`;

let server: Server;
let base: string;
let t: TestDb;
const limits = { timeoutMs: 5_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 3 };

beforeAll(async () => {
  t = await createTestDb();
  const port = await findFreePort();
  base = `http://127.0.0.1:${port}`;
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", base);
    const send = (type: string, body: Buffer | string) => res.writeHead(200, { "content-type": type }).end(body);
    if (url.pathname === "/api/daily_papers" && url.searchParams.get("date") === "2026-07-31")
      return send("application/json; charset=utf-8", fixture("hf-daily-papers.api-response.5-items.json"));
    if (url.pathname === "/oai") {
      const token = url.searchParams.get("resumptionToken");
      if (token === null) return send("text/xml", fixture("arxiv-oai-pmh.listrecords-oai_dc.20-records.xml"));
      if (token === "6511260|1001") return send("text/xml", OAI_PAGE_2);
    }
    if (url.pathname === "/corpus.gz") return send("application/gzip", fixture("arxiv-corpus.head3000.jsonl.gz"));
    const hops = /^\/redirect\/(\d+)$/.exec(url.pathname);
    if (hops)
      return res.writeHead(302, { location: Number(hops[1]) > 1 ? `/redirect/${Number(hops[1]) - 1}` : "/atom" }).end();
    if (url.pathname === "/atom") return send("application/atom+xml", fixture("arxiv-api-atom.id-list-query.xml"));
    if (url.pathname === "/html") return send("text/html", "<html>login</html>");
    res.writeHead(404).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.dispose();
});

const ingestUrl = (p: string, extra: Partial<Parameters<typeof runIngest>[0]> = {}) =>
  runIngest({ db: t.db, file: `${base}${p}`, search: null, limits, ...extra });

describe("http(s) sources", () => {
  it("follows a few redirects and detects the format", async () => {
    expect(await ingestUrl("/redirect/2")).toMatchObject({ format: "arxiv-atom", created: 1 });
  });

  it("gives clear errors for too many redirects, non-2xx answers, wrong content types and oversize bodies", async () => {
    await expect(ingestUrl("/redirect/5")).rejects.toThrow(/more than 3 redirects/);
    await expect(ingestUrl("/missing")).rejects.toThrow(/\/missing: HTTP 404/);
    await expect(ingestUrl("/html")).rejects.toThrow(/unexpected content type "text\/html"/);
    await expect(ingestUrl("/atom", { limits: { ...limits, maxBytes: 1000 } })).rejects.toThrow(FetchSourceError);
    const runs = await t.db.ingestRun.findMany({ where: { status: "failed" } });
    expect(runs).toHaveLength(4);
  });

  it("follows OAI-PMH resumption tokens page by page", async () => {
    const s = await ingestUrl("/oai?verb=ListRecords&metadataPrefix=oai_dc&from=2023-03-07");
    expect(s).toMatchObject({ format: "arxiv-oai", papers: 21 });
    expect(await t.db.paper.findUnique({ where: { id: "arxiv-2303_99999" } })).toMatchObject({
      title: "Page two paper",
    });
  });

  it("streams a gzipped JSON Lines download", async () => {
    expect(await ingestUrl("/corpus.gz", { limit: 200 })).toMatchObject({ format: "arxiv-jsonl", papers: 200 });
  });
});

// Async spawn: the fixture server runs in this process, so blocking on the child would starve it.
function cli(args: string[], env: NodeJS.ProcessEnv, stdin = ""): Promise<{ status: number | null; stdout: string }> {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/ingest.ts", ...args],
    { env },
  );
  child.stdin.end(stdin);
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise((resolve) => child.on("exit", (status) => resolve({ status, stdout })));
}

describe("npm run ingest -- --hf-date", () => {
  it("fetches that day's daily papers from HF_API_BASE_URL", async () => {
    const env = { ...process.env, ...dbEnv(t), MEILI_URL: "http://127.0.0.1:9", HF_API_BASE_URL: base };
    const run = await cli(["--hf-date", "2026-07-31"], env);
    expect(run.stdout).toContain("(hf-daily): 5 papers, digest days 2026-07-31");
    expect(run.status).toBe(0);
    expect((await cli(["--hf-date", "2026-02-30"], env)).status).toBe(2);
  }, 60_000);

  it("reads stdin with -", async () => {
    const env = { ...process.env, ...dbEnv(t), MEILI_URL: "http://127.0.0.1:9" };
    const run = await cli(["-"], env, fixture("arxiv-api-atom.cs-RO-query.xml").toString("utf8"));
    expect(run.stdout).toContain("stdin (arxiv-atom): 2 papers");
    expect(run.status).toBe(0);
  }, 60_000);
});
