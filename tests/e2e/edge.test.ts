// The edge of the running app (`npm start`), on an app of its own with no proxy trusted and small
// limits: a forged X-Forwarded-For changes nothing, every expensive endpoint answers 429 with
// Retry-After past its limit (HTML for pages, JSON for APIs), bodies over their cap get 413, the
// index is warm for the first search, and the web process holds a search-only key, never the master
// key. The shared app (one trusted proxy) shows X-Forwarded-For read from the right.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startApp, type AppServer } from "../setup/app-server";
import { postChunked } from "../setup/chunked";

let app: AppServer;

/** The web process's environment: the starter's child running the compiled scripts/serve.ts. */
function webProcessEnv(): Map<string, string> {
  const children = readFileSync(`/proc/${app.pid}/task/${app.pid}/children`, "utf8").trim().split(/\s+/);
  const web = children.find((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("serve.mjs"));
  if (!web) throw new Error("no web process under the starter");
  const pairs = readFileSync(`/proc/${web}/environ`, "utf8").split("\0").filter(Boolean);
  return new Map(pairs.map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]));
}

beforeAll(async () => {
  app = await startApp({
    TRUST_PROXY: "0",
    SEARCH_RATE_LIMIT_PER_MINUTE: "1",
    SEARCH_RATE_LIMIT_BURST: "4",
    SIMILAR_RATE_LIMIT_PER_MINUTE: "1",
    SIMILAR_RATE_LIMIT_BURST: "2",
    EXPORT_RATE_LIMIT_PER_MINUTE: "1",
    EXPORT_RATE_LIMIT_BURST: "2",
    IMAGE_RATE_LIMIT_PER_MINUTE: "1",
    IMAGE_RATE_LIMIT_BURST: "2",
    AUTH_RATE_LIMIT_PER_MINUTE: "1",
    AUTH_RATE_LIMIT_BURST: "2",
    BODY_LIMIT_BYTES: "4096",
  });
});
afterAll(async () => {
  await app?.stop();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}${url}`, { headers, redirect: "manual" });
const statuses = async (n: number, request: (i: number) => Promise<Response>) => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await request(i)).status);
  return out;
};

async function expectRefusal(res: Response, answer: "page" | "json"): Promise<void> {
  expect(res.status).toBe(429);
  expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  if (answer === "json") expect((await res.json()).error.code).toBe("RATE_LIMITED");
  else {
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(await res.text()).toMatch(
      /<h1>Too many requests<\/h1><p role="alert">Too many requests from your address\. Please try again in \d+ (second|minute)s?\./,
    );
  }
}

describe("a fresh start", () => {
  it("warms the index before serving, so the first search answers", async () => {
    expect(app.output()).toMatch(/Search index warmed in \d+ ms/);
    const first = await get("/api/search?q=agents");
    expect(first.status).toBe(200);
    expect((await first.json()).total).toBeGreaterThan(0);
  });

  it("gives the web process a search-only key, never the master key, and Meilisearch refuses it writes", async () => {
    const env = webProcessEnv();
    const masterKey = readFileSync(path.join(app.dataDir, "meilisearch", "meili-master-key"), "utf8").trim();
    expect(env.get("MEILI_MASTER_KEY")).toBeUndefined();
    expect([...env.values()]).not.toContain(masterKey);
    const meili = env.get("MEILI_URL")!;
    const index = env.get("MEILI_INDEX")!;
    const auth = { authorization: `Bearer ${env.get("MEILI_SEARCH_KEY")}`, "content-type": "application/json" };
    const search = await fetch(`${meili}/indexes/${index}/search`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ q: "agents", limit: 1 }),
    });
    expect(search.status).toBe(200);
    const write = await fetch(`${meili}/indexes/${index}/documents`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify([{ id: "x", title: "planted" }]),
    });
    expect(write.status).toBe(403);
    expect((await fetch(`${meili}/keys`, { headers: auth })).status).toBe(403);
  });
});

describe("rate limits with no proxy trusted", () => {
  it("keys on the socket: a new X-Forwarded-For (or our own header) per request does not reset the search limit", async () => {
    // One search was spent above; the burst is 4.
    const forged = (i: number) => ({
      "x-forwarded-for": `198.51.100.${i + 1}`,
      "x-paperboard-client-address": `198.51.100.${i + 101}`,
    });
    expect(await statuses(3, (i) => get("/api/search?q=models", forged(i)))).toEqual([200, 200, 200]);
    await expectRefusal(await get("/api/search?q=models", forged(9)), "json");
    // The search page and the search feeds share the bucket; the page's refusal is a page.
    await expectRefusal(await get("/search?q=models"), "page");
    await expectRefusal(await get("/feeds/search.atom?q=models"), "json");
    // Next's prefetch of a search link renders no results, so it is not refused (nor counted).
    const prefetch = await fetch(`${app.url}/search?q=models`, { headers: { rsc: "1", "next-router-prefetch": "1" } });
    expect(prefetch.status).toBe(200);
    const tree = await prefetch.text();
    expect(tree).toContain('"s":"__PAGE__"');
    expect(tree.length).toBeLessThan(1_000); // the route tree only: a results page is ~80 kB
  });

  it("limits /similar, exports, share images and sign-in each on their own", async () => {
    const text = encodeURIComponent("reward models for preference alignment of language models");
    expect(await statuses(2, () => get(`/similar?text=${text}`))).toEqual([200, 200]);
    await expectRefusal(await get(`/similar?text=${text}`), "page");
    expect((await get("/similar")).status).toBe(200); // the empty form costs nothing

    expect(await statuses(2, () => get("/search/export?format=bibtex&q=agents"))).toEqual([200, 200]);
    await expectRefusal(await get("/library/export?format=bibtex"), "json");

    const home = await (await get("/")).text();
    const slug = /href="\/papers\/([^"]+)"/.exec(home)![1]!;
    expect(await statuses(2, () => get(`/papers/${slug}/opengraph-image`))).toEqual([200, 200]);
    await expectRefusal(await get(`/papers/${slug}/opengraph-image`), "json");
    expect((await get(`/papers/${slug}`)).status).toBe(200); // the page itself is not limited

    const signIn = () =>
      fetch(`${app.url}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: app.url },
        body: JSON.stringify({ email: "nobody@example.test", password: "wrong password!" }),
      });
    expect(await statuses(2, signIn)).toEqual([401, 401]);
    // Ours (burst 2) refuses before better-auth's own limiter (3 per 10 s) would.
    await expectRefusal(await signIn(), "json");
  });
});

describe("body caps", () => {
  it("answers 413 to a declared length over the cap, to a chunked body past it, and lets the import's larger one through", async () => {
    const big = await fetch(`${app.url}/api/subscribe`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "a@example.org", pad: "x".repeat(5_000) }),
    });
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
    const streamed = await postChunked(`${app.url}/api/subscribe`, 10, 1_000);
    expect(streamed.status).toBe(413);
    // A form post under the cap still reaches the app (email is off here: 303 back to the form).
    const small = await fetch(`${app.url}/api/subscribe`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "email=a%40example.org&frequency=daily",
      redirect: "manual",
    });
    expect(small.status).toBe(303);
    // A 1 MB file is more than any other page takes, and what the library import is for.
    const megabyte = "x".repeat(1_000_000);
    expect((await fetch(`${app.url}/library`, { method: "POST", body: megabyte, redirect: "manual" })).status).toBe(
      413,
    );
    expect(
      (await fetch(`${app.url}/library/import`, { method: "POST", body: megabyte, redirect: "manual" })).status,
    ).not.toBe(413);
  });
});

describe("behind one trusted proxy (the shared app, TRUST_PROXY=1)", () => {
  const base = inject("appUrl");
  it("takes the address the proxy appended: a client's own entries to its left change nothing", async () => {
    const text = encodeURIComponent("graph neural networks for molecules");
    const as = (left: string, right: string) =>
      fetch(`${base}/similar?text=${text}`, { headers: { "x-forwarded-for": `${left}, ${right}` } });
    // Default similar burst: 5 for one client, however it varies the left of the chain.
    expect(await statuses(5, (i) => as(`6.6.6.${i}`, "198.51.100.77"))).toEqual([200, 200, 200, 200, 200]);
    expect((await as("6.6.6.99", "198.51.100.77")).status).toBe(429);
    expect((await as("6.6.6.99", "198.51.100.78")).status).toBe(200);
  });
});
