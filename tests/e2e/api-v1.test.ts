// The public API against the running production app: every documented operation's real answer is
// validated against /api/openapi.json (ajv, JSON Schema 2020-12), plus CORS and rate-limit headers.
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, inject, it } from "vitest";

const base = inject("appUrl");
type Doc = {
  openapi: string;
  paths: Record<string, { get: { "x-example": string; parameters: { name: string }[] } }>;
  components: { schemas: Record<string, unknown> };
};

let doc: Doc;
let ajv: Ajv2020;
let client = 0;
/** Each test speaks as its own client (TRUST_PROXY=1): its rate-limit bucket is its own. */
const asClient = () => ({ "X-Forwarded-For": `198.51.100.${++client}` });

function validate(path: string, status: number, body: unknown): void {
  const pointer =
    status === 200
      ? `#/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/get/responses/200/content/application~1json/schema`
      : "#/components/schemas/Error";
  const check = ajv.getSchema(`openapi.json${pointer}`);
  if (!check) throw new Error(`no schema at ${pointer}`);
  if (!check(body)) throw new Error(`${path} (${status}) does not match the document: ${ajv.errorsText(check.errors)}`);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the body is checked against the OpenAPI document by ajv, not by a type
async function get(path: string, headers: Record<string, string> = asClient()): Promise<{ res: Response; body: any }> {
  const res = await fetch(`${base}${path}`, { headers });
  return { res, body: await res.json() };
}

beforeAll(async () => {
  const res = await fetch(`${base}/api/openapi.json`);
  expect(res.status).toBe(200);
  doc = (await res.json()) as Doc;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(doc, "openapi.json");
});

describe("/api/v1 and its OpenAPI document", () => {
  it("is an OpenAPI 3.1 document listing every resource", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/search",
        "/api/v1/papers",
        "/api/v1/papers/{id}",
        "/api/v1/papers/{id}/similar",
        "/api/v1/topics",
      ]),
    );
  });

  it("answers every operation's example with a body the document describes", async () => {
    for (const [path, { get: op }] of Object.entries(doc.paths)) {
      if (path === "/api/v1/library") continue; // needs a token: tests/e2e/api-tokens.test.ts
      const { res, body } = await get(op["x-example"]);
      expect(res.status, op["x-example"]).toBe(200);
      validate(path, 200, body);
    }
  });

  it("gives search hits a plain title and the whole abstract, with the highlights beside them", async () => {
    const { body } = await get("/api/v1/search?q=preference");
    const hit = body.hits.find(
      (h: { title: string }) => h.title === "HelpSteer2-Preference: Complementing Ratings with Preferences",
    );
    expect(hit).toBeDefined();
    expect(
      hit.highlights.title.some((s: { text: string; match: boolean }) => s.match && /preference/i.test(s.text)),
    ).toBe(true);
    expect(hit.abstract.length).toBeGreaterThan(
      hit.highlights.abstract.map((s: { text: string }) => s.text).join("").length,
    );
    expect(hit.url).toMatch(/\/papers\/helpsteer2-preference/);
  });

  it("ranks a day's trending papers with the score explained, and refuses a period that does not exist", async () => {
    const day = await get("/api/v1/papers?date=2026-03-13&limit=3");
    expect(day.body.window).toMatchObject({ kind: "day", start: "2026-03-13", end: "2026-03-13" });
    expect(day.body.papers).toHaveLength(3);
    expect(day.body.papers[0].score.parts.map((p: { label: string }) => p.label)).toContain("Community");
    const month = await get("/api/v1/papers?month=2026-03");
    validate("/api/v1/papers", 200, month.body);
    expect(month.body.papers.length).toBe(30);
    const bad = await get("/api/v1/papers?date=2026-02-30");
    expect(bad.res.status).toBe(400);
    validate("/api/v1/papers", 400, bad.body);
  });

  it("finds a paper by slug or id, its similar papers, and 404s an unknown one in the Error shape", async () => {
    const { body: list } = await get("/api/v1/papers?limit=1");
    const { id, slug } = list.papers[0];
    const byId = await get(`/api/v1/papers/${id}`);
    expect(byId.body.paper.slug).toBe(slug);
    const similar = await get(`/api/v1/papers/${slug}/similar`);
    expect(similar.body.paper.id).toBe(id);
    expect(similar.body.similar.length).toBeGreaterThan(0);
    const missing = await get("/api/v1/papers/2401.99999");
    expect(missing.res.status).toBe(404);
    validate("/api/v1/papers/{id}", 404, missing.body);
  });

  it("lets any origin read, without credentials, and answers the preflight", async () => {
    const pre = await fetch(`${base}/api/v1/search?q=x`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://elsewhere.example",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "authorization",
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe("*");
    expect(pre.headers.get("access-control-allow-methods")).toContain("GET");
    expect(pre.headers.get("access-control-allow-headers")).toMatch(/authorization/i);
    for (const path of ["/api/v1/topics", "/api/openapi.json"]) {
      const res = await fetch(`${base}${path}`, { headers: { Origin: "https://elsewhere.example", ...asClient() } });
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    }
  });

  it("states the rate limit on every answer and says when to retry once past it", async () => {
    const me = asClient();
    const first = await get("/api/v1/topics", me);
    const limit = Number(first.res.headers.get("ratelimit-limit"));
    expect(limit).toBeGreaterThan(1);
    expect(Number(first.res.headers.get("ratelimit-remaining"))).toBe(limit - 1);
    expect(Number(first.res.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
    let last = first;
    // The bucket refills while we ask (a steady rate on top of the burst): ask until refused.
    for (let i = 1; i <= limit * 5 && last.res.status === 200; i++) last = await get("/api/v1/topics", me);
    expect(last.res.status).toBe(429);
    expect(Number(last.res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last.res.headers.get("ratelimit-remaining")).toBe("0");
    expect(last.res.headers.get("access-control-allow-origin")).toBe("*");
    validate("/api/v1/topics", 429, last.body);
    // The legacy endpoint states its limit too.
    expect((await fetch(`${base}/api/search?q=x`, { headers: asClient() })).headers.get("ratelimit-limit")).toBe(
      String(limit),
    );
  });

  it("documents itself on /docs/api, rendered from the document without scripts", async () => {
    const res = await fetch(`${base}/docs/api`);
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const [path, { get: op }] of Object.entries(doc.paths)) {
      expect(html).toContain(path);
      expect(html).toContain(`${op["x-example"].replaceAll("&", "&amp;")}&#x27;`);
    }
    for (const schema of Object.keys(doc.components.schemas)) expect(html).toContain(`id="schema-${schema}"`);
    expect(html).toContain("curl -s -H &#x27;Authorization: Bearer");
  });
});
