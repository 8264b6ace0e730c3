// A local fake of the sync's upstreams on a free loopback port: Hugging Face /api/daily_papers, the
// arXiv API (id_list, ti:"…" search) and arXiv OAI-PMH ListRecords with resumption tokens, serving a
// world of recorded papers whose days count back from today; plus faults on demand and a request log.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { findFreePort } from "@/lib/search/server";
import { addDays } from "@/lib/domain/days";
import {
  type ArxivRecord,
  type HfItem,
  type OaiListed,
  renderAtom,
  renderHfDay,
  renderOaiError,
  renderOaiPage,
} from "./render";

export type World = {
  /** Hugging Face days by offset from today (0 today, -1 yesterday): their items, as recorded. */
  hfDays: Map<number, HfItem[]>;
  /** Everything the arXiv API knows, by id. */
  catalogue: Map<string, ArxivRecord>;
  /** What OAI-PMH lists: arXiv id → offset of its datestamp from today. */
  listed: Map<string, number>;
  oaiPageSize: number;
};

export type Fault =
  | { kind: "status"; status: number; retryAfter?: string }
  | { kind: "truncate" } // a clean end half-way through the body
  | { kind: "reset" } // the connection dropped half-way through the body
  | { kind: "malformed" }
  | { kind: "hang" } // no answer at all
  | { kind: "badToken" }; // OAI-PMH: the resumption token expired

export type FakeRequest = { url: string; at: number; status: number; userAgent: string };

export type FakeUpstream = {
  url: string;
  /** The base-URL settings that point the app at this fake. */
  env: { HF_API_BASE_URL: string; ARXIV_API_BASE_URL: string; ARXIV_OAI_BASE_URL: string };
  world: World;
  requests: FakeRequest[];
  /** The next `times` requests whose path and query contain `match` get `fault`. */
  fail: (match: string, fault: Fault, times?: number) => void;
  /** Called as each request arrives, before it is answered (e.g. to SIGKILL a client mid-run). */
  onRequest: (listener: ((url: string) => void) | null) => void;
  /** Added to every answer: lets two processes' runs overlap in time. */
  setDelay: (ms: number) => void;
  stop: () => Promise<void>;
};

const today = () => new Date().toISOString().slice(0, 10);
const offsetOf = (day: string) =>
  Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today()}T00:00:00Z`)) / 86_400_000);
const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const TOP_LEVEL = new Set(["cs", "econ", "eess", "math", "q-bio", "q-fin", "stat"]);
const setsOf = (r: ArxivRecord) =>
  new Set(r.categories.map((c) => (TOP_LEVEL.has(c.split(".")[0]!) ? c.split(".")[0]! : `physics:${c.split(".")[0]}`)));

type Token = { s: string; f: string | null; u: string | null; c: number };
const encodeToken = (t: Token) => Buffer.from(JSON.stringify(t)).toString("base64url");
const decodeToken = (v: string): Token | null => {
  try {
    return JSON.parse(Buffer.from(v, "base64url").toString("utf8")) as Token;
  } catch {
    return null;
  }
};

export async function startFakeUpstream(world: World): Promise<FakeUpstream> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const requests: FakeRequest[] = [];
  const faults: { match: string; fault: Fault; times: number }[] = [];
  const sockets = new Set<Socket>();
  let listener: ((url: string) => void) | null = null;
  let delay = 0;

  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    listener?.(path);
    const entry: FakeRequest = { url: path, at: Date.now(), status: 0, userAgent: req.headers["user-agent"] ?? "" };
    requests.push(entry);
    const pending = faults.find((f) => f.times > 0 && path.includes(f.match));
    if (pending) pending.times -= 1;
    setTimeout(() => answer(req, res, pending?.fault ?? null, entry), delay);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  function answer(req: IncomingMessage, res: ServerResponse, fault: Fault | null, entry: FakeRequest): void {
    const u = new URL(req.url ?? "/", url);
    if (fault?.kind === "hang") return;
    if (fault?.kind === "status") {
      entry.status = fault.status;
      res
        .writeHead(fault.status, {
          "content-type": "text/plain",
          ...(fault.retryAfter ? { "retry-after": fault.retryAfter } : {}),
        })
        .end("try again later");
      return;
    }
    const routed = route(u, fault?.kind === "badToken");
    entry.status = routed.status;
    if (fault?.kind === "malformed")
      routed.body = routed.type.includes("json") ? '[{"paper": {"id": ' : "<feed><entry><title>unclosed</entry>";
    if (fault?.kind === "truncate") routed.body = routed.body.slice(0, Math.floor(routed.body.length / 2));
    if (fault?.kind === "reset") {
      const half = Buffer.from(routed.body).subarray(0, Math.floor(Buffer.byteLength(routed.body) / 2));
      res.writeHead(routed.status, {
        "content-type": routed.type,
        "content-length": String(Buffer.byteLength(routed.body)),
      });
      res.write(half, () => res.destroy());
      return;
    }
    res.writeHead(routed.status, { "content-type": routed.type }).end(routed.body);
  }

  function route(u: URL, badToken: boolean): { status: number; type: string; body: string } {
    if (u.pathname === "/api/daily_papers") return hf(u);
    if (u.pathname === "/api/query") return arxivApi(u);
    if (u.pathname === "/oai") return oai(u, badToken);
    return { status: 404, type: "text/plain", body: "not found" };
  }

  function hf(u: URL) {
    const date = u.searchParams.get("date") ?? today();
    const limit = Number(u.searchParams.get("limit") ?? 50);
    const page = Number(u.searchParams.get("p") ?? 0);
    const items = (world.hfDays.get(offsetOf(date)) ?? []).slice(page * limit, (page + 1) * limit);
    return { status: 200, type: "application/json; charset=utf-8", body: renderHfDay(items, date) };
  }

  function arxivApi(u: URL) {
    const ids = (u.searchParams.get("id_list") ?? "").split(",").filter((s) => s !== "");
    const max = Number(u.searchParams.get("max_results") ?? 10);
    const phrase = /^ti:"([^"]*)"$/.exec(u.searchParams.get("search_query") ?? "")?.[1];
    const found =
      ids.length > 0
        ? ids.flatMap((id) => world.catalogue.get(id) ?? [])
        : phrase !== undefined
          ? [...world.catalogue.values()].filter((r) => normal(r.title).includes(normal(phrase)))
          : [];
    const query = `search_query=${u.searchParams.get("search_query") ?? ""}&id_list=${ids.join(",")}&start=0&max_results=${max}`;
    return {
      status: 200,
      type: "application/atom+xml; charset=utf-8",
      body: renderAtom(found.slice(0, max), query, `${today()}T00:00:00-04:00`),
    };
  }

  function oai(u: URL, badToken: boolean) {
    const p = u.searchParams;
    const responseDate = new Date().toISOString().replace(/\.\d+Z$/, "Z");
    const request = `<request verb="${p.get("verb") ?? ""}">${url}/oai</request>`;
    const xml = (body: string) => ({ status: 200, type: "text/xml;charset=UTF-8", body });
    const tokenValue = p.get("resumptionToken");
    const token =
      tokenValue !== null
        ? decodeToken(tokenValue)
        : { s: p.get("set") ?? "", f: p.get("from"), u: p.get("until"), c: 0 };
    if (badToken || !token)
      return xml(
        renderOaiError(
          request,
          responseDate,
          "badResumptionToken",
          "The value of the resumptionToken argument is invalid or expired.",
        ),
      );
    if (tokenValue === null && p.get("metadataPrefix") !== "arXiv")
      return xml(renderOaiError(request, responseDate, "cannotDisseminateFormat", "only arXiv here"));
    const all: OaiListed[] = [...world.listed.entries()]
      .map(([id, offset]) => ({ record: world.catalogue.get(id)!, datestamp: addDays(today(), offset) }))
      .filter(
        ({ record, datestamp }) =>
          record &&
          setsOf(record).has(token.s) &&
          (!token.f || datestamp >= token.f) &&
          (!token.u || datestamp <= token.u),
      )
      .sort((a, b) => a.datestamp.localeCompare(b.datestamp) || a.record.id.localeCompare(b.record.id))
      .map((l) => ({ ...l, set: token.s }));
    if (all.length === 0) return xml(renderOaiError(request, responseDate, "noRecordsMatch", "No records match"));
    const page = all.slice(token.c, token.c + world.oaiPageSize);
    const next = token.c + world.oaiPageSize;
    const resumption =
      all.length <= world.oaiPageSize
        ? null
        : { value: next < all.length ? encodeToken({ ...token, c: next }) : null, cursor: token.c, total: all.length };
    return xml(renderOaiPage(page, request, responseDate, resumption));
  }

  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url,
    env: { HF_API_BASE_URL: url, ARXIV_API_BASE_URL: `${url}/api/query`, ARXIV_OAI_BASE_URL: `${url}/oai` },
    world,
    requests,
    fail: (match, fault, times = 1) => faults.push({ match, fault, times }),
    onRequest: (l) => (listener = l),
    setDelay: (ms) => (delay = ms),
    stop: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
