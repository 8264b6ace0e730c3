// The response headers next.config.js's `headers()` sets on a path, read from the routes manifest the
// build wrote — pure. A response the web server writes itself, without Next (the search fast path,
// lib/api/search-fast-path.ts, and cached pages, lib/cache/cached-page-server.ts), carries them too:
// one list of them, in next.config.js.
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
 * Reads the manifest once and returns the headers of every unconditional rule whose pattern matches a
 * path, later rules winning as in Next; the lookup throws when a matching rule is conditional, since no
 * fixed list could then be right.
 */
export function configuredHeaders(manifest: unknown): (pathname: string) => Record<string, string> {
  const rules = ManifestSchema.parse(manifest).headers.map((rule) => ({ ...rule, pattern: new RegExp(rule.regex) }));
  return (pathname) => {
    const out: Record<string, string> = {};
    for (const rule of rules) {
      if (!rule.pattern.test(pathname)) continue;
      if (rule.has !== undefined || rule.missing !== undefined)
        throw new Error(`a conditional headers() rule matches ${pathname}: it cannot be served without Next`);
      for (const { key, value } of rule.headers) out[key] = value;
    }
    return out;
  };
}
