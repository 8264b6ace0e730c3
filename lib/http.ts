// Shared response helpers for route handlers: parse → call lib → one way to answer errors.
import "server-only";
import { NextResponse } from "next/server";
import { errorAnswer } from "./http-json";

export function jsonError(error: unknown): NextResponse {
  const { status, body, headers } = errorAnswer(error);
  return NextResponse.json(body, { status, headers });
}

/** Runs a handler body and maps any thrown error to the JSON error shape. */
export async function handle(body: () => Promise<unknown>): Promise<NextResponse> {
  try {
    return NextResponse.json(await body());
  } catch (error) {
    return jsonError(error);
  }
}
