// The client address for rate limits, from X-Forwarded-For (Next sets it from the socket when absent).
import "server-only";

/**
 * The right-most entry is the one added by the nearest hop — the reverse proxy if there is one,
 * else Next itself. A client talking to Next directly can send its own header, which Next keeps:
 * deploy behind a proxy that overwrites X-Forwarded-For for the per-IP limit to bind (README).
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip") || "unknown";
}
