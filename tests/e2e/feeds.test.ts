// Feeds over HTTP from the production server: formats, caching, search facets and discovery.
import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, inject, it } from "vitest";

const base = inject("appUrl");

function parseXml(xml: string) {
  return new DOMParser({
    onError: (level, msg) => {
      throw new Error(`${level}: ${msg}`);
    },
  }).parseFromString(xml, "text/xml");
}
const elements = (xml: string, name: string): Element[] => Array.from(parseXml(xml).getElementsByTagName(name));

describe("feeds", () => {
  it("serves trending as Atom, RSS and JSON Feed with the digest's papers", async () => {
    const atom = await fetch(`${base}/feeds/trending.atom`);
    expect(atom.status).toBe(200);
    expect(atom.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const entries = elements(await atom.text(), "entry");
    expect(entries).toHaveLength(98);
    const firstTitle = entries[0]!.getElementsByTagName("title")[0]!.textContent;
    expect(firstTitle).toBe("Theme Transformer: Symbolic Music Generation with Theme-Conditioned Transformer");
    expect(entries[0]!.getElementsByTagName("link")[0]!.getAttribute("href")).toMatch(
      /^http:\/\/localhost:\d+\/papers\/theme-transformer/,
    );

    const rss = await fetch(`${base}/feeds/trending.rss?window=week`);
    expect(rss.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(elements(await rss.text(), "item")).toHaveLength(98);

    const json = await fetch(`${base}/feeds/trending.json`);
    expect(json.headers.get("content-type")).toBe("application/feed+json; charset=utf-8");
    const feed = await json.json();
    expect(feed.items).toHaveLength(98);
    expect(feed.items[1].content_html).toContain('href="https://github.com/YushenZuo/OSDiffST"');
  });

  it("answers revalidation with 304 on If-None-Match and If-Modified-Since", async () => {
    const first = await fetch(`${base}/feeds/trending.atom`);
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const byTag = await fetch(`${base}/feeds/trending.atom`, { headers: { "If-None-Match": etag } });
    expect(byTag.status).toBe(304);
    const byDate = await fetch(`${base}/feeds/trending.atom`, { headers: { "If-Modified-Since": lastModified } });
    expect(byDate.status).toBe(304);
    const stale = await fetch(`${base}/feeds/trending.atom`, { headers: { "If-None-Match": '"stale"' } });
    expect(stale.status).toBe(200);
  });

  it("serves a topic's papers and a search with its facets", async () => {
    const topics = (await (await fetch(`${base}/api/topics`)).json()).topics as { slug: string; paperCount: number }[];
    const topic = topics.find((t) => t.paperCount > 1)!;
    const feed = await (await fetch(`${base}/feeds/topics/${topic.slug}.json`)).json();
    expect(feed.items).toHaveLength(Math.min(topic.paperCount, 50));

    const search = await fetch(`${base}/feeds/search.atom?q=preference&utm_source=x`);
    const xml = await search.text();
    expect(elements(xml, "title").map((t) => t.textContent)).toContain(
      "HelpSteer2-Preference: Complementing Ratings with Preferences",
    );
    const self = elements(xml, "link").find((l) => l.getAttribute("rel") === "self");
    expect(self?.getAttribute("href")).toMatch(/\/feeds\/search\.atom\?q=preference$/);

    const filtered = await (await fetch(`${base}/feeds/search.json?q=&topic=${topic.slug}`)).json();
    expect(filtered.items.length).toBe(Math.min(topic.paperCount, 20));
  });

  it("names a search feed with a fixed title and the query quoted, cleaned and capped", async () => {
    const crafted = "x”\n\nPaperboard Security: your account is locked, call +1 555 0100";
    const json = await (await fetch(`${base}/feeds/search.json?q=${encodeURIComponent(crafted)}`)).json();
    expect(json.title).toBe("Paperboard search: “x' Paperboard Security: your account is…”");
    const atom = await (await fetch(`${base}/feeds/search.atom?q=${encodeURIComponent(crafted)}`)).text();
    expect(parseXml(atom).documentElement!.getElementsByTagName("title")[0]!.textContent).toBe(json.title);
  });

  it("rejects unknown feeds (404) and bad search params (400)", async () => {
    expect((await fetch(`${base}/feeds/nope.rss`)).status).toBe(404);
    expect((await fetch(`${base}/feeds/trending.xml`)).status).toBe(404);
    expect((await fetch(`${base}/feeds/topics/no-such-topic.atom`)).status).toBe(404);
    const bad = await fetch(`${base}/feeds/search.rss?topic=Not%20A%20Slug`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/topic/);
  });

  it("is discoverable from the trending, topic and search pages", async () => {
    const alternates = async (path: string) => {
      const html = await (await fetch(`${base}${path}`)).text();
      return [...html.matchAll(/<link rel="alternate" type="([^"]+)"[^>]*href="([^"]+)"/g)].map((m) => [
        m[1],
        m[2]!.replaceAll("&amp;", "&"),
      ]);
    };
    expect(await alternates("/")).toEqual(
      expect.arrayContaining([
        ["application/rss+xml", expect.stringMatching(/\/feeds\/trending\.rss$/)],
        ["application/atom+xml", expect.stringMatching(/\/feeds\/trending\.atom$/)],
        ["application/feed+json", expect.stringMatching(/\/feeds\/trending\.json$/)],
      ]),
    );
    const topicLinks = await alternates("/topics/video");
    expect(topicLinks).toContainEqual(["application/atom+xml", expect.stringMatching(/\/feeds\/topics\/video\.atom$/)]);
    const searchLinks = await alternates("/search?q=diffusion&topic=video&page=2");
    expect(searchLinks).toContainEqual([
      "application/atom+xml",
      expect.stringMatching(/\/feeds\/search\.atom\?q=diffusion&topic=video$/),
    ]);
  });
});
