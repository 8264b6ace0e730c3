// Shared response helpers for route handlers: parse → call lib → one way to answer errors.
import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { AppError } from "./errors";
import { describeIssues, toParamRecord } from "./validation/params";

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

export function jsonError(error: unknown): NextResponse {
  if (error instanceof AppError) {
    if (error.status >= 500) console.error(`[api] ${error.code}: ${error.message}`, error.cause ?? "");
    const headers =
      error.retryAfterSeconds === undefined ? undefined : { "Retry-After": String(error.retryAfterSeconds) };
    return NextResponse.json(
      { error: { code: error.code, message: error.message } },
      { status: error.status, headers },
    );
  }
  console.error("[api] unexpected error", error);
  return NextResponse.json({ error: { code: "INTERNAL", message: "Something went wrong." } }, { status: 500 });
}

/** Runs a handler body and maps any thrown error to the JSON error shape. */
export async function handle(body: () => Promise<unknown>): Promise<NextResponse> {
  try {
    return NextResponse.json(await body());
  } catch (error) {
    return jsonError(error);
  }
}
