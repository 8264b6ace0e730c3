// Turns a Next cache entry (HTML strings, RSC payload Buffers, a Map of segment Buffers, headers,
// its cache lifetime) into bytes for the database and back. JSON cannot hold Buffers or Maps, so
// they are tagged on the way out and rebuilt on the way in; the result is gzipped (a page's HTML and
// RSC payload repeat a lot: about a sixth of the size, at the fastest level that still gets most of it).
import { gunzipSync, gzipSync } from "node:zlib";

const TAG = "__pb";

function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  // `value` has been through Buffer#toJSON already; the holder still has the Buffer itself.
  const raw = this[key];
  if (raw instanceof Uint8Array) return { [TAG]: "bytes", b64: Buffer.from(raw).toString("base64") };
  if (raw instanceof Map) return { [TAG]: "map", entries: [...raw.entries()] };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === "object" && TAG in value) {
    const tagged = value as { [TAG]: string; b64?: string; entries?: [unknown, unknown][] };
    if (tagged[TAG] === "bytes" && typeof tagged.b64 === "string") return Buffer.from(tagged.b64, "base64");
    if (tagged[TAG] === "map" && Array.isArray(tagged.entries)) return new Map(tagged.entries);
  }
  return value;
}

export function encodePageCacheValue(value: unknown): Buffer {
  return gzipSync(JSON.stringify(value, replacer), { level: 1 });
}

export function decodePageCacheValue(bytes: Uint8Array): unknown {
  return JSON.parse(gunzipSync(bytes).toString("utf8"), reviver);
}
