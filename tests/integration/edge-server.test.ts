// The web server in front of Next (lib/edge/server.ts), with a stand-in for Next's handler: the client
// address it stamps cannot be forged, and bodies over their cap get 413 before the handler runs.
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/edge/client-address";
import { PREFETCH_HEADER } from "@/lib/edge/prefetch";
import { createEdgeServer, type EdgeOptions } from "@/lib/edge/server";
import { postChunked } from "../setup/chunked";

type Seen = { address: string; prefetch?: string; contentLength?: string; transferEncoding?: string; bytes: number };
const limits = { defaultBytes: 1024, importBytes: 64 * 1024 };
const servers: http.Server[] = [];
let handled = 0;

async function start(options: EdgeOptions): Promise<string> {
  const server = createEdgeServer(async (req, res) => {
    handled += 1;
    let bytes = 0;
    for await (const chunk of req) bytes += (chunk as Buffer).length;
    const seen: Seen = {
      address: String(req.headers[CLIENT_ADDRESS_HEADER]),
      prefetch: req.headers[PREFETCH_HEADER] as string | undefined,
      contentLength: req.headers["content-length"],
      transferEncoding: req.headers["transfer-encoding"],
      bytes,
    };
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(seen));
  }, options);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let direct: string;
let proxied: string;
beforeAll(async () => {
  direct = await start({ trustProxy: 0, bodyLimits: limits });
  proxied = await start({ trustProxy: 1, bodyLimits: limits });
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

async function seen(base: string, path: string, init: RequestInit = {}): Promise<Seen> {
  const res = await fetch(`${base}${path}`, init);
  expect(res.status).toBe(200);
  return (await res.json()) as Seen;
}

/** Writes only a request head to a raw socket and returns what comes back. */
function rawHead(base: string, head: string): Promise<string> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), "127.0.0.1", () => socket.write(head));
    let answer = "";
    socket.on("data", (c: Buffer) => {
      answer += c.toString();
      if (answer.includes("\r\n\r\n")) socket.end();
    });
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
  });
}

describe("client address", () => {
  it("is the socket's at TRUST_PROXY=0, whatever X-Forwarded-For or the private header say", async () => {
    const forged = { "x-forwarded-for": "198.51.100.1, 198.51.100.2", [CLIENT_ADDRESS_HEADER]: "198.51.100.3" };
    expect((await seen(direct, "/", { headers: forged })).address).toBe("127.0.0.1");
  });

  it("is the entry the trusted proxy appended at TRUST_PROXY=1", async () => {
    expect(
      (
        await seen(proxied, "/", {
          headers: { "x-forwarded-for": "6.6.6.6, 198.51.100.9", [CLIENT_ADDRESS_HEADER]: "6.6.6.6" },
        })
      ).address,
    ).toBe("198.51.100.9");
    expect((await seen(proxied, "/")).address).toBe("127.0.0.1");
  });
});

describe("prefetch mark", () => {
  it("says what Next will do with the request, whatever the client wrote in our header", async () => {
    expect((await seen(direct, "/", { headers: { "next-router-prefetch": "1" } })).prefetch).toBe("1");
    expect((await seen(direct, "/", { headers: { [PREFETCH_HEADER]: "1" } })).prefetch).toBeUndefined();
    expect(
      (await seen(direct, "/", { headers: { "next-router-prefetch": "0", [PREFETCH_HEADER]: "1" } })).prefetch,
    ).toBeUndefined();
  });
});

describe("body caps", () => {
  it("refuses a declared length over the cap with 413 before the body is sent, and never calls the app", async () => {
    const before = handled;
    const answer = await rawHead(
      direct,
      "POST /api/subscribe HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10485760\r\n\r\n",
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/connection: close/i);
    const page = await fetch(`${direct}/follows`, { method: "POST", body: "x".repeat(2_000) });
    expect(page.status).toBe(413);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(await page.text()).toContain("larger than the 1 KiB allowed here");
    expect(handled).toBe(before);
  });

  it("answers JSON for APIs", async () => {
    const res = await fetch(`${direct}/api/subscribe`, { method: "POST", body: "x".repeat(2_000) });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("bounds a chunked body without Content-Length, and hands one under the cap on whole, with its length", async () => {
    const before = handled;
    const over = await postChunked(`${direct}/api/subscribe`, 40, 100);
    expect(over.status).toBe(413);
    expect(handled).toBe(before);
    const under = await postChunked(`${direct}/api/subscribe`, 9, 100);
    expect(under.status).toBe(200);
    expect(JSON.parse(under.body)).toMatchObject({ bytes: 900, contentLength: "900" });
    expect(JSON.parse(under.body).transferEncoding).toBeUndefined();
  });

  it("gives the library import its larger cap", async () => {
    expect((await seen(direct, "/library/import", { method: "POST", body: "x".repeat(60_000) })).bytes).toBe(60_000);
    expect((await postChunked(`${direct}/library/import`, 60, 1_000)).status).toBe(200);
    expect((await fetch(`${direct}/library/import`, { method: "POST", body: "x".repeat(70_000) })).status).toBe(413);
  });

  it("answers a client waiting for 100 Continue with the 413 instead", async () => {
    const answer = await rawHead(
      direct,
      "POST /api/subscribe HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n",
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).not.toContain("100 Continue");
  });
});
