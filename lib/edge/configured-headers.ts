// The response headers next.config.js's `headers()` sets on a path, read from the routes manifest the
// build wrote — pure. A response the web server writes itself, without Next (the search fast path,
// lib/api/search-fast-path.ts), carries them too: one list of them, in next.config.js.
import { z } from "zod";

const ManifestSchema = z.object({
  headers: z.array(
    z.object({
      regex: z.string(),
      headers: z.array(z.object({ key: z.string(), value: z.string() })),
      // Rules that depend on the request (its headers, cookies, host) cannot be resolved per path.
      has: z.unknown().optional(),
      missing: z.unknown().optional(),
    }),
  ),
});

/**
 * The headers of every unconditional rule whose pattern matches `pathname`, later rules winning as in
 * Next; throws when a matching rule is conditional, since no fixed list could then be right.
 */
export function configuredHeadersFor(manifest: unknown, pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of ManifestSchema.parse(manifest).headers) {
    if (!new RegExp(rule.regex).test(pathname)) continue;
    if (rule.has !== undefined || rule.missing !== undefined)
      throw new Error(`a conditional headers() rule matches ${pathname}: it cannot be served without Next`);
    for (const { key, value } of rule.headers) out[key] = value;
  }
  return out;
}
