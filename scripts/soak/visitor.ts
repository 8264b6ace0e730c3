// One simulated visitor of a running Paperboard, over plain HTTP: its own client address (as its own
// machine would have), an account and its session cookie, and server-action form posts sent the way a
// browser without JavaScript sends them (multipart, with the action's $ACTION_ID_ field).
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export type Visitor = { base: string; address: string; cookie: string };

const ManifestSchema = z.object({
  node: z.record(z.string(), z.object({ filename: z.string(), exportedName: z.string() })),
});

/** Server-action ids of the production build, by "file#export" (e.g. "lib/actions/bookmarks.ts#upvoteFormAction"). */
export function readActionIds(root = process.cwd()): Map<string, string> {
  const file = path.join(root, ".next/server/server-reference-manifest.json");
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  return new Map(Object.entries(manifest.node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]));
}

export function requireActionId(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`no server action ${key} in the build's manifest`);
  return id;
}

/** An anonymous visitor from `address`. */
export function visitor(base: string, address: string): Visitor {
  return { base, address, cookie: "" };
}

export function headersOf(v: Visitor, extra: Record<string, string> = {}): Record<string, string> {
  return { "x-forwarded-for": v.address, ...(v.cookie ? { cookie: v.cookie } : {}), ...extra };
}

/** Creates an account through better-auth's endpoint and keeps its session cookie. */
export function signUp(v: Visitor, email: string, password: string): Promise<Visitor> {
  return authenticate(v, "sign-up", { name: email.split("@")[0] ?? email, email, password });
}

/** Signs in through better-auth's endpoint and keeps the new session cookie. */
export function signIn(v: Visitor, email: string, password: string): Promise<Visitor> {
  return authenticate(v, "sign-in", { email, password });
}

async function authenticate(v: Visitor, kind: "sign-up" | "sign-in", body: Record<string, string>): Promise<Visitor> {
  const res = await fetch(`${v.base}/api/auth/${kind}/email`, {
    method: "POST",
    headers: headersOf(v, { origin: v.base, "content-type": "application/json" }),
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${kind} of ${body.email} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!cookie) throw new Error(`${kind} of ${body.email} set no session cookie`);
  return { ...v, cookie };
}

/** Posts a server action's form to `page` as a no-JS browser does; redirects are not followed. */
export function postAction(
  v: Visitor,
  page: string,
  actionId: string,
  fields: Record<string, string | string[]>,
  signal?: AbortSignal,
): Promise<Response> {
  const body = new FormData();
  body.append(`$ACTION_ID_${actionId}`, "");
  for (const [key, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(key, one);
  return fetch(`${v.base}${page}`, {
    method: "POST",
    body,
    headers: headersOf(v, { origin: v.base }),
    redirect: "manual",
    signal,
  });
}
