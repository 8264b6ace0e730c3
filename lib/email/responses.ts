// How the subscribe/unsubscribe handlers answer: browsers posting forms get redirects back to a
// page (works without JavaScript); API clients get JSON with the status.
import "server-only";
import { NextResponse } from "next/server";
import { escapeHtml } from "@/lib/escape-html";

export function isFormPost(request: Request): boolean {
  const type = request.headers.get("content-type") ?? "";
  return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
}

/** Form fields or a JSON object, as a plain record for zod. */
export async function readBody(request: Request): Promise<Record<string, unknown>> {
  if (isFormPost(request)) return Object.fromEntries((await request.formData()).entries());
  try {
    const body: unknown = await request.json();
    return typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** 303 so the browser follows the POST with a GET; a relative Location survives any proxy's Host. */
export function redirectTo(pathWithQuery: string): Response {
  return new Response(null, { status: 303, headers: { Location: pathWithQuery } });
}

/**
 * 429 keeps its status for browsers too, so the body is a minimal self-contained page with a way
 * back (a redirect could not carry the status).
 */
export function tooManyRequests(request: Request, retryAfterSeconds: number): Response {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const message = `Too many subscription requests. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  const headers = { "Retry-After": String(retryAfterSeconds) };
  if (!isFormPost(request)) return NextResponse.json({ error: { code: "RATE_LIMITED", message } }, { status: 429, headers });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Too many requests · Paperboard</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>Too many requests</h1><p role="alert">${escapeHtml(message)}</p><p><a href="/subscribe">Back to the subscription form</a></p></body></html>`;
  return new Response(html, { status: 429, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}

/**
 * True when the browser says a POST comes from another site: Sec-Fetch-Site "cross-site", or an
 * Origin that is not one of ours ("null" included). Requests naming neither (mail clients, curl)
 * pass: what they may do rests on the signed token they carry, not on cookies a page could borrow.
 */
export function isCrossSitePost(headers: Headers, trustedOrigins: readonly string[]): boolean {
  if (headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = headers.get("origin");
  return origin !== null && !trustedOrigins.includes(origin);
}
