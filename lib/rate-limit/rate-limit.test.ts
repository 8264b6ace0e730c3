// The one rate limiter: token-bucket arithmetic, the memory store, and which requests count against what.
import { describe, expect, it } from "vitest";
import { PREFETCH_HEADER } from "@/lib/edge/prefetch";
import { EnvSchema } from "@/lib/env";
import { classifyRequest, policiesFromEnv } from "./policies";
import { createMemoryStore } from "./store";
import { takeToken } from "./token-bucket";

const policy = { perMinute: 60, burst: 3 };

describe("takeToken", () => {
  it("allows a burst, then refuses with the seconds until the next token, refilling at the steady rate", () => {
    let bucket = undefined;
    const now = 1_000_000;
    for (let i = 0; i < 3; i++) {
      const step = takeToken(bucket, policy, now);
      expect(step.decision.allowed).toBe(true);
      bucket = step.bucket;
    }
    expect(takeToken(bucket, policy, now).decision).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
      limit: 3,
      remaining: 0,
      resetSeconds: 3,
    });
    expect(takeToken(bucket, policy, now + 1_000).decision.allowed).toBe(true);
    // Idle time refills up to the burst, never beyond.
    expect(takeToken(bucket, policy, now + 3_600_000).bucket.tokens).toBe(2);
  });

  it("states the limit, the whole tokens left and the seconds until the bucket is full again", () => {
    const first = takeToken(undefined, policy, 0);
    expect(first.decision).toEqual({ allowed: true, limit: 3, remaining: 2, resetSeconds: 1 });
    expect(takeToken(first.bucket, policy, 500).decision).toEqual({
      allowed: true,
      limit: 3,
      remaining: 1,
      resetSeconds: 2,
    });
  });

  it("says how long a slow policy makes a refused client wait", () => {
    const hourly = { perMinute: 3 / 60, burst: 3 };
    let bucket = undefined;
    for (let i = 0; i < 3; i++) bucket = takeToken(bucket, hourly, 0).bucket;
    expect(takeToken(bucket, hourly, 0).decision).toEqual({
      allowed: false,
      retryAfterSeconds: 1200,
      limit: 3,
      remaining: 0,
      resetSeconds: 3600,
    });
  });
});

describe("createMemoryStore", () => {
  it("keeps one bucket per key and forgets the stalest past maxKeys", async () => {
    const store = createMemoryStore({ maxKeys: 2 });
    const one = { perMinute: 1, burst: 1 };
    expect((await store.take("a", one, 0)).allowed).toBe(true);
    expect((await store.take("a", one, 0)).allowed).toBe(false);
    expect((await store.take("b", one, 0)).allowed).toBe(true);
    expect((await store.take("c", one, 0)).allowed).toBe(true); // "a" is forgotten
    expect((await store.take("a", one, 0)).allowed).toBe(true);
    expect((await store.take("c", one, 0)).allowed).toBe(false);
  });
});

describe("classifyRequest", () => {
  const none = new Headers();
  const classify = (method: string, url: string, headers = none) => {
    const { pathname, searchParams } = new URL(url, "http://x");
    return classifyRequest(method, pathname, searchParams, headers)?.limit ?? null;
  };

  it("puts every expensive endpoint in its class, anonymous or not", () => {
    expect(classify("GET", "/search?q=x")).toBe("search");
    expect(classify("GET", "/api/search?q=x")).toBe("search");
    expect(classify("GET", "/feeds/search.atom?q=x")).toBe("search");
    expect(classify("HEAD", "/feeds/search.json")).toBe("search");
    expect(classify("GET", "/api/v1/papers/x/similar")).toBe("search");
    expect(classify("OPTIONS", "/api/v1/search")).toBeNull();
    expect(classify("GET", "/similar?text=reward%20models")).toBe("similar");
    expect(classify("GET", "/search/export?format=bibtex")).toBe("export");
    expect(classify("GET", "/library/export?format=ris")).toBe("export");
    expect(classify("GET", "/papers/some-paper/opengraph-image?abc")).toBe("image");
    expect(classify("POST", "/api/auth/sign-in/email")).toBe("auth");
    expect(classify("POST", "/api/auth/sign-up/email")).toBe("auth");
    expect(classify("POST", "/sign-in?next=/")).toBe("auth");
    expect(classify("POST", "/sign-up")).toBe("auth");
  });

  it("answers pages with HTML and APIs with JSON", () => {
    const answer = (method: string, url: string) =>
      classifyRequest(method, new URL(url, "http://x").pathname, new URL(url, "http://x").searchParams, none)?.answer;
    expect(answer("GET", "/search?q=x")).toBe("page");
    expect(answer("POST", "/sign-in")).toBe("page");
    expect(answer("GET", "/api/search")).toBe("json");
  });

  it("leaves cheap requests alone: the empty similar form, other pages, sign-out, and Next's prefetches", () => {
    expect(classify("GET", "/similar")).toBeNull();
    expect(classify("GET", "/similar?text=%20")).toBeNull();
    expect(classify("GET", "/")).toBeNull();
    expect(classify("GET", "/papers/some-paper")).toBeNull();
    expect(classify("GET", "/feeds/trending.atom")).toBeNull();
    expect(classify("POST", "/api/auth/sign-out")).toBeNull();
    expect(classify("GET", "/sign-in")).toBeNull();
    expect(classify("GET", "/search?q=x", new Headers({ [PREFETCH_HEADER]: "1" }))).toBeNull();
    // A prefetch header on a form post changes nothing.
    expect(classify("POST", "/sign-in", new Headers({ [PREFETCH_HEADER]: "1" }))).toBe("auth");
  });
});

describe("policiesFromEnv", () => {
  it("sizes each class from the env, subscribe limits per hour", () => {
    const policies = policiesFromEnv(
      EnvSchema.parse({ SIMILAR_RATE_LIMIT_PER_MINUTE: "6", SUBSCRIBE_LIMIT_PER_IP: "12" }),
    );
    expect(policies.similar).toEqual({ perMinute: 6, burst: 5 });
    expect(policies.search).toEqual({ perMinute: 120, burst: 40 });
    expect(policies.subscribe).toEqual({ perMinute: 0.2, burst: 12 });
  });
});
