// Signed email tokens: round trip, tampering, wrong secret, wrong purpose, expiry.
import { describe, expect, it } from "vitest";
import { signRevalidateToken, verifyRevalidateToken } from "@/lib/cache/revalidate-token";
import { signToken, verifyConfirmToken, verifyUnsubscribeToken } from "./tokens";

const SECRET = "s".repeat(40);
const now = new Date("2026-03-13T00:00:00Z");
const confirm = { p: "confirm", s: "sub1", n: "nonce", f: "daily", e: now.getTime() / 1000 + 60 } as const;

describe("email tokens", () => {
  it("round-trips and checks expiry", () => {
    const token = signToken(confirm, SECRET);
    // Links mailed before follows-by-email carry no scope: they confirm the trending digest.
    expect(verifyConfirmToken(token, SECRET, now)).toEqual({ ok: true, payload: { ...confirm, w: "trending" } });
    const follows = { ...confirm, w: "follows", u: "user-1" } as const;
    expect(verifyConfirmToken(signToken(follows, SECRET), SECRET, now)).toEqual({ ok: true, payload: follows });
    expect(verifyConfirmToken(token, SECRET, new Date(now.getTime() + 61_000))).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("refuses tampered payloads, other secrets, other purposes and junk", () => {
    const token = signToken(confirm, SECRET);
    const [data, sig] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...confirm, s: "someone-else" })).toString("base64url");
    expect(verifyConfirmToken(`${forged}.${sig}`, SECRET, now).ok).toBe(false);
    expect(verifyConfirmToken(token, "t".repeat(40), now).ok).toBe(false);
    expect(verifyUnsubscribeToken(token, SECRET).ok).toBe(false); // a confirm link is not an unsubscribe link
    for (const junk of ["", "a", "a.b", `${data}.`, `${data}.${sig}.x`, `${data}.${sig}AA`]) {
      expect(verifyConfirmToken(junk, SECRET, now).ok).toBe(false);
    }
    const unsub = signToken({ p: "unsubscribe", s: "sub1" }, SECRET);
    expect(verifyUnsubscribeToken(unsub, SECRET)).toEqual({ ok: true, payload: { p: "unsubscribe", s: "sub1" } });
  });

  it("signs the short-lived revalidation call, which no other token can stand in for", () => {
    const revalidate = { p: "revalidate", e: now.getTime() / 1000 + 60 } as const;
    const token = signRevalidateToken(revalidate, SECRET);
    expect(verifyRevalidateToken(token, SECRET, now)).toEqual({ ok: true, payload: revalidate });
    expect(verifyRevalidateToken(token, SECRET, new Date(now.getTime() + 61_000))).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(verifyRevalidateToken(token, "t".repeat(40), now).ok).toBe(false);
    expect(verifyRevalidateToken(signToken(confirm, SECRET), SECRET, now).ok).toBe(false);
    expect(verifyUnsubscribeToken(token, SECRET).ok).toBe(false);
  });
});
