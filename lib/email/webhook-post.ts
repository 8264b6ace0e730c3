// Posts a webhook body to a reader's URL without letting that URL reach inside the app's network: the
// address actually connected to must be public (unless WEBHOOK_ALLOW_PRIVATE), checked in the socket's
// own DNS lookup, so a name that resolves differently between a check and the connection cannot slip by.
import "server-only";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

const TIMEOUT_MS = 10_000;

/** Why an address may not be posted to, or null when it is a public unicast address (ipaddr.js knows
 *  the reserved ranges: private, loopback, link-local, carrier-grade NAT, unique-local, mapped IPv4…). */
export function privateAddressReason(address: string): string | null {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
  const range = ipaddr.process(address).range();
  return range === "unicast" ? null : `${address} is a ${range} address`;
}

/** The check a URL's host can fail before any lookup: an IP literal or a name for this machine. */
export function privateHostReason(hostname: string): string | null {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return `${host} is this machine`;
  return ipaddr.isValid(host) ? privateAddressReason(host) : null;
}

/** A lookup (dns.lookup by default) that refuses a name when any of its addresses is not public. */
export function publicOnlyLookup(resolve: typeof dns.lookup = dns.lookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const refused = addresses.map((a) => privateAddressReason(a.address)).find((r) => r !== null);
      if (refused || addresses.length === 0)
        return callback(Object.assign(new Error(`refused: ${refused ?? "no address"}`), { code: "EPRIVATE" }), "", 0);
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
      const [first] = addresses;
      callback(null, first!.address, first!.family);
    });
  };
}

/** POSTs JSON; resolves to null on a 2xx, else to what went wrong (status, refusal or network error). */
export function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: { allowPrivate: boolean },
): Promise<string | null> {
  const target = new URL(url);
  if (!options.allowPrivate) {
    const reason = privateHostReason(target.hostname);
    if (reason) return Promise.resolve(`refused: ${reason}`);
  }
  const request = target.protocol === "https:" ? https.request : http.request;
  return new Promise((resolve) => {
    const req = request(
      target,
      {
        method: "POST",
        headers: { ...headers, "Content-Length": Buffer.byteLength(body) },
        lookup: options.allowPrivate ? undefined : publicOnlyLookup(),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      },
      (response) => {
        response.resume();
        const status = response.statusCode ?? 0;
        resolve(status >= 200 && status < 300 ? null : `HTTP ${status}`);
      },
    );
    req.on("error", (error) => resolve(error.message));
    req.end(body);
  });
}
