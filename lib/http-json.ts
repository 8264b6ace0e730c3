// The JSON answers of the API without Next.js: query parsing and the error shape, shared by the route
// handlers (lib/http.ts wraps them in NextResponse) and the web server's own fast path for anonymous
// searches (lib/api/search-fast-path.ts), which runs outside Next and must answer byte for byte alike.
import type { z } from "zod";
import { AppError } from "./errors";
import { describeIssues, toParamRecord } from "./validation/params";

/** A JSON answer: its status, its body (not yet serialised) and any headers beyond Content-Type. */
export type JsonAnswer = { status: number; body: unknown; headers?: Record<string, string> };

/** `read` turns the query string into the schema's input (toParamLists keeps repeated keys). */
export function parseQuery<T extends z.ZodType>(
  schema: T,
  url: string,
  read: (params: URLSearchParams) => Record<string, string | string[]> = toParamRecord,
): z.infer<T> {
  const result = schema.safeParse(read(new URL(url).searchParams));
  if (!result.success) throw new AppError("BAD_REQUEST", `Invalid query: ${describeIssues(result.error)}`);
  return result.data;
}

/** The one map from a thrown error to the JSON error shape; 5xx and unexpected errors are logged. */
export function errorAnswer(error: unknown): JsonAnswer {
  if (error instanceof AppError) {
    if (error.status >= 500) console.error(`[api] ${error.code}: ${error.message}`, error.cause ?? "");
    const headers =
      error.retryAfterSeconds === undefined ? undefined : { "Retry-After": String(error.retryAfterSeconds) };
    return { status: error.status, body: { error: { code: error.code, message: error.message } }, headers };
  }
  console.error("[api] unexpected error", error);
  return { status: 500, body: { error: { code: "INTERNAL", message: "Something went wrong." } } };
}
