// Personal API tokens: minted here (256 random bits, shown once), stored as their sha256 (a
// stolen database yields no usable token; the token's entropy makes a salt unnecessary), and
// read back from `Authorization: Bearer …`.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getApiTokenOwner } from "@/lib/db/api-tokens";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

const PREFIX = "pb_";
/** Prefix + 43 base64url characters; anything else is refused before any lookup. */
const TOKEN = /^pb_[A-Za-z0-9_-]{43}$/;

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function mintApiToken(): { token: string; hash: string } {
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashApiToken(token) };
}

/** The id of the reader whose token authorises this request; 401 without a valid one. */
export async function requireTokenOwner(db: Db, headers: Headers): Promise<string> {
  const header = headers.get("authorization") ?? "";
  const token = header.length <= 200 && header.slice(0, 7).toLowerCase() === "bearer " ? header.slice(7).trim() : "";
  if (!TOKEN.test(token))
    throw new AppError(
      "UNAUTHORIZED",
      "Send a personal API token (created on your account page) as `Authorization: Bearer <token>`.",
    );
  const owner = await getApiTokenOwner(db, hashApiToken(token));
  if (!owner) throw new AppError("UNAUTHORIZED", "This API token is unknown or was revoked.");
  return owner;
}
