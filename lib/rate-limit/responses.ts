// The one way a refused request is answered: 429 with Retry-After, an HTML page for pages and form
// posts, the JSON error shape (lib/http.ts) for API clients.
import "server-only";
import { describeWait, renderStatusPage } from "@/lib/edge/status-page";
import { AppError } from "@/lib/errors";
import { jsonError } from "@/lib/http";

export type TooManyOptions = {
  answer: "page" | "json";
  retryAfterSeconds: number;
  what?: string;
  back?: { href: string; label: string };
};

export function tooManyRequests({ answer, retryAfterSeconds, what = "requests", back }: TooManyOptions): Response {
  const message = `Too many ${what} from your address. Please try again in ${describeWait(retryAfterSeconds)}.`;
  if (answer === "json") return jsonError(new AppError("RATE_LIMITED", message, { retryAfterSeconds }));
  const html = renderStatusPage({ title: "Too many requests", message, back });
  return new Response(html, {
    status: 429,
    headers: { "Retry-After": String(retryAfterSeconds), "Content-Type": "text/html; charset=utf-8" },
  });
}
