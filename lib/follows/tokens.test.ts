import { describe, expect, it } from "vitest";
import { followFeedToken, followIdOfToken, verifyFollowToken } from "./tokens";

const secret = "s".repeat(40);
const follow = { id: "f0123456789abcdef0123", version: 1 };

describe("follow feed tokens", () => {
  it("verify for the follow and version they were made for", () => {
    const token = followFeedToken(follow, secret);
    expect(followIdOfToken(token)).toBe(follow.id);
    expect(verifyFollowToken(token, follow, secret)).toBe(true);
  });

  it("stop verifying once revoked (version bumped), with another secret, or when tampered", () => {
    const token = followFeedToken(follow, secret);
    expect(verifyFollowToken(token, { ...follow, version: 2 }, secret)).toBe(false);
    expect(verifyFollowToken(token, follow, "t".repeat(40))).toBe(false);
    const tampered = token.slice(0, -2) + (token.endsWith("AA") ? "AB" : "AA");
    expect(verifyFollowToken(tampered, follow, secret)).toBe(false);
    expect(verifyFollowToken(followFeedToken({ ...follow, id: "other0123456789abcdef" }, secret), follow, secret)).toBe(
      false,
    );
  });

  it("are bound to their purpose: a follow's token never opens a For you feed", () => {
    const token = followFeedToken(follow, secret);
    expect(verifyFollowToken(token, follow, secret, "for-you")).toBe(false);
    expect(verifyFollowToken(followFeedToken(follow, secret, "for-you"), follow, secret, "for-you")).toBe(true);
  });

  it("rejects malformed tokens before any lookup", () => {
    expect(followIdOfToken("../../etc/passwd")).toBeNull();
    expect(followIdOfToken("short.abc")).toBeNull();
  });
});
