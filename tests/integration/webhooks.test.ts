// Webhooks against a loopback receiver the test starts, real SQLite: a signed Slack/Discord-compatible
// JSON post of the reader's For you and follows; a 500 is retried by a later run after the backoff.
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addBookmark } from "@/lib/db/bookmarks";
import { getDb } from "@/lib/db/client";
import { addFollow } from "@/lib/db/follows";
import { getWebhookDelivery, saveWebhook } from "@/lib/db/webhooks";
import { resetEnvCache } from "@/lib/env";
import { runIngest } from "@/lib/ingest/run-ingest";
import { SIGNATURE_HEADER, verifySignature, WebhookUrlSchema } from "@/lib/recs/webhook-payload";
import { sendDueWebhooks } from "@/lib/email/webhook-send";
import { createTestDb, createTestUser, useAsAppDb, type TestDb } from "../setup/db";

const SECRET = "w".repeat(43);
let t: TestDb;
let server: http.Server;
let url: string;
let reader: string;
const received: { body: string; signature: string | null }[] = [];
let failNext = 1;

beforeAll(async () => {
  t = await createTestDb();
  await useAsAppDb(t);
  process.env.APP_URL = "http://paperboard.test";
  // The receiver is on loopback, which webhooks refuse by default.
  process.env.WEBHOOK_ALLOW_PRIVATE = "1";
  resetEnvCache();
  await runIngest({
    db: t.db,
    file: path.join(process.cwd(), "prisma", "seed-digest.txt"),
    today: new Date("2026-11-27"),
    search: null,
  });
  reader = await createTestUser(t.db, "hooked");
  const cv = await t.db.paperTopic.findMany({
    where: { topic: { slug: "computer-vision" } },
    select: { paperId: true },
    take: 4,
    orderBy: { paperId: "asc" },
  });
  for (const { paperId } of cv) await addBookmark(getDb(), reader, paperId);
  await addFollow(getDb(), reader, { kind: "topic", target: "robotics", label: "Robotics" });
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      received.push({ body, signature: (req.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined) ?? null });
      res.statusCode = failNext-- > 0 ? 500 : 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  await saveWebhook(getDb(), reader, WebhookUrlSchema.parse(url), SECRET);
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.dispose();
});

describe("webhooks", () => {
  it("validates the URL", () => {
    expect(WebhookUrlSchema.safeParse("ftp://example.test/x").success).toBe(false);
    expect(WebhookUrlSchema.safeParse("https://user:pw@example.test/x").success).toBe(false);
    expect(WebhookUrlSchema.safeParse("not a url").success).toBe(false);
    expect(WebhookUrlSchema.safeParse("https://hooks.slack.com/services/T/B/x").success).toBe(true);
  });

  it("posts signed JSON; after a 500 it waits for the backoff, then retries and succeeds once", async () => {
    const start = new Date("2026-03-14T08:00:00Z");
    expect(await sendDueWebhooks(getDb(), { date: "2026-03-13", now: start })).toMatchObject({ failed: 1, sent: 0 });
    expect(received).toHaveLength(1);
    expect(await getWebhookDelivery(getDb(), reader, "daily:2026-03-13")).toMatchObject({
      state: "failed",
      attempts: 1,
    });
    // Within the backoff: nothing is posted.
    expect(
      await sendDueWebhooks(getDb(), { date: "2026-03-13", now: new Date(start.getTime() + 30_000) }),
    ).toMatchObject({
      waiting: 1,
    });
    expect(received).toHaveLength(1);
    expect(
      await sendDueWebhooks(getDb(), { date: "2026-03-13", now: new Date(start.getTime() + 61_000) }),
    ).toMatchObject({
      sent: 1,
    });
    expect(received).toHaveLength(2);
    // Sent: a later run posts nothing more for that day.
    expect(
      await sendDueWebhooks(getDb(), { date: "2026-03-13", now: new Date(start.getTime() + 3_600_000) }),
    ).toMatchObject({
      sent: 0,
      failed: 0,
    });
    expect(received).toHaveLength(2);

    const { body, signature } = received[1]!;
    expect(verifySignature(body, SECRET, signature)).toBe(true);
    expect(verifySignature(body, "x".repeat(43), signature)).toBe(false);
    const json = JSON.parse(body) as {
      text: string;
      content: string;
      sections: { label: string; papers: { title: string; url: string }[] }[];
    };
    expect(json.text).toBe(json.content);
    expect(json.text.length).toBeLessThanOrEqual(2000);
    expect(json.sections[0]!.label).toBe("Recommended for you");
    expect(json.sections[0]!.papers.length).toBeGreaterThan(0);
    expect(json.sections.map((s) => s.label)).toContain("Robotics");
    expect(json.sections[0]!.papers[0]!.url).toMatch(/^http:\/\/paperboard\.test\/papers\//);
  });
});
