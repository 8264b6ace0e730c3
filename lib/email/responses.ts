// How the subscribe/unsubscribe handlers answer: browsers posting forms get redirects back to a
// page (works without JavaScript); API clients get JSON with the status.
import "server-only";

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
 * True when the browser says a POST comes from another site: Sec-Fetch-Site "cross-site", or an
 * Origin that is not one of ours ("null" included). Requests naming neither (mail clients, curl)
 * pass: what they may do rests on the signed token they carry, not on cookies a page could borrow.
 */
export function isCrossSitePost(headers: Headers, trustedOrigins: readonly string[]): boolean {
  if (headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = headers.get("origin");
  return origin !== null && !trustedOrigins.includes(origin);
}
