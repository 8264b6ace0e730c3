// The JSON API over HTTP against the production server: shapes, pagination and 400s.
import { describe, expect, inject, it } from "vitest";

const base = inject("appUrl");

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads the JSON shape the endpoint documents
async function get(path: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, body: await res.json() };
}

describe("JSON API", () => {
  it("answers liveness on /api/health, uncached", async () => {
    const res = await fetch(`${base}/api/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("lists papers in trending order with cursor pagination", async () => {
    const first = await get("/api/papers?limit=5");
    expect(first.status).toBe(200);
    expect(first.body.papers.map((p: { rank: number }) => p.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(first.body.nextCursor).toBe(first.body.papers[4].id);
    const second = await get(`/api/papers?limit=5&cursor=${first.body.nextCursor}`);
    expect(second.body.papers.map((p: { rank: number }) => p.rank)).toEqual([6, 7, 8, 9, 10]);
    const all = await get("/api/papers?limit=100");
    expect(all.body.papers).toHaveLength(98);
    expect(all.body.nextCursor).toBeNull();
  });

  it("filters papers by topic", async () => {
    const topics = await get("/api/topics");
    const topic = topics.body.topics.find((t: { paperCount: number }) => t.paperCount > 1);
    const papers = await get(`/api/papers?topic=${topic.slug}&limit=100`);
    expect(papers.body.papers).toHaveLength(topic.paperCount);
    for (const p of papers.body.papers) expect(p.topics.map((t: { slug: string }) => t.slug)).toContain(topic.slug);
  });

  it("returns one paper by slug, and 404 for an unknown one", async () => {
    const list = await get("/api/papers?limit=2");
    const slug = list.body.papers[1].slug;
    const one = await get(`/api/papers/${slug}`);
    expect(one.status).toBe(200);
    expect(one.body.paper.links).toContainEqual({ url: "https://github.com/YushenZuo/OSDiffST", kind: "code" });
    expect((await get("/api/papers/does-not-exist")).status).toBe(404);
  });

  it("searches with hits, total and topic facet counts", async () => {
    const res = await get("/api/search?q=preference");
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.hits.map((h: { title: { text: string }[] }) => h.title.map((s) => s.text).join(""))).toContain(
      "HelpSteer2-Preference: Complementing Ratings with Preferences",
    );
    expect(res.body.facets.topic.length).toBeGreaterThan(0);
  });

  it("rejects bad query parameters with 400 and a message naming the parameter", async () => {
    const limit = await get("/api/papers?limit=abc");
    expect(limit.status).toBe(400);
    expect(limit.body.error.message).toMatch(/limit/);
    const topic = await get("/api/search?q=x&topic=Not%20A%20Slug");
    expect(topic.status).toBe(400);
    expect(topic.body.error.message).toMatch(/topic/);
    expect((await get("/api/search?page=0")).status).toBe(400);
  });

  it("serves the web app manifest the pages link to", async () => {
    const res = await fetch(`${base}/manifest.webmanifest`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: "Paperboard", start_url: "/" });
    expect(await (await fetch(`${base}/`)).text()).toContain('<link rel="manifest" href="/manifest.webmanifest"');
  });
});
