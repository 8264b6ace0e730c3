// Tells a running app that its cached browse pages are stale (after an ingest, which runs as its own
// process and cannot call revalidatePath itself). No app listening is normal: nothing is cached then.
import "server-only";
import { getAppSecret } from "@/lib/app-secret";
import { signRevalidateToken } from "./revalidate-token";
import type { Env } from "@/lib/env";

export type NotifyResult = "revalidated" | "not-running" | { failed: string };

const TOKEN_LIFETIME_S = 60;

/**
 * POSTs to the app on this machine at $PORT — loopback, not APP_URL: the ingest shares the app's
 * SQLite file, so it runs beside it, and a public URL may sit behind a proxy or TLS it cannot reach.
 */
export async function notifyAppOfChange(env: Pick<Env, "PORT">, now = new Date()): Promise<NotifyResult> {
  const token = signRevalidateToken(
    { p: "revalidate", e: Math.floor(now.getTime() / 1000) + TOKEN_LIFETIME_S },
    getAppSecret(),
  );
  try {
    const response = await fetch(`http://127.0.0.1:${env.PORT}/api/revalidate`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(5_000),
    });
    return response.ok ? "revalidated" : { failed: `HTTP ${response.status}` };
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    return code === "ECONNREFUSED" ? "not-running" : { failed: (error as Error).message };
  }
}
