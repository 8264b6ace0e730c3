// Where the app is served from, and which origins may post to it (pure; lib/auth/server.ts uses it).
export type AuthOrigins = { baseURL: string; trustedOrigins: string[] };

/**
 * With APP_URL set, that origin (plus AUTH_TRUSTED_ORIGINS). Without it the zero-config local
 * default: browsers reach `npm start` as localhost or 127.0.0.1, and better-auth answers
 * 403 INVALID_ORIGIN to any origin it was not told about (shared/TOOLCHAIN.md), so both are trusted.
 */
export function resolveAuthOrigins(env: {
  APP_URL?: string;
  PORT: number;
  AUTH_TRUSTED_ORIGINS?: string;
}): AuthOrigins {
  const extra = (env.AUTH_TRUSTED_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean)
    .map((o) => new URL(o).origin);
  if (env.APP_URL) {
    const origin = new URL(env.APP_URL).origin;
    return { baseURL: origin, trustedOrigins: unique([origin, ...extra]) };
  }
  const local = [`http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`];
  return { baseURL: local[0]!, trustedOrigins: unique([...local, ...extra]) };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
