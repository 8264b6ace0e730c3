// The one way a /api/v1 handler answers: its body parsed through the documented schema (a shape the
// OpenAPI document does not describe fails here, loudly, instead of reaching a client).
import "server-only";
import type { z } from "zod";
import { handle } from "@/lib/http";

export function respond<T extends z.ZodType>(schema: T, body: () => Promise<z.input<T>>): Promise<Response> {
  return handle(async () => schema.parse(await body()));
}

/** A dynamic route segment as the client wrote it (Next may hand it over still percent-encoded). */
export function decodeSegment(segment: string): string {
  try {
    return segment.includes("%") ? decodeURIComponent(segment) : segment;
  } catch {
    return segment;
  }
}
