// The soak's clients: anonymous browsers (pages, feeds), searchers (instant search as they type, the
// search page, its feed) and signed-in readers (votes, bookmarks, library edits, their library and
// follow feed). Each picks its next step at random and pauses between steps like a person.
import { seededRandom, type Random } from "@/lib/domain/seeded-random";
import { searchHref, toSearchParams } from "@/lib/validation/search-query";
import { benchQueries } from "../bench/queries";
import type { Recorder, Verdict } from "./stats";
import { headersOf, postAction, requireActionId, type Visitor } from "./visitor";

export type Pools = { paperSlugs: string[]; paperIds: string[]; topicSlugs: string[] };
export type Reader = Visitor & { followFeed: string };
type Step = () => Promise<void>;

const TIMEOUT_MS = 30_000;
/** Routes where 503 is the documented answer while search is unavailable (README: `/api/search`). */
const SEARCH_ROUTES = new Set(["/search", "/api/search", "/feeds/search.atom"]);
const QUERIES = benchQueries(null);

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

type Answer = { status: number; location: string; body: string };

/** Sends one request and records it under `route`; `expect` judges any answer but a search route's 503. */
async function send(
  rec: Recorder,
  route: string,
  request: () => Promise<Response>,
  expect: (a: Answer) => boolean,
): Promise<Answer | null> {
  const started = performance.now();
  try {
    const res = await request();
    const answer = { status: res.status, location: res.headers.get("location") ?? "", body: await res.text() };
    const verdict: Verdict =
      answer.status === 503 && SEARCH_ROUTES.has(route) ? "documented-503" : expect(answer) ? "ok" : "unexpected";
    rec.record(
      route,
      performance.now() - started,
      verdict,
      `${answer.status} ${answer.location} ${answer.body.slice(0, 120).replace(/\s+/g, " ")}`,
    );
    return answer;
  } catch (error) {
    rec.record(route, performance.now() - started, "unexpected", (error as Error).message);
    return null;
  }
}

const get = (rec: Recorder, v: Visitor, route: string, path: string) =>
  send(
    rec,
    route,
    () =>
      fetch(`${v.base}${path}`, { headers: headersOf(v), redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) }),
    (a) => a.status === 200,
  );

export function browserSteps(rec: Recorder, v: Visitor, pools: Pools, random: Random): Step[] {
  return [
    async () => void (await get(rec, v, "/", "/")),
    async () => void (await get(rec, v, "/?window=…", `/?window=${pick(random, ["week", "month", "all"])}`)),
    async () => void (await get(rec, v, "/topics", "/topics")),
    async () => void (await get(rec, v, "/topics/[slug]", `/topics/${pick(random, pools.topicSlugs)}`)),
    async () => void (await get(rec, v, "/papers/[slug]", `/papers/${pick(random, pools.paperSlugs)}`)),
    async () => void (await get(rec, v, "/status", "/status")),
    async () => void (await get(rec, v, "/feeds/trending.atom", "/feeds/trending.atom")),
    async () =>
      void (await get(rec, v, "/feeds/topics/[slug].rss", `/feeds/topics/${pick(random, pools.topicSlugs)}.rss`)),
  ];
}

export function searcherSteps(rec: Recorder, v: Visitor, pools: Pools, random: Random): Step[] {
  return [
    // Instant search: a request every other keystroke from the third, as a debounced search box sends them.
    async () => {
      const query = pick(random, QUERIES);
      for (let n = Math.min(3, query.q.length); n <= query.q.length; n += 2) {
        const res = await get(
          rec,
          v,
          "/api/search",
          `/api/search?${toSearchParams({ ...query, q: query.q.slice(0, n) })}`,
        );
        if (res?.status === 200) {
          const hits = (JSON.parse(res.body) as { hits?: { slug: string }[] }).hits ?? [];
          for (const hit of hits.slice(0, 2)) if (pools.paperSlugs.length < 2_000) pools.paperSlugs.push(hit.slug);
        }
        if (query.q.length === 0) break;
      }
    },
    async () => void (await get(rec, v, "/search", searchHref(pick(random, QUERIES)))),
    async () =>
      void (await get(rec, v, "/feeds/search.atom", `/feeds/search.atom?${toSearchParams(pick(random, QUERIES))}`)),
  ];
}

export function readerSteps(
  rec: Recorder,
  v: Reader,
  pools: Pools,
  random: Random,
  actions: Map<string, string>,
): Step[] {
  const action = (name: string) => requireActionId(actions, name);
  const on = new Map<string, boolean>();
  // A write succeeded when the action redirected where it should: a failure renders an error instead.
  const post = async (
    route: string,
    page: string,
    id: string,
    fields: Record<string, string | string[]>,
    location: (l: string) => boolean,
  ) => {
    const answer = await send(
      rec,
      route,
      () => postAction(v, page, id, fields, AbortSignal.timeout(TIMEOUT_MS)),
      (a) => a.status === 303 && location(a.location),
    );
    return answer !== null && answer.status === 303 && location(answer.location);
  };
  const toggle = (kind: "vote" | "bookmark") => async () => {
    const paperId = pick(random, pools.paperIds);
    const want = !on.get(`${kind}:${paperId}`);
    const name =
      kind === "vote" ? "lib/actions/bookmarks.ts#upvoteFormAction" : "lib/actions/bookmarks.ts#bookmarkFormAction";
    if (
      await post(`${kind} (action)`, "/", action(name), { paperId, on: String(want), returnTo: "/" }, (l) => l === "/")
    )
      on.set(`${kind}:${paperId}`, want);
  };
  return [
    toggle("vote"),
    toggle("bookmark"),
    async () => {
      const library = (await get(rec, v, "/library", "/library"))?.body ?? "";
      const bookmarkId = /name="bookmarkId" value="(\d{1,12})"/.exec(library)?.[1];
      if (!bookmarkId) return;
      const fields = {
        bookmarkId,
        note: `read on ${new Date().toISOString()}`,
        tags: pick(random, ["soak", "later, soak", "method"]),
        returnTo: "/library",
      };
      await post(
        "library edit (action)",
        "/library",
        action("lib/actions/library.ts#saveBookmarkAction"),
        fields,
        (l) => l.includes("notice=saved"),
      );
    },
    async () => {
      const name = `Soak ${Math.floor(random() * 1e9)}`;
      await post(
        "library edit (action)",
        "/library",
        action("lib/actions/library.ts#createCollectionAction"),
        { name, returnTo: "/library" },
        (l) => l.includes("notice=created"),
      );
    },
    async () => void (await get(rec, v, "/ (signed in)", "/")),
    async () => void (await get(rec, v, "/follows", "/follows")),
    async () => void (await get(rec, v, "/feeds/follows/[token].atom", v.followFeed)),
  ];
}

/** Runs `steps` at random, pausing 0–2× `thinkMs` between them, until `done()`. */
export async function runClient(seed: number, steps: Step[], thinkMs: number, done: () => boolean): Promise<void> {
  const random = seededRandom(seed);
  while (!done()) {
    await pick(random, steps)();
    await new Promise((resolve) => setTimeout(resolve, 2 * thinkMs * random()));
  }
}
