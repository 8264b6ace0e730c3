// GET /api/search answered two ways — anonymous readers by the web server's fast path
// (lib/api/search-fast-path.ts), signed-in readers by the Next route — must be one answer: the same
// status, body (but who is signed in) and headers, and one rate-limit bucket per client across both
// and the /search page. On an app of its own whose search bucket refills once a minute, so counts
// are exact.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppServer } from "../setup/app-server";

const BURST = 6;
let app: AppServer;
let session: string;
let clients = 0;
/** A fresh client address (TRUST_PROXY=1: X-Forwarded-For is the client), so a fresh bucket. */
const newClient = () => `198.51.100.${(clients += 1)}`;

beforeAll(async () => {
  app = await startApp({ SEARCH_RATE_LIMIT_PER_MINUTE: "1", SEARCH_RATE_LIMIT_BURST: String(BURST) });
  const signUp = await fetch(`${app.url}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: app.url, "x-forwarded-for": "203.0.113.50" },
    body: JSON.stringify({ email: "fast-path@example.test", password: "correct horse battery", name: "Reader" }),
  });
  expect(signUp.status, await signUp.clone().text()).toBe(200);
  session = (signUp.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  expect(session).toMatch(/session_token=/);
});
afterAll(async () => {
  await app?.stop();
});

const search = (query: string, client: string, signedIn: boolean, encoding?: string) =>
  fetch(`${app.url}/api/search?${query}`, {
    headers: {
      "x-forwarded-for": client,
      ...(signedIn ? { cookie: session } : {}),
      ...(encoding ? { "accept-encoding": encoding } : {}),
    },
    redirect: "manual",
  });

/** What may differ between two answers of the same request: the connection, the clock, the framing. */
const TRANSPORT = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

async function answer(res: Response) {
  const headers = Object.fromEntries([...res.headers].filter(([name]) => !TRANSPORT.has(name)));
  const body = (await res.json()) as Record<string, unknown> & { viewer?: { signedIn: boolean } };
  // The engine's own time varies from one search to the next.
  if (typeof body.engineMs === "number") body.engineMs = 0;
  return { status: res.status, headers, body };
}

describe("GET /api/search, anonymous (fast path) and signed in (Next route)", () => {
  it.each([
    ["a search with facets", "q=model&has=code&sort=newest"],
    ["an empty search", "q="],
    ["the author filter", "q=model&facet=authors&name=a"],
    ["an unknown arXiv id", "q=2499.99999"],
    ["a bad parameter (400)", "q=x&page=0"],
    ["an unknown facet (400)", "q=x&facet=titles"],
    ["a client that takes no compression", "q=model", "identity"],
    ["a client that takes deflate only", "q=model", "deflate"],
    ["a client that takes deflate or gzip", "q=model", "deflate, gzip"],
  ])("gives the same answer to %s", async (_, query, encoding?: string) => {
    const anonymous = await answer(await search(query, newClient(), false, encoding));
    const reader = await answer(await search(query, newClient(), true, encoding));
    expect(anonymous.headers["ratelimit-remaining"]).toBe(String(BURST - 1));
    if (reader.body.viewer) {
      // A reader with no bookmarks or votes: the only difference is that they are signed in.
      expect(anonymous.body.viewer?.signedIn).toBe(false);
      expect(reader.body.viewer.signedIn).toBe(true);
      reader.body.viewer.signedIn = false;
    }
    expect(reader).toEqual(anonymous);
  });

  it("draws on one bucket per client with the Next route and the search page, both ways round", async () => {
    const one = newClient();
    const remaining = async (res: Promise<Response>) => (await res).headers.get("ratelimit-remaining");
    const spent: (string | null)[] = [];
    for (let i = 0; i < BURST / 2; i++) {
      spent.push(await remaining(search("q=agents", one, true)));
      spent.push(await remaining(search("q=agents", one, false)));
    }
    expect(spent).toEqual(Array.from({ length: BURST }, (_, i) => String(BURST - 1 - i)));
    expect((await search("q=agents", one, false)).status).toBe(429);

    const other = newClient();
    for (let i = 0; i < BURST; i++) expect((await search("q=agents", other, false)).status).toBe(200);
    const limited = await search("q=agents", other, true);
    expect(limited.status).toBe(429);
    expect((await limited.json()).error.code).toBe("RATE_LIMITED");
    const page = await fetch(`${app.url}/search?q=agents`, { headers: { "x-forwarded-for": other } });
    expect(page.status).toBe(429);
  });

  it("answers the refusal alike both ways: status, Retry-After, rate-limit headers and JSON", async () => {
    const anonymousClient = newClient();
    const readerClient = newClient();
    for (let i = 0; i < BURST; i++) {
      await search("q=agents", anonymousClient, false);
      await search("q=agents", readerClient, true);
    }
    const anonymous = await answer(await search("q=agents", anonymousClient, false));
    const reader = await answer(await search("q=agents", readerClient, true));
    expect(anonymous.status).toBe(429);
    // The wait depends on when each bucket ran dry: stated alike, not necessarily to the second.
    for (const refusal of [anonymous, reader]) {
      expect(Number(refusal.headers["retry-after"])).toBeGreaterThanOrEqual(1);
      for (const name of ["retry-after", "ratelimit-reset"]) refusal.headers[name] = "n";
      const error = (refusal.body as { error: { message: string } }).error;
      error.message = error.message.replace(/\d+/g, "n");
    }
    expect(reader).toEqual(anonymous);
  });
});
