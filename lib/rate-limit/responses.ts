// The one way a refused request is answered: 429 with Retry-After, an HTML page for pages and form
// posts, the JSON error shape (lib/http-json.ts) for API clients. No Next.js here: the web server's fast
// path for anonymous searches (lib/api/search-fast-path.ts) refuses with this too, outside Next.
import "server-only";
import { describeWait, renderStatusPage } from "@/lib/edge/status-page";
import { AppError } from "@/lib/errors";
import { errorAnswer } from "@/lib/http-json";

export type TooManyOptions = {
  answer: "page" | "json";
  retryAfterSeconds: number;
  what?: string;
  back?: { href: string; label: string };
};

export function tooManyRequests({ answer, retryAfterSeconds, what = "requests", back }: TooManyOptions): Response {
  const message = `Too many ${what} from your address. Please try again in ${describeWait(retryAfterSeconds)}.`;
  if (answer === "json") {
    const { status, body, headers } = errorAnswer(new AppError("RATE_LIMITED", message, { retryAfterSeconds }));
    return Response.json(body, { status, headers });
  }
  const html = renderStatusPage({ title: "Too many requests", message, back });
  return new Response(html, {
    status: 429,
    headers: { "Retry-After": String(retryAfterSeconds), "Content-Type": "text/html; charset=utf-8" },
  });
}
