// Feeds parsed back with a real XML parser and checked against the elements RSS 2.0, Atom 1.0 and JSON Feed require.
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { renderFeed, type FeedDocument, type FeedEntry } from "./build-feed";

const BASE = "https://papers.example.org";
const EVIL = `Attack <script>alert("x")</script> & friends`;

const entry = (over: Partial<FeedEntry> = {}): FeedEntry => ({
  slug: "a-paper",
  arxivId: "2403.12345",
  title: "A paper",
  abstract: "We study things.",
  digestDate: "2026-03-13",
  topics: [{ slug: "nlp-language", name: "NLP & language" }],
  links: [
    { url: "https://github.com/o/r", kind: "code" },
    { url: "javascript:alert(1)", kind: "demo" },
  ],
  ...over,
});

const doc: FeedDocument = {
  title: "Paperboard — trending papers",
  description: "The latest digest.",
  pageUrl: `${BASE}/`,
  feedUrls: {
    rss: `${BASE}/feeds/trending.rss`,
    atom: `${BASE}/feeds/trending.atom`,
    json: `${BASE}/feeds/trending.json`,
  },
  updated: new Date("2026-03-13T08:00:00Z"),
  entries: [
    entry(),
    entry({ slug: "evil", arxivId: null, title: EVIL, abstract: `${EVIL} in the abstract`, links: [] }),
  ],
};

/** Strict: any warning or error from the parser fails the test (well-formedness). */
function parseXml(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
}

const children = (el: Element, name: string) =>
  Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
const child = (el: Element, name: string) => children(el, name)[0];
const text = (el: Element, name: string) => child(el, name)?.textContent ?? null;

describe("renderFeed", () => {
  it("renders a paper with no date at all (a catalogue record without one), dated by the feed", () => {
    const undated = { ...doc, entries: [entry({ digestDate: "" })] };
    const atom = parseXml(renderFeed(undated, "atom", BASE)).documentElement!;
    expect(text(child(atom, "entry")!, "updated")).toBe("2026-03-13T08:00:00.000Z");
    expect(child(child(parseXml(renderFeed(undated, "rss", BASE)).documentElement!, "channel")!, "item")).toBeTruthy();
    expect(JSON.parse(renderFeed(undated, "json", BASE)).items).toHaveLength(1);
  });

  it("RSS 2.0: channel and items carry the required elements", () => {
    const root = parseXml(renderFeed(doc, "rss", BASE)).documentElement!;
    expect(root.localName).toBe("rss");
    expect(root.getAttribute("version")).toBe("2.0");
    const channel = child(root, "channel")!;
    for (const name of ["title", "link", "description"]) expect(text(channel, name)).toBeTruthy();
    const items = children(channel, "item");
    expect(items).toHaveLength(2);
    const first = items[0]!;
    expect(text(first, "link")).toBe(`${BASE}/papers/a-paper`);
    expect(text(first, "guid")).toBe(`${BASE}/papers/a-paper`);
    expect(new Date(text(first, "pubDate")!).toISOString()).toBe("2026-03-13T00:00:00.000Z");
    expect(child(first, "category")?.textContent).toBe("NLP & language");
    const content = text(first, "encoded")!;
    expect(content).toContain('href="https://arxiv.org/abs/2403.12345"');
    expect(content).toContain('href="https://github.com/o/r"');
    expect(content).not.toContain("javascript:");
  });

  it("Atom 1.0: feed id/title/updated/author, entries id/title/updated/link", () => {
    const root = parseXml(renderFeed(doc, "atom", BASE)).documentElement!;
    expect(root.namespaceURI).toBe("http://www.w3.org/2005/Atom");
    for (const name of ["id", "title", "updated"]) expect(text(root, name)).toBeTruthy();
    expect(text(child(root, "author")!, "name")).toBe("Paperboard");
    const self = children(root, "link").find((l) => l.getAttribute("rel") === "self");
    expect(self?.getAttribute("href")).toBe(`${BASE}/feeds/trending.atom`);
    const entries = children(root, "entry");
    expect(entries).toHaveLength(2);
    for (const e of entries) {
      for (const name of ["id", "title", "updated"]) expect(text(e, name)).toBeTruthy();
      expect(child(e, "link")?.getAttribute("href")).toMatch(/^https:\/\/papers\.example\.org\/papers\//);
    }
    expect(child(entries[0]!, "category")?.getAttribute("label")).toBe("NLP & language");
  });

  it("JSON Feed: version, title and item ids; plain-text title, HTML content", () => {
    const feed = JSON.parse(renderFeed(doc, "json", BASE));
    expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/);
    expect(feed.title).toBe(doc.title);
    expect(feed.feed_url).toBe(`${BASE}/feeds/trending.json`);
    expect(feed.items).toHaveLength(2);
    for (const item of feed.items) {
      expect(typeof item.id).toBe("string");
      expect(item.url).toMatch(/^https:\/\/papers\.example\.org\/papers\//);
    }
    expect(feed.items[0].tags).toEqual(["NLP & language"]);
  });

  it("keeps a <script> title inert in every format", () => {
    for (const format of ["rss", "atom"] as const) {
      const xml = parseXml(renderFeed(doc, format, BASE));
      expect(xml.getElementsByTagName("script")).toHaveLength(0);
      const item = Array.from(xml.getElementsByTagName(format === "rss" ? "item" : "entry"))[1]!;
      // Readers treat these as HTML: the markup must arrive escaped, i.e. as text once decoded.
      for (const name of ["title", format === "rss" ? "description" : "summary"]) {
        const value = text(item, name)!;
        expect(value).not.toContain("<script");
        expect(value).toContain("&lt;script&gt;");
      }
    }
    const json = JSON.parse(renderFeed(doc, "json", BASE));
    expect(json.items[1].title).toBe(EVIL); // plain text by the JSON Feed spec
    expect(json.items[1].content_html).not.toContain("<script");
    expect(json.items[1].content_html).toContain("&lt;script&gt;");
  });
});

describe("authors", () => {
  it("lists known authors per item and renders items without any", () => {
    const withAuthors = {
      ...doc,
      entries: [entry({ authors: ["Ada Lovelace", "Alan Turing"] }), entry({ slug: "b", authors: [] })],
    };
    const atom = parseXml(renderFeed(withAuthors, "atom", BASE));
    const names = [...Array.from(atom.getElementsByTagName("entry"))].map((e) =>
      Array.from((e as Element).getElementsByTagName("name")).map((n) => n.textContent),
    );
    expect(names[0]).toEqual(["Ada Lovelace", "Alan Turing"]);
    const json = JSON.parse(renderFeed(withAuthors, "json", BASE)) as { items: { author?: { name: string } }[] };
    expect(json.items[0]?.author?.name).toBe("Ada Lovelace"); // JSON Feed 1.0 (the library's version) has one author per item
  });
});
