// The Meilisearch transport over node:http and node:https, against real loopback servers: JSON both
// ways, the engine's refusals as API errors, and TLS for an engine MEILI_URL names with https.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { MeilisearchApiError } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nodeHttpClient } from "./node-http-client";

const answer = (req: http.IncomingMessage, res: http.ServerResponse) => {
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString()));
  req.on("end", () => {
    const refused = req.url === "/refuse";
    res.writeHead(refused ? 400 : 200, { "content-type": "application/json" });
    res.end(JSON.stringify(refused ? { message: "bad", code: "invalid_search_q" } : { method: req.method, body }));
  });
};

let plain: http.Server;
let tls: https.Server;
let dir: string;
const url = (server: http.Server | https.Server, scheme: string, p: string) =>
  `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}${p}`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "paperboard-tls-"));
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-keyout",
      path.join(dir, "key.pem"),
      "-out",
      path.join(dir, "cert.pem"),
    ],
    { stdio: "ignore" },
  );
  plain = http.createServer(answer);
  tls = https.createServer(
    { key: readFileSync(path.join(dir, "key.pem")), cert: readFileSync(path.join(dir, "cert.pem")) },
    answer,
  );
  await Promise.all([plain, tls].map((s) => new Promise<void>((r) => s.listen(0, "127.0.0.1", r))));
});
afterAll(async () => {
  await Promise.all([plain, tls].map((s) => new Promise((r) => s.close(r))));
  rmSync(dir, { recursive: true, force: true });
});

describe("nodeHttpClient", () => {
  it("posts JSON and resolves the engine's JSON", async () => {
    await expect(
      nodeHttpClient(url(plain, "http", "/indexes/papers/search"), { method: "POST", body: '{"q":"x"}' }),
    ).resolves.toEqual({ method: "POST", body: '{"q":"x"}' });
  });

  it("rejects a refusal as the engine's API error", async () => {
    const error = await nodeHttpClient(url(plain, "http", "/refuse")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchApiError);
    expect((error as MeilisearchApiError).cause).toMatchObject({ code: "invalid_search_q" });
  });

  it("speaks TLS to an https engine", async () => {
    // The self-signed test certificate is trusted for this request only.
    const previous = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
    try {
      await expect(nodeHttpClient(url(tls, "https", "/health"))).resolves.toEqual({ method: "GET", body: "" });
    } finally {
      if (previous === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = previous;
    }
  });
});
