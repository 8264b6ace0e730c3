// The email digest against a real SMTP server and a real SQLite file: double opt-in, digest content,
// unsubscribe, re-runs and crashes.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { sendDueDigests } from "@/lib/email/send-digests";
import { confirmSubscription, requestSubscription, unsubscribe } from "@/lib/email/subscriptions";
import { runIngest } from "@/lib/ingest/run-ingest";
import { SubscribeInputSchema } from "@/lib/validation/subscribe";
import { createTestDb, dbEnv, type TestDb } from "../setup/db";
import { linkIn, rawHeader, startTestSmtp, type TestSmtp } from "../setup/smtp";

const BASE = "http://paperboard.test";
const SEED = path.join(process.cwd(), "prisma", "seed-digest.txt");
let t: TestDb;
let smtp: TestSmtp;
let dataDir: string;

const tokenOf = (url: string) => new URL(url).searchParams.get("token")!;

/** Subscribes and confirms through the real mails; returns the address. */
async function subscribed(email: string, frequency: "daily" | "weekly" = "daily"): Promise<string> {
  const before = smtp.messages.length;
  await requestSubscription(getDb(), SubscribeInputSchema.parse({ email, frequency }));
  const [mail] = (await smtp.waitFor(before + 1)).slice(before);
  expect(await confirmSubscription(getDb(), tokenOf(linkIn(mail!, `${BASE}/subscribe/confirm`)))).toBe("confirmed");
  return email;
}

beforeAll(async () => {
  t = await createTestDb();
  smtp = await startTestSmtp();
  dataDir = mkdtempSync(path.join(os.tmpdir(), "paperboard-email-"));
  Object.assign(process.env, { ...dbEnv(t), DATA_DIR: dataDir, APP_URL: BASE, ...smtp.env() });
  delete process.env.APP_SECRET;
  resetEnvCache();
  await runIngest({ db: t.db, file: SEED, today: new Date("2026-11-27"), search: null });
});
afterAll(async () => {
  await smtp.stop();
  await t.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  smtp.clear();
  smtp.decide(null);
  await t.db.emailDelivery.deleteMany();
  await t.db.emailSubscriber.deleteMany();
});

describe("double opt-in", () => {
  it("mails a confirmation link (text and HTML) that activates the subscription once", async () => {
    await requestSubscription(
      getDb(),
      SubscribeInputSchema.parse({ email: "  Ada@Example.ORG ", frequency: "weekly" }),
    );
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toEqual(["ada@example.org"]);
    expect(mail!.parsed.subject).toBe("Confirm your Paperboard weekly digest");
    expect(mail!.parsed.html).toContain("Confirm my subscription");
    const row = await t.db.emailSubscriber.findUniqueOrThrow({ where: { email: "ada@example.org" } });
    expect(row.status).toBe("pending");
    const token = tokenOf(linkIn(mail!, `${BASE}/subscribe/confirm`));
    expect(await confirmSubscription(getDb(), token)).toBe("confirmed");
    expect(await t.db.emailSubscriber.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "active",
      frequency: "weekly",
    });
  });

  it("refuses expired, tampered and superseded links", async () => {
    await requestSubscription(getDb(), SubscribeInputSchema.parse({ email: "bo@example.org" }));
    const first = tokenOf(linkIn((await smtp.waitFor(1))[0]!, `${BASE}/subscribe/confirm`));
    expect(await confirmSubscription(getDb(), first, new Date(Date.now() + 49 * 3_600_000))).toBe("expired");
    expect(await confirmSubscription(getDb(), `${first.slice(0, -2)}xx`)).toBe("invalid");
    await requestSubscription(getDb(), SubscribeInputSchema.parse({ email: "bo@example.org" }));
    const second = tokenOf(linkIn((await smtp.waitFor(2))[1]!, `${BASE}/subscribe/confirm`));
    expect(await confirmSubscription(getDb(), first)).toBe("invalid");
    expect(await confirmSubscription(getDb(), second)).toBe("confirmed");
  });

  it("answers an active or unsubscribed address exactly like a new one", async () => {
    await subscribed("cy@example.org");
    await expect(
      requestSubscription(getDb(), SubscribeInputSchema.parse({ email: "cy@example.org", frequency: "weekly" })),
    ).resolves.toBeUndefined();
    expect((await smtp.waitFor(2))[1]!.parsed.subject).toBe("Confirm your Paperboard weekly digest");
    // Still daily until the new link is opened.
    expect((await t.db.emailSubscriber.findUniqueOrThrow({ where: { email: "cy@example.org" } })).frequency).toBe(
      "daily",
    );
  });

  it("rejects bad addresses with a clear message", () => {
    for (const email of ["", "not-an-email", "a@b", "x@example.org<script>", `${"a".repeat(250)}@example.org`]) {
      const parsed = SubscribeInputSchema.safeParse({ email, frequency: "daily" });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe("Enter a valid email address, like name@example.org.");
    }
  });
});

describe("digest:send", () => {
  it("mails each daily subscriber the day's papers once, with unsubscribe headers, and never twice", async () => {
    const people = [await subscribed("d1@example.org"), await subscribed("d2@example.org")];
    await subscribed("w1@example.org", "weekly");
    smtp.clear();
    const first = await sendDueDigests(getDb(), { kind: "daily", date: "2026-03-13" });
    expect(first).toMatchObject({ period: "daily:2026-03-13", papers: 98, sent: 2, failed: 0 });
    expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual(people);
    const mail = smtp.messages[0]!;
    expect(mail.parsed.subject).toBe("Paperboard daily digest — Mar 13, 2026 (98 papers)");
    const ranked = await t.db.paper.findMany({
      where: { digestDate: "2026-03-13" },
      orderBy: { rank: "asc" },
      select: { title: true },
    });
    expect(mail.parsed.text).toContain(`\n1. ${ranked[0]!.title}\n`);
    expect(mail.parsed.text).toContain(`\n25. ${ranked[24]!.title}\n`);
    expect(mail.parsed.text).not.toContain(ranked[25]!.title); // the mail lists 25, then links to all 98
    expect(mail.parsed.html).toContain(ranked[0]!.title.replaceAll("&", "&amp;"));
    expect(rawHeader(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(rawHeader(mail, "List-Unsubscribe")).toMatch(
      /^<http:\/\/paperboard\.test\/api\/unsubscribe\?token=[\w.-]+>$/,
    );
    expect(mail.parsed.text && mail.parsed.html).toBeTruthy(); // a plain-text part beside the HTML part
    expect(linkIn(mail, `${BASE}/unsubscribe?token=`)).toBeTruthy();

    const again = await sendDueDigests(getDb(), { kind: "daily", date: "2026-03-13" });
    expect(again).toMatchObject({ sent: 0, alreadySent: 2 });
    expect(smtp.messages).toHaveLength(2);
  });

  it("sends nothing for a papers-free period", async () => {
    await subscribed("e1@example.org");
    await subscribed("e2@example.org", "weekly");
    smtp.clear();
    expect(await sendDueDigests(getDb(), { kind: "daily", date: "2026-03-14" })).toMatchObject({ papers: 0, sent: 0 });
    expect(await sendDueDigests(getDb(), { kind: "weekly", date: "2026-03-20" })).toMatchObject({ papers: 0, sent: 0 });
    expect(smtp.messages).toHaveLength(0);
  });

  it("stops mailing whoever unsubscribes, from the page link or the header URL", async () => {
    const [a, b] = [await subscribed("u1@example.org"), await subscribed("u2@example.org")];
    await subscribed("u3@example.org");
    smtp.clear();
    await sendDueDigests(getDb(), { kind: "daily", date: "2026-03-13" });
    const mailTo = (who: string) => smtp.messages.find((m) => m.to[0] === who)!;
    expect(await unsubscribe(getDb(), tokenOf(linkIn(mailTo(a), `${BASE}/unsubscribe`)))).toBe(true);
    const header = rawHeader(mailTo(b), "List-Unsubscribe")!.slice(1, -1);
    expect(await unsubscribe(getDb(), tokenOf(header))).toBe(true);
    expect(await unsubscribe(getDb(), "forged.token")).toBe(false);
    smtp.clear();
    await sendDueDigests(getDb(), { kind: "weekly", date: "2026-03-13" }); // nobody is weekly
    await t.db.emailSubscriber.updateMany({ data: { frequency: "weekly" } });
    expect(await sendDueDigests(getDb(), { kind: "weekly", date: "2026-03-13" })).toMatchObject({ sent: 1 });
    expect(smtp.messages.map((m) => m.to[0])).toEqual(["u3@example.org"]);
  });

  it("after a crash mid-run, a re-run mails each subscriber exactly once", async () => {
    const people = await Promise.all(["c1", "c2", "c3", "c4", "c5"].map((n) => `${n}@example.org`));
    for (const p of people) await subscribed(p);
    smtp.clear();
    const crash = new Error("simulated crash after the 2nd mail");
    await expect(
      sendDueDigests(getDb(), {
        kind: "daily",
        date: "2026-03-13",
        afterSend: (n) => {
          if (n === 2) throw crash;
        },
      }),
    ).rejects.toBe(crash);
    expect(smtp.messages).toHaveLength(2);
    expect(await sendDueDigests(getDb(), { kind: "daily", date: "2026-03-13" })).toMatchObject({
      sent: 3,
      alreadySent: 2,
    });
    expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual(people.sort());
  });

  it("retries a refused delivery on the next run, and only that one", async () => {
    const people = [await subscribed("r1@example.org"), await subscribed("r2@example.org")];
    smtp.clear();
    smtp.decide((mail) => (mail.to[0] === "r1@example.org" ? { reject: "mailbox busy" } : "accept"));
    expect(await sendDueDigests(getDb(), { kind: "daily", date: "2026-03-13" })).toMatchObject({ sent: 1, failed: 1 });
    smtp.decide(null);
    expect(await sendDueDigests(getDb(), { kind: "daily", date: "2026-03-13" })).toMatchObject({
      sent: 1,
      alreadySent: 1,
    });
    expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual(people);
    const rows = await t.db.emailDelivery.findMany({ orderBy: { messageId: "asc" } });
    expect(rows.map((r) => r.state)).toEqual(["sent", "sent"]);
  });
});
