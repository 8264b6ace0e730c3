// Replaying a page's form outside the browser: what an attacker with (or without) a session can send.
import type { BrowserContext, Locator } from "playwright-core";

/** The fields a form would submit (server action forms include their $ACTION_ID_ field). */
export async function formFields(form: Locator): Promise<[string, string][]> {
  return form.evaluate((f) =>
    [...new FormData(f as HTMLFormElement).entries()].map(([k, v]) => [k, String(v)] as [string, string]),
  );
}

export async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

/** POSTs fields as multipart (like a no-JS form submit) to `url`; redirects are not followed. An override may be a File (an upload). */
export async function postForm(
  url: string,
  fields: [string, string][],
  options: { cookie?: string; origin: string; address: string; override?: Record<string, string | File> },
): Promise<Response> {
  const body = new FormData();
  const override = options.override ?? {};
  for (const [k, v] of fields) body.append(k, k in override ? override[k]! : v);
  const headers: Record<string, string> = { origin: options.origin, "x-forwarded-for": options.address };
  if (options.cookie) headers.cookie = options.cookie;
  return fetch(url, { method: "POST", body, headers, redirect: "manual" });
}
