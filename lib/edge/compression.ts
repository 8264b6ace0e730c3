// Which encoding a response the web server writes itself (without Next) is sent in: the choice Next's
// `compression()` middleware makes for the same request — negotiator over Accept-Encoding, gzip
// preferred, then deflate — so a client gets the same bytes whichever path answers it.
import type { IncomingMessage } from "node:http";
import Negotiator from "negotiator";

export type Encoding = "gzip" | "deflate";

/** The chosen encoding among `available`, or null to send the body as it is. */
export function negotiateEncoding(
  req: Pick<IncomingMessage, "headers">,
  available: readonly Encoding[] = ["gzip", "deflate"],
): Encoding | null {
  // @types/negotiator lacks the `preferred` option negotiator 1.x takes.
  const negotiator = new Negotiator(req) as unknown as {
    encoding(available: string[], options: { preferred: string[] }): string | undefined;
  };
  const chosen = negotiator.encoding([...available, "identity"], { preferred: ["gzip"] });
  return chosen === "gzip" || chosen === "deflate" ? chosen : null;
}
