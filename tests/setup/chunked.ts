// Posting a body in pieces without Content-Length (Transfer-Encoding: chunked), as a streaming client
// does — fetch would fail the whole call when a server answers early and closes.
import http from "node:http";

export function postChunked(
  url: string,
  chunks: number,
  chunkBytes: number,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: "POST", headers: { "content-type": "application/json", ...headers } },
      (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    // A server refusing the body may answer and close before every chunk is written.
    req.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error),
    );
    let sent = 0;
    const next = () => {
      if (sent === chunks) return void req.end();
      sent += 1;
      req.write("x".repeat(chunkBytes), () => setImmediate(next));
    };
    next();
  });
}
