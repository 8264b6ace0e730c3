// How large a request body may be, by path — pure. The edge server (lib/edge/server.ts) answers 413
// before the app reads a byte of anything larger; Next's own server-action cap (next.config.js) is
// only a ceiling above every limit here.

export type BodyLimits = { defaultBytes: number; importBytes: number };

/** The library import posts a file (up to 1 MB) and a pasted list; every other form or JSON body is small. */
const IMPORT_PATH = "/library/import";

export function bodyLimitFor(pathname: string, limits: BodyLimits): number {
  return pathname === IMPORT_PATH ? limits.importBytes : limits.defaultBytes;
}

/**
 * The declared length: a number, null when the request declares none (a chunked body, or no body),
 * or "invalid" — Node's parser already refuses malformed and conflicting lengths, so this is defence.
 */
export function parseContentLength(value: string | undefined): number | null | "invalid" {
  if (value === undefined) return null;
  return /^\d{1,16}$/.test(value) ? Number(value) : "invalid";
}

/** "64 KiB", "4 MiB": for the 413 message. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
