// Follows by email against a real SMTP server, real SQLite and a real Meilisearch: double opt-in to
// the account's address, follow sections with exactly the period's papers, nothing new → no mail,
// unsubscribe, turning off, unfollowing, and privacy between accounts.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { listFeedPapersBetween } from "@/lib/db/feed-papers";
import { addFollow, removeFollow, setFollowEmail, type FollowKind } from "@/lib/db/follows";
import { resetEnvCache } from "@/lib/env";
import { getFollowsDelivery, requestFollowsDelivery, turnOffFollowsDelivery } from "@/lib/email/follows-delivery";
import { sendDueDigests } from "@/lib/email/send-digests";
import { confirmSubscription, requestSubscription, unsubscribe } from "@/lib/email/subscriptions";
import { runIngest } from "@/lib/ingest/run-ingest";
import { searchPapers } from "@/lib/search/search-papers";
import { SearchQuerySchema } from "@/lib/validation/search-query";
import { SubscribeInputSchema } from "@/lib/validation/subscribe";
import { createTestDb, createTestUser, useAsAppDb, type TestDb } from "../setup/db";
import { removeTestMeili, startTestMeili, type TestMeili, meiliEnv } from "../setup/meili";
import { linkIn, rawHeader, startTestSmtp, type CapturedMail, type TestSmtp } from "../setup/smtp";

const BASE = "http://paperboard.test";
const SEED = path.join(process.cwd(), "prisma", "seed-digest.txt"); // Mar 13, 2026: 98 papers, no authors
const HF = path.join(process.cwd(), "tests", "fixtures", "formats", "hf-daily-papers.api-response.30-items.json"); // Jun 12, with authors
const AUTHOR = "Rafal Kocielnik";
const MAR13 = { kind: "daily", date: "2026-03-13" } as const;
const JUN12 = { kind: "daily", date: "2026-06-12" } as const;

let t: TestDb;
let smtp: TestSmtp;
let meili: TestMeili;
let dataDir: string;
let counter = 0;

const tokenOf = (url: string) => new URL(url).searchParams.get("token")!;

/** A fresh account (unique address) as better-auth would create it. */
async function account(name: string): Promise<{ id: string; email: string }> {
  const id = await createTestUser(t.db, `${name}${++counter}`);
  return { id, email: `${name}${counter}@example.test` };
}

async function follow(userId: string, kind: FollowKind, target: string, label: string, email = true) {
  const row = await addFollow(getDb(), userId, { kind, target, label });
  if (email) await setFollowEmail(getDb(), userId, row.id, true);
  return row;
}

/** Turns follows mail on through the real confirmation mail. */
async function confirmedFollowsMail(
  user: { id: string; email: string },
  frequency: "daily" | "weekly" = "daily",
): Promise<void> {
  const before = smtp.messages.length;
  expect(await requestFollowsDelivery(getDb(), user, frequency)).toBe("sent");
  const [mail] = (await smtp.waitFor(before + 1)).slice(before);
  expect(await confirmSubscription(getDb(), tokenOf(linkIn(mail!, `${BASE}/subscribe/confirm`)))).toBe("confirmed");
}

/** The titles listed under one follow's heading in a mail's text part. */
function sectionTitles(mail: CapturedMail, heading: string): string[] {
  const text = mail.parsed.text ?? "";
  const start = text.indexOf(`\n${heading} — `);
  if (start < 0) return [];
  const rest = text.slice(start + 1);
  const end = rest.search(/\n\n\n|\n\nYou get this/);
  return [...rest.slice(0, end).matchAll(/^\d+\. (.+)$/gm)].map((m) => m[1]!);
}

/** The author's papers of Jun 12 (two), straight from SQLite. */
async function authorPapersOfJune12(): Promise<string[]> {
  const day = await listFeedPapersBetween(getDb(), { from: "2026-06-12", to: "2026-06-12", limit: 100 });
  return day
    .filter((p) => p.authors.includes(AUTHOR))
    .map((p) => p.title)
    .sort();
}

const mailTo = (email: string) => smtp.messages.filter((m) => m.to[0] === email);

beforeAll(async () => {
  t = await createTestDb();
  await useAsAppDb(t);
  smtp = await startTestSmtp();
  meili = await startTestMeili("email_follows");
  dataDir = mkdtempSync(path.join(os.tmpdir(), "paperboard-email-follows-"));
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    APP_URL: BASE,
    ...meiliEnv(meili),
    ...smtp.env(),
  });
  delete process.env.APP_SECRET;
  resetEnvCache();
  for (const file of [SEED, HF])
    await runIngest({ db: t.db, file, today: new Date("2026-11-27"), search: meili.target });
});
afterAll(async () => {
  await smtp.stop();
  await removeTestMeili(meili);
  await t.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  smtp.clear();
  await t.db.emailDelivery.deleteMany();
  await t.db.emailSubscriber.deleteMany();
});

describe("turning follows mail on", () => {
  it("mails a confirmation link to the account's address; nothing is mailed until it is opened", async () => {
    const ada = await account("ada");
    await follow(ada.id, "topic", "audio", "Speech, music & audio");
    expect(await getFollowsDelivery(getDb(), ada)).toEqual({ state: "off", email: ada.email });
    expect(await requestFollowsDelivery(getDb(), ada, "weekly")).toBe("sent");
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toEqual([ada.email]);
    expect(mail!.parsed.subject).toBe("Confirm weekly email of your Paperboard follows");
    expect(await getFollowsDelivery(getDb(), ada)).toEqual({ state: "pending", email: ada.email, frequency: "weekly" });
    smtp.clear();
    expect(await sendDueDigests(getDb(), { kind: "weekly", date: "2026-03-13" })).toMatchObject({ sent: 0 });
    expect(smtp.messages).toHaveLength(0);
    expect(await confirmSubscription(getDb(), tokenOf(linkIn(mail!, `${BASE}/subscribe/confirm`)))).toBe("confirmed");
    expect(await getFollowsDelivery(getDb(), ada)).toEqual({
      state: "on",
      email: ada.email,
      frequency: "weekly",
      withTrending: false,
    });
    expect(await sendDueDigests(getDb(), { kind: "weekly", date: "2026-03-13" })).toMatchObject({ sent: 1 });
    expect(mailTo(ada.email)).toHaveLength(1);
  });

  it("does not tell an account that its address already gets the trending digest, nor mail it follows unproven", async () => {
    const bo = await account("bo");
    await follow(bo.id, "topic", "audio", "Speech, music & audio");
    await requestSubscription(getDb(), SubscribeInputSchema.parse({ email: bo.email }));
    expect(
      await confirmSubscription(getDb(), tokenOf(linkIn((await smtp.waitFor(1))[0]!, `${BASE}/subscribe/confirm`))),
    ).toBe("confirmed");
    // The address is an active trending subscriber; the account has proven nothing.
    expect(await getFollowsDelivery(getDb(), bo)).toEqual({ state: "off", email: bo.email });
    expect(await requestFollowsDelivery(getDb(), bo, "daily")).toBe("sent");
    expect(await getFollowsDelivery(getDb(), bo)).toEqual({ state: "pending", email: bo.email, frequency: "daily" });
    smtp.clear();
    await sendDueDigests(getDb(), MAR13);
    const [trendingOnly] = mailTo(bo.email);
    expect(trendingOnly?.parsed.text).not.toContain("From your follows");
  });

  it("refuses a follows link once the address is linked to another account, and a tampered one", async () => {
    const cy = await account("cy");
    expect(await requestFollowsDelivery(getDb(), cy, "daily")).toBe("sent");
    const link = tokenOf(linkIn((await smtp.waitFor(1))[0]!, `${BASE}/subscribe/confirm`));
    expect(await confirmSubscription(getDb(), `${link.slice(0, -2)}xx`)).toBe("invalid");
    await t.db.emailSubscriber.updateMany({ where: { email: cy.email }, data: { userId: null } });
    expect(await confirmSubscription(getDb(), link)).toBe("invalid");
    expect((await t.db.emailSubscriber.findUniqueOrThrow({ where: { email: cy.email } })).follows).toBe(false);
  });
});

describe("digest:send with follows", () => {
  it("mails each emailed follow's new papers of the period — exactly those — and not a non-emailed follow's", async () => {
    const di = await account("di");
    await follow(di.id, "topic", "audio", "Speech, music & audio");
    await follow(di.id, "author", AUTHOR, AUTHOR);
    await follow(di.id, "search", "q=language", "“language”");
    await follow(di.id, "topic", "3d-graphics", "3D & graphics", false);
    await confirmedFollowsMail(di);
    smtp.clear();

    expect(await sendDueDigests(getDb(), MAR13)).toMatchObject({ sent: 1, failed: 0 });
    const [mail] = mailTo(di.email);
    expect(mail!.parsed.subject).toMatch(
      /^Paperboard daily digest — Mar 13, 2026 \(\d+ new papers? from your follows\)$/,
    );
    // Topic: exactly the topic's papers of that day, in trending order (the mail lists up to 10).
    const audio = await listFeedPapersBetween(getDb(), {
      from: "2026-03-13",
      to: "2026-03-13",
      topic: "audio",
      limit: 100,
    });
    expect(audio.length).toBeGreaterThan(0);
    expect(sectionTitles(mail!, "Topic: Speech, music & audio")).toEqual(audio.slice(0, 10).map((p) => p.title));
    expect(mail!.parsed.text).toContain(`Topic: Speech, music & audio — ${audio.length} new paper`);
    // Saved search: the same search, restricted to the day (all of March is that one day here).
    const march = await searchPapers(SearchQuerySchema.parse({ q: "language", from: "2026-03", to: "2026-03" }));
    expect(march.total).toBeGreaterThan(0);
    expect(mail!.parsed.text).toContain(`Search: “language” — ${march.total} new paper`);
    const listed = sectionTitles(mail!, "Search: “language”");
    expect(listed).toHaveLength(Math.min(10, march.total));
    const june = await t.db.paper.findMany({ where: { digestDate: "2026-06-12" }, select: { title: true } });
    for (const title of listed) expect(june.map((p) => p.title)).not.toContain(title);
    // The author has nothing that day: no section. The non-emailed topic: no section.
    expect(mail!.parsed.text).not.toContain(`Author: ${AUTHOR}`);
    expect(mail!.parsed.text).not.toContain("3D & graphics");
    // Each section links to its page and its private feed; no trending part (never confirmed).
    expect(mail!.parsed.text).toContain(`${BASE}/topics/audio`);
    expect(mail!.parsed.text).toMatch(new RegExp(`Private feed: ${BASE}/feeds/follows/[\\w-]+\\.[\\w-]{43}\\.atom`));
    expect(mail!.parsed.html).toContain("From your follows");
    expect(mail!.parsed.text).not.toContain("On the site: http://paperboard.test\n");

    smtp.clear();
    await sendDueDigests(getDb(), JUN12);
    const [juneMail] = mailTo(di.email);
    const byAuthor = await authorPapersOfJune12();
    expect(byAuthor.length).toBeGreaterThan(0);
    expect(sectionTitles(juneMail!, `Author: ${AUTHOR}`).sort()).toEqual(byAuthor);
    expect(juneMail!.parsed.text).toContain(`${BASE}/search?author=Rafal+Kocielnik`);

    // Same period again: never twice.
    smtp.clear();
    expect(await sendDueDigests(getDb(), MAR13)).toMatchObject({ sent: 0, alreadySent: 1 });
    expect(smtp.messages).toHaveLength(0);
  });

  it("sends nothing to a subscriber with nothing new in the period, and still mails them later", async () => {
    const ed = await account("ed");
    await follow(ed.id, "author", AUTHOR, AUTHOR);
    await confirmedFollowsMail(ed);
    smtp.clear();
    expect(await sendDueDigests(getDb(), MAR13)).toMatchObject({ sent: 0, nothingNew: 1 });
    expect(smtp.messages).toHaveLength(0);
    expect(await t.db.emailDelivery.count()).toBe(0);
    expect(await sendDueDigests(getDb(), JUN12)).toMatchObject({ sent: 1 });
    expect(sectionTitles(mailTo(ed.email)[0]!, `Author: ${AUTHOR}`).sort()).toEqual(await authorPapersOfJune12());
  });

  it("puts trending and follows in one mail, and one unsubscribe (header) stops both", async () => {
    const fay = await account("fay");
    await follow(fay.id, "topic", "audio", "Speech, music & audio");
    await requestSubscription(getDb(), SubscribeInputSchema.parse({ email: fay.email }));
    await confirmSubscription(getDb(), tokenOf(linkIn((await smtp.waitFor(1))[0]!, `${BASE}/subscribe/confirm`)));
    await confirmedFollowsMail(fay);
    expect(await getFollowsDelivery(getDb(), fay)).toMatchObject({ state: "on", withTrending: true });
    smtp.clear();
    await sendDueDigests(getDb(), MAR13);
    const [mail] = mailTo(fay.email);
    expect(mail!.parsed.subject).toMatch(
      /^Paperboard daily digest — Mar 13, 2026 \(98 papers; \d+ from your follows\)$/,
    );
    expect(mail!.parsed.text).toContain("== From your follows ==");
    expect(rawHeader(mail!, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(await unsubscribe(getDb(), tokenOf(rawHeader(mail!, "List-Unsubscribe")!.slice(1, -1)))).toBe(true);
    expect(await getFollowsDelivery(getDb(), fay)).toEqual({ state: "off", email: fay.email });
    smtp.clear();
    expect(await sendDueDigests(getDb(), JUN12)).toMatchObject({ sent: 0 });
    expect(mailTo(fay.email)).toHaveLength(0);
  });

  it("sends trending daily and follows weekly to one address, each in its own run", async () => {
    const hal = await account("hal");
    await follow(hal.id, "topic", "audio", "Speech, music & audio");
    await requestSubscription(getDb(), SubscribeInputSchema.parse({ email: hal.email, frequency: "daily" }));
    await confirmSubscription(getDb(), tokenOf(linkIn((await smtp.waitFor(1))[0]!, `${BASE}/subscribe/confirm`)));
    await confirmedFollowsMail(hal, "weekly");
    // Confirming follows weekly left the trending digest daily, and they no longer share a mail.
    expect(
      await t.db.emailSubscriber.findUniqueOrThrow({
        where: { email: hal.email },
        select: { frequency: true, followsFrequency: true },
      }),
    ).toEqual({ frequency: "daily", followsFrequency: "weekly" });
    expect(await getFollowsDelivery(getDb(), hal)).toEqual({
      state: "on",
      email: hal.email,
      frequency: "weekly",
      withTrending: false,
    });
    smtp.clear();
    await sendDueDigests(getDb(), MAR13);
    const [daily] = mailTo(hal.email);
    expect(daily!.parsed.subject).toBe("Paperboard daily digest — Mar 13, 2026 (98 papers)");
    expect(daily!.parsed.text).not.toContain("From your follows");
    smtp.clear();
    await sendDueDigests(getDb(), { kind: "weekly", date: "2026-03-13" });
    const [weekly] = mailTo(hal.email);
    expect(weekly!.parsed.subject).toMatch(/^Paperboard weekly digest — .* \(\d+ new papers? from your follows\)$/);
    expect(sectionTitles(weekly!, "Topic: Speech, music & audio").length).toBeGreaterThan(0);
    expect(weekly!.parsed.text).toContain(
      "You get this because you confirmed email delivery of your Paperboard follows.",
    );
  });

  it("stops after the page link's unsubscribe, after turning off, and drops an unfollowed follow's section", async () => {
    const gus = await account("gus");
    const audio = await follow(gus.id, "topic", "audio", "Speech, music & audio");
    await follow(gus.id, "search", "q=language", "“language”");
    await confirmedFollowsMail(gus);
    smtp.clear();
    await removeFollow(getDb(), gus.id, audio.id);
    await sendDueDigests(getDb(), MAR13);
    const [mail] = mailTo(gus.email);
    expect(mail!.parsed.text).toContain("Search: “language”");
    expect(mail!.parsed.text).not.toContain("Speech, music & audio");

    // Off on /follows, then on again: already proven, so no new link.
    await turnOffFollowsDelivery(getDb(), gus.id);
    smtp.clear();
    expect(await sendDueDigests(getDb(), JUN12)).toMatchObject({ sent: 0 });
    expect(await requestFollowsDelivery(getDb(), gus, "daily")).toBe("on");
    expect(smtp.messages).toHaveLength(0);

    await sendDueDigests(getDb(), JUN12);
    const [june] = mailTo(gus.email);
    expect(await unsubscribe(getDb(), tokenOf(linkIn(june!, `${BASE}/unsubscribe`)))).toBe(true);
    await t.db.emailDelivery.deleteMany();
    smtp.clear();
    expect(await sendDueDigests(getDb(), JUN12)).toMatchObject({ sent: 0 });
    // After an unsubscribe, turning it on again needs a fresh confirmation.
    expect(await requestFollowsDelivery(getDb(), gus, "daily")).toBe("sent");
    expect(await getFollowsDelivery(getDb(), gus)).toMatchObject({ state: "pending", email: gus.email });
  });
});

describe("privacy", () => {
  it("another account can neither change a follow's email setting nor see it", async () => {
    const [hal, ivy] = [await account("hal"), await account("ivy")];
    const halFollow = await follow(hal.id, "topic", "audio", "Speech, music & audio", false);
    await expect(setFollowEmail(getDb(), ivy.id, halFollow.id, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await t.db.follow.findUniqueOrThrow({ where: { id: halFollow.id } })).email).toBe(false);
    await confirmedFollowsMail(hal);
    expect(await getFollowsDelivery(getDb(), ivy)).toEqual({ state: "off", email: ivy.email });
    await turnOffFollowsDelivery(getDb(), ivy.id);
    expect(await getFollowsDelivery(getDb(), hal)).toMatchObject({ state: "on" });
  });
});
