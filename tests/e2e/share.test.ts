// paper pages carry Open Graph / Twitter card metadata with a generated image; sitemap and robots.
import { beforeAll, describe, expect, inject, it } from "vitest";

const base = inject("appUrl");
let paper: { slug: string; title: string };
let topicSlug: string;

const meta = (html: string, key: string): string | undefined =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

beforeAll(async () => {
  paper = ((await (await fetch(`${base}/api/papers?limit=1`)).json()) as { papers: { slug: string; title: string }[] })
    .papers[0]!;
  topicSlug = ((await (await fetch(`${base}/api/topics`)).json()) as { topics: { slug: string }[] }).topics[0]!.slug;
});

describe("sharing a paper", () => {
  it("has Open Graph and Twitter card tags, with absolute URLs", async () => {
    const html = await (await fetch(`${base}/papers/${paper.slug}`)).text();
    expect(meta(html, "og:type")).toBe("article");
    expect(meta(html, "og:title")).toBeTruthy();
    expect(meta(html, "og:description")?.length).toBeGreaterThan(20);
    expect(meta(html, "og:url")).toMatch(new RegExp(`^https?://[^/]+/papers/${paper.slug}$`));
    expect(meta(html, "og:image")).toMatch(new RegExp(`^https?://[^/]+/papers/${paper.slug}/opengraph-image`));
    expect(meta(html, "og:image:width")).toBe("1200");
    expect(meta(html, "twitter:card")).toBe("summary_large_image");
    expect(meta(html, "twitter:title")).toBe(meta(html, "og:title"));
  });

  it("serves the generated social image as a PNG", async () => {
    const html = await (await fetch(`${base}/papers/${paper.slug}`)).text();
    const image = new URL(meta(html, "og:image")!.replaceAll("&amp;", "&"));
    const response = await fetch(`${base}${image.pathname}${image.search}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(String.fromCharCode(...bytes.slice(1, 4))).toBe("PNG");
    expect(bytes.length).toBeGreaterThan(5_000);
  });
});

describe("crawlers", () => {
  it("sitemap.xml lists the browse pages, topics and papers with absolute URLs", async () => {
    const response = await fetch(`${base}/sitemap.xml`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml).toMatch(new RegExp(`<loc>https?://[^<]+/topics/${topicSlug}</loc>`));
    expect(xml).toMatch(new RegExp(`<loc>https?://[^<]+/papers/${paper.slug}</loc>`));
    expect(xml.match(/<loc>/g)?.length).toBeGreaterThan(100);
  });

  it("robots.txt allows pages, keeps crawlers off the API and search, and names the sitemap", async () => {
    const text = await (await fetch(`${base}/robots.txt`)).text();
    expect(text).toContain("Disallow: /api/");
    expect(text).toContain("Disallow: /search");
    expect(text).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
  });
});
