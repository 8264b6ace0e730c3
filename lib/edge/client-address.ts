// Who is asking: the one client address every rate limit and better-auth key on. Pure: the web
// server (lib/edge/server.ts) resolves it from the socket once per request and hands it on in a
// header it always overwrites, so nothing a client sends can choose it.
import { isValidIP, normalizeIP } from "@better-auth/core/utils/ip";

/** Set by the edge server on every request (any client-sent value is replaced); read by the app. */
export const CLIENT_ADDRESS_HEADER = "x-paperboard-client-address";
/** What an address that cannot be known is keyed as (one shared bucket: never a way around a limit). */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * The socket's peer, unless `trustProxy` proxies stand in front: each appends the address it saw to
 * X-Forwarded-For, so the n-th entry from the right is what the outermost trusted proxy saw (the
 * entries left of it are whatever the client wrote). With fewer entries than trusted hops, the
 * left-most — the furthest address known. Express's `trust proxy` hop count and Mastodon's
 * TRUSTED_PROXY_IP read the chain the same way; the header is never read at `trustProxy` 0.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustProxy: number,
): string {
  let address = socketAddress;
  if (trustProxy > 0 && forwardedFor) {
    const hops = forwardedFor
      .split(",")
      .map((hop) => hop.trim())
      .filter(Boolean);
    const chosen = hops[Math.max(0, hops.length - trustProxy)];
    if (chosen !== undefined) address = chosen;
  }
  // A trusted proxy writes addresses; anything else (a port, a name, garbage) is not one.
  return address && isValidIP(address) ? normalizeIP(address, { ipv6Subnet: 128 }) : UNKNOWN_ADDRESS;
}

/** The address the edge server resolved for this request (see resolveClientAddress). */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? UNKNOWN_ADDRESS;
}

/**
 * The key a per-client limit counts under: an IPv6 client is one /64 (the block one subscriber
 * gets), or a single machine could walk 2^64 addresses past every limit — better-auth keys its own
 * limiter the same way.
 */
export function toClientKey(address: string): string {
  return isValidIP(address) ? normalizeIP(address, { ipv6Subnet: 64 }) : address;
}
