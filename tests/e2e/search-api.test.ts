// GET /api/search over HTTP: facets in the query string, clear 400s, per-client 429 with
// Retry-After, arXiv ids that jump to a paper, and "paste an abstract".
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const base = inject("appUrl");
const ARXIV_PAPER = { id: "arxiv-2499_00001", slug: "an-e2e-fixture-paper-000001", arxivId: "2499.00001" };
let db: Database.Database;

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${url}`, { headers, redirect: "manual" });
  return {
    status: res.status,
    headers: res.headers,
    body: res.headers.get("content-type")?.includes("json") ? await res.json() : await res.text(),
  };
}

beforeAll(() => {
  db = new Database(path.join(inject("appDataDir"), "paperboard.db"));
  db.prepare(
    "INSERT INTO Paper (id, slug, arxivId, title, abstract, digestDate, rank, source) VALUES (?, ?, ?, 'An e2e fixture paper', 'Fixture.', '2026-03-13', 999, 'test')",
  ).run(ARXIV_PAPER.id, ARXIV_PAPER.slug, ARXIV_PAPER.arxivId);
});
afterAll(() => {
  db.prepare("DELETE FROM Paper WHERE id = ?").run(ARXIV_PAPER.id);
  db.close();
});

describe("GET /api/search", () => {
  it("answers the author filter on demand, and refuses an unknown facet", async () => {
    const authors = await get("/api/search?q=model&facet=authors&name=a");
    expect(authors.status).toBe(200);
    expect(Array.isArray(authors.body.authors)).toBe(true);
    expect(authors.body.hits).toBeUndefined();
    expect((await get("/api/search?q=model&facet=titles")).status).toBe(400);
  });

  it("combines repeated facet params and reports live counts", async () => {
    const all = await get("/api/search?q=");
    const code = all.body.facets.has.find((f: { value: string }) => f.value === "code");
    const withCode = await get("/api/search?has=code");
    expect(withCode.body.total).toBe(code.count);
    const [t1, t2] = withCode.body.facets.topic;
    const both = await get(`/api/search?has=code&topic=${t1.value}&topic=${t2.value}&sort=newest`);
    expect(both.status).toBe(200);
    expect(both.body.query.topic).toEqual([t1.value, t2.value]);
    expect(both.body.total).toBeLessThanOrEqual(Math.min(t1.count, t2.count));
  });

  it.each([
    [`q=${"x".repeat(301)}`, /q: must be at most 300/],
    ["sort=popular", /sort/],
    ["from=2026-13", /from: must be a month/],
    ["from=2026-05&to=2026-01", /to: must not be before from/],
    ["has=slides", /has/],
    ["page=501", /page: must be at most 500/],
  ])("answers 400 naming the parameter for %s", async (qs, message) => {
    const res = await get(`/api/search?${qs}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it("rate-limits each client with 429 and Retry-After, leaving other clients alone", async () => {
    const client = { "x-forwarded-for": "198.51.100.7" };
    const statuses = await Promise.all(
      Array.from({ length: 60 }, () => get("/api/search?q=agents", client).then((r) => r)),
    );
    const limited = statuses.find((r) => r.status === 429);
    expect(limited).toBeDefined();
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(limited!.body.error.code).toBe("RATE_LIMITED");
    expect((await get("/api/search?q=agents", { "x-forwarded-for": "198.51.100.8" })).status).toBe(200);
  });

  it("jumps to a known paper for its arXiv id or URL, and says when the id is unknown", async () => {
    for (const q of ["2499.00001v2", "https://arxiv.org/abs/2499.00001", "huggingface.co/papers/2499.00001"]) {
      const res = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(res.body.redirect).toBe(`/papers/${ARXIV_PAPER.slug}`);
    }
    const page = await get("/search?q=arXiv:2499.00001");
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toContain(`/papers/${ARXIV_PAPER.slug}`);
    const unknown = await get("/api/search?q=2499.99999");
    expect(unknown.body).toMatchObject({ arxivId: "2499.99999", total: 0 });
  });

  it("finds the paper a pasted abstract came from (no JS: a GET form)", async () => {
    const paper = (await get("/api/search?q=HelpSteer2-Preference")).body.hits[0];
    const abstract = (await get(`/api/papers/${paper.slug}`)).body.paper.abstract;
    const html = (await get(`/similar?text=${encodeURIComponent(abstract)}`)).body as string;
    const list = html.slice(html.indexOf('aria-label="Similar papers"'));
    expect(list.indexOf("HelpSteer2-Preference")).toBeGreaterThan(0);
    expect(list.indexOf("HelpSteer2-Preference")).toBeLessThan(list.indexOf("</li>"));
  });
});
