// For you in the digest mail, against a real SMTP server and real SQLite: opt-in on the account's
// confirmed follows mail; the section lists the reader's top recommendations of the day; off → absent.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addBookmark } from "@/lib/db/bookmarks";
import { getDb } from "@/lib/db/client";
import { addFollow, setFollowEmail } from "@/lib/db/follows";
import { getForYouMail, setForYouMail } from "@/lib/db/for-you-mail";
import { resetEnvCache } from "@/lib/env";
import { requestFollowsDelivery } from "@/lib/email/follows-delivery";
import { sendDueDigests } from "@/lib/email/send-digests";
import { confirmSubscription } from "@/lib/email/subscriptions";
import { runIngest } from "@/lib/ingest/run-ingest";
import { listForYou } from "@/lib/recs/for-you";
import { createTestDb, createTestUser, useAsAppDb, type TestDb } from "../setup/db";
import { linkIn, startTestSmtp, type TestSmtp } from "../setup/smtp";

const BASE = "http://paperboard.test";
const MAR13 = { kind: "daily", date: "2026-03-13" } as const;
let t: TestDb;
let smtp: TestSmtp;
let dataDir: string;
let reader: { id: string; email: string };

beforeAll(async () => {
  t = await createTestDb();
  await useAsAppDb(t);
  smtp = await startTestSmtp();
  dataDir = mkdtempSync(path.join(os.tmpdir(), "paperboard-for-you-email-"));
  Object.assign(process.env, { DATA_DIR: dataDir, APP_URL: BASE, ...smtp.env() });
  delete process.env.APP_SECRET;
  delete process.env.MEILI_URL;
  resetEnvCache();
  await runIngest({
    db: t.db,
    file: path.join(process.cwd(), "prisma", "seed-digest.txt"),
    today: new Date("2026-11-27"),
    search: null,
  });
  reader = { id: await createTestUser(t.db, "reader"), email: "reader@example.test" };
  const cv = await t.db.paperTopic.findMany({
    where: { topic: { slug: "computer-vision" } },
    select: { paperId: true },
    take: 4,
    orderBy: { paperId: "asc" },
  });
  for (const { paperId } of cv) await addBookmark(getDb(), reader.id, paperId);
  // Follows mail needs a follow with the email switch on, and the confirmed address.
  const follow = await addFollow(getDb(), reader.id, {
    kind: "topic",
    target: "audio",
    label: "Speech, music & audio",
  });
  await setFollowEmail(getDb(), reader.id, follow.id, true);
}, 120_000);
afterAll(async () => {
  await smtp.stop();
  await t.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("For you in the digest mail", () => {
  it("cannot be turned on before the account's follows mail exists", async () => {
    expect(await getForYouMail(getDb(), reader.id)).toEqual({ state: "unavailable" });
    expect(await setForYouMail(getDb(), reader.id, true)).toBe(false);
  });

  it("is absent until opted in, then lists the day's top recommendations", async () => {
    expect(await requestFollowsDelivery(getDb(), reader, "daily")).toBe("sent");
    const [confirmation] = await smtp.waitFor(1);
    expect(
      await confirmSubscription(
        getDb(),
        new URL(linkIn(confirmation!, `${BASE}/subscribe/confirm`)).searchParams.get("token")!,
      ),
    ).toBe("confirmed");
    expect(await getForYouMail(getDb(), reader.id)).toEqual({ state: "off", frequency: "daily" });
    smtp.clear();
    await sendDueDigests(getDb(), MAR13);
    const [without] = await smtp.waitFor(1);
    expect(without!.parsed.text).not.toContain("For you: Recommended for you");

    expect(await setForYouMail(getDb(), reader.id, true)).toBe(true);
    await t.db.emailDelivery.deleteMany(); // the day's mail was sent: let the same day be mailed again
    smtp.clear();
    await sendDueDigests(getDb(), MAR13);
    const [withForYou] = await smtp.waitFor(1);
    const text = withForYou!.parsed.text ?? "";
    expect(text).toContain("For you: Recommended for you");
    const ranked = await listForYou(getDb(), {
      userId: reader.id,
      scope: { kind: "all" },
      period: "day",
      range: { from: "2026-03-13", to: "2026-03-13" },
      limit: 10,
    });
    if (ranked.status !== "ready") throw new Error("expected recommendations");
    const section = text.slice(text.indexOf("For you: Recommended for you"));
    expect(section).toContain(`1. ${ranked.items[0]!.card.title}`);
    expect(withForYou!.parsed.html).toContain(`${BASE}/for-you`);
  });
});
