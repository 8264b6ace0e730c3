// The web process's HTTP server, in front of Next's request handler: it stamps each request with the
// client address (lib/edge/client-address.ts) and whether it is a link prefetch (lib/edge/prefetch.ts),
// and answers 413 to bodies over their cap (lib/edge/body-limits.ts) before Next reads a byte. Next
// alone cannot: it keeps a client's X-Forwarded-For and adds the socket's address only when there is
// none, and it caps server-action bodies only, with one global limit.
import http, { IncomingMessage, type ServerResponse } from "node:http";
import { bodyLimitFor, formatBytes, parseContentLength, type BodyLimits } from "./body-limits";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "./client-address";
import { isNextPrefetch, PREFETCH_HEADER } from "./prefetch";
import { renderStatusPage } from "./status-page";

export type EdgeOptions = { trustProxy: number; bodyLimits: BodyLimits };
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

type HoldOutcome = { bytes: number } | "too-large" | "aborted";

/**
 * A request that can hold back a body sent without Content-Length (chunked) until it is whole, so
 * its size is known before anyone reads it: memory stays under the cap, and a body past the cap is
 * refused with 413 instead of cut off mid-read. Node's http server takes this class as its
 * documented `IncomingMessage` option; the HTTP parser hands body bytes to `push`.
 */
export class EdgeIncomingMessage extends IncomingMessage {
  #hold: { limit: number; chunks: Buffer[]; bytes: number; settle: (outcome: HoldOutcome) => void } | null = null;

  holdBody(limit: number): Promise<HoldOutcome> {
    return new Promise((resolve) => {
      let settled = false;
      const settle = (outcome: HoldOutcome) => {
        if (settled) return;
        settled = true;
        resolve(outcome);
      };
      this.#hold = { limit, chunks: [], bytes: 0, settle };
      this.once("close", () => settle("aborted"));
    });
  }

  /** Hands the held body on to whoever reads the request, as if it had just arrived. */
  releaseBody(): void {
    const hold = this.#hold;
    this.#hold = null;
    for (const chunk of hold?.chunks ?? []) super.push(chunk);
    super.push(null);
  }

  override push(chunk: Buffer | null, encoding?: BufferEncoding): boolean {
    const hold = this.#hold;
    if (!hold) return super.push(chunk, encoding);
    if (chunk === null) {
      hold.settle({ bytes: hold.bytes });
      return false;
    }
    hold.bytes += chunk.length;
    if (hold.bytes > hold.limit) {
      hold.chunks = [];
      hold.settle("too-large");
      return false; // stop reading the socket: the 413 closes the connection
    }
    hold.chunks.push(chunk);
    return true;
  }
}

function pathnameOf(url: string | undefined): string {
  try {
    return new URL(url ?? "/", "http://edge.invalid").pathname;
  } catch {
    return "/";
  }
}

function tooLarge(res: ServerResponse, pathname: string, limit: number): void {
  const message = `The request is larger than the ${formatBytes(limit)} allowed here.`;
  const json = pathname.startsWith("/api/");
  const body = json
    ? JSON.stringify({ error: { code: "PAYLOAD_TOO_LARGE", message } })
    : renderStatusPage({
        title: "Request too large",
        message,
        back: pathname === "/library/import" ? { href: "/library/import", label: "Back to the import" } : undefined,
      });
  res.writeHead(413, {
    "Content-Type": json ? "application/json" : "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    // The rest of the body is never read: the connection cannot carry another request.
    Connection: "close",
  });
  res.end(body);
}

/** Stamps the client address and settles the body's size; false when the request was answered here. */
async function admit(req: IncomingMessage, res: ServerResponse, options: EdgeOptions): Promise<boolean> {
  const forwarded = req.headers["x-forwarded-for"];
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
    req.socket.remoteAddress,
    Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    options.trustProxy,
  );
  if (isNextPrefetch(req.headers["next-router-prefetch"])) req.headers[PREFETCH_HEADER] = "1";
  else delete req.headers[PREFETCH_HEADER];
  const pathname = pathnameOf(req.url);
  const limit = bodyLimitFor(pathname, options.bodyLimits);
  const declared = parseContentLength(req.headers["content-length"]);
  if (declared === "invalid" || (declared !== null && declared > limit)) {
    tooLarge(res, pathname, limit);
    return false;
  }
  if (declared === null && req.headers["transfer-encoding"] !== undefined && req instanceof EdgeIncomingMessage) {
    const held = await req.holdBody(limit);
    if (held === "aborted") return false;
    if (held === "too-large") {
      tooLarge(res, pathname, limit);
      return false;
    }
    // From here on the body is an ordinary one of known length.
    delete req.headers["transfer-encoding"];
    req.headers["content-length"] = String(held.bytes);
    req.releaseBody();
  }
  return true;
}

export function createEdgeServer(handler: RequestHandler, options: EdgeOptions): http.Server {
  const handle = async (req: IncomingMessage, res: ServerResponse, expectsContinue: boolean) => {
    try {
      // A client that waits for "100 Continue" before sending a body too large gets the 413 instead.
      if (expectsContinue) {
        const declared = parseContentLength(req.headers["content-length"]);
        if (typeof declared !== "number" || declared <= bodyLimitFor(pathnameOf(req.url), options.bodyLimits))
          res.writeContinue();
      }
      if (await admit(req, res, options)) await handler(req, res);
    } catch (error) {
      console.error(`[edge] ${req.method} ${req.url}`, error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
      res.end("Internal Server Error");
    }
  };
  const server = http.createServer(
    { IncomingMessage: EdgeIncomingMessage },
    (req, res) => void handle(req, res, false),
  );
  server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => void handle(req, res, true));
  return server;
}
