// The sync's polite client against the fake upstream: a pace per service, Retry-After honoured,
// backoff on failures, no retry for answers a retry would not change, and a User-Agent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchSourceError } from "@/lib/ingest/fetch-source";
import { createPoliteClient, RetryLaterError } from "@/lib/sync/polite-client";
import { type FakeUpstream, startFakeUpstream } from "../fake-upstream/server";
import { recordedWorld } from "../fake-upstream/world";

let fake: FakeUpstream;
beforeAll(async () => {
  fake = await startFakeUpstream(recordedWorld());
});
afterAll(async () => {
  await fake.stop();
});

const client = (extra: Partial<Parameters<typeof createPoliteClient>[0]> = {}) =>
  createPoliteClient({
    userAgent: "Paperboard/test (polite client test)",
    timeoutMs: 2_000,
    retries: 2,
    backoffMs: 50,
    paceOf: (url) =>
      url.includes("/oai") || url.includes("/api/query") ? { key: "arxiv", ms: 300 } : { key: "hf", ms: 0 },
    ...extra,
  });

describe("the polite client", () => {
  it("keeps the pace between requests to one service, not across services, and says who it is", async () => {
    const c = client();
    fake.requests.length = 0;
    for (let i = 0; i < 3; i++) {
      await c.getText(`${fake.env.ARXIV_API_BASE_URL}?id_list=2606.30776`);
      await c.getText(`${fake.url}/api/daily_papers?date=2026-03-13`);
    }
    const arxiv = fake.requests.filter((r) => r.url.startsWith("/api/query"));
    for (let i = 1; i < arxiv.length; i++) expect(arxiv[i]!.at - arxiv[i - 1]!.at).toBeGreaterThanOrEqual(295);
    const hf = fake.requests.filter((r) => r.url.startsWith("/api/daily_papers"));
    // Hugging Face requests go out right after an arXiv one: their pace is their own.
    expect(hf[0]!.at - arxiv[0]!.at).toBeLessThan(250);
    expect(new Set(fake.requests.map((r) => r.userAgent))).toEqual(new Set(["Paperboard/test (polite client test)"]));
    expect(c.stats().requests).toBe(6);
    expect(c.stats().politenessMs).toBeGreaterThan(400);
  });

  it("waits what a 503 or 429 asks (seconds or an HTTP date), and backs off on a 500", async () => {
    const c = client({ paceOf: () => ({ key: "x", ms: 0 }) });
    fake.requests.length = 0;
    fake.fail("date=2026-01-01", { kind: "status", status: 503, retryAfter: "1" });
    fake.fail("date=2026-01-01", {
      kind: "status",
      status: 429,
      retryAfter: new Date(Date.now() + 3_000).toUTCString(),
    });
    await c.getText(`${fake.url}/api/daily_papers?date=2026-01-01`);
    const [a, b, ok] = fake.requests;
    expect([a?.status, b?.status, ok?.status]).toEqual([503, 429, 200]);
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(990);
    // Three seconds from when the fault was set, one of which went by on the 503: about two more.
    expect(ok!.at - b!.at).toBeGreaterThanOrEqual(900);

    fake.requests.length = 0;
    fake.fail("date=2026-01-02", { kind: "status", status: 500 }, 2);
    await c.getText(`${fake.url}/api/daily_papers?date=2026-01-02`);
    expect(fake.requests.map((r) => r.status)).toEqual([500, 500, 200]);
  });

  it("gives up after its retries with the URL, does not retry a 404, and leaves a long wait to a later run", async () => {
    const c = client({ paceOf: () => ({ key: "x", ms: 0 }) });
    fake.fail("date=2026-01-03", { kind: "status", status: 502 }, 3);
    await expect(c.getText(`${fake.url}/api/daily_papers?date=2026-01-03`)).rejects.toThrow(
      /daily_papers\?date=2026-01-03: HTTP 502 .*\(after 3 attempts\)/,
    );
    fake.requests.length = 0;
    await expect(c.getText(`${fake.url}/nowhere`)).rejects.toThrow(FetchSourceError);
    expect(fake.requests).toHaveLength(1);
    fake.fail("date=2026-01-04", { kind: "status", status: 503, retryAfter: "3600" });
    const error = await c.getText(`${fake.url}/api/daily_papers?date=2026-01-04`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryLaterError);
    expect((error as RetryLaterError).retryAt.getTime()).toBeGreaterThan(Date.now() + 3_500_000);
  });

  it("times out a silent server, retries, and stops waiting when the run is stopped", async () => {
    const c = client({ timeoutMs: 300, paceOf: () => ({ key: "x", ms: 0 }) });
    fake.fail("date=2026-01-05", { kind: "hang" });
    await expect(c.getText(`${fake.url}/api/daily_papers?date=2026-01-05`)).resolves.toBe("[]");
    const controller = new AbortController();
    const stopped = client({ paceOf: () => ({ key: "x", ms: 60_000 }), signal: controller.signal });
    await stopped.getText(`${fake.url}/api/daily_papers?date=2026-01-06`);
    const waiting = stopped.getText(`${fake.url}/api/daily_papers?date=2026-01-06`);
    controller.abort(new Error("stopping"));
    await expect(waiting).rejects.toThrow("stopping");
  });
});
