// digest:send — mails each active subscriber the period's trending papers and/or the new papers of
// their email-enabled follows, once per subscriber and period, so a rerun never mails anyone twice.
import "server-only";
import type { Db } from "@/lib/db/client";
import { getDelivery, listDueSubscribers, recordAttempt, settleDelivery } from "@/lib/db/email-deliveries";
import { listFeedPapersBetween, type FeedPaper } from "@/lib/db/feed-papers";
import { getLatestDigestDate } from "@/lib/db/papers";
import { sendMail } from "./mailer";
import { dailyPeriod, lastCompleteWeek, weeklyPeriod, type DigestKind, type Period } from "@/lib/domain/periods";
import { listForYouSections } from "@/lib/email/for-you-section";
import { listFollowSections, type FollowPapersCache } from "./follow-sections";
import { renderDigestMail, type DigestSection, type FollowSection } from "./render-digest";
import { acquireRunLock } from "./run-lock";
import { unsubscribeUrls } from "./subscriptions";
import { getAppUrl } from "@/lib/site-url";

const MAIL_LIMIT = { daily: 25, weekly: 30 } as const;
/** A delivery the SMTP server keeps refusing is given up after this many runs (and reported). */
export const MAX_ATTEMPTS = 5;

export type SendSummary = {
  period: string | null;
  papers: number;
  sent: number;
  alreadySent: number;
  /** Subscribers with nothing new for them this period (no trending part, no follow with new papers): no mail. */
  nothingNew: number;
  failed: number;
  gaveUp: number;
};
export type SendOptions = {
  kind: DigestKind;
  date?: string;
  now?: Date;
  afterSend?: (count: number) => void | Promise<void>;
};

async function resolvePeriod(db: Db, options: SendOptions): Promise<Period | null> {
  if (options.kind === "weekly")
    return options.date ? weeklyPeriod(options.date) : lastCompleteWeek(options.now ?? new Date());
  const day = options.date ?? (await getLatestDigestDate(db));
  return day ? dailyPeriod(day) : null;
}

/** Daily: the day in digest order. Weekly: the best-ranked papers of the week's days. */
async function listPeriodPapers(db: Db, period: Period): Promise<{ papers: FeedPaper[]; total: number }> {
  const all = await listFeedPapersBetween(db, { from: period.from, to: period.to, limit: 1000 });
  const ordered =
    period.kind === "weekly"
      ? [...all].sort((a, b) => a.rank - b.rank || b.digestDate.localeCompare(a.digestDate))
      : all;
  return { papers: ordered.slice(0, MAIL_LIMIT[period.kind]), total: all.length };
}

/**
 * Exactly-once as far as SMTP allows. Per subscriber and period one EmailDelivery row moves
 * (none) → sending → sent | failed; (subscriber, period) is unique and a database lease keeps runs apart (on every host).
 *   - "sending" is committed BEFORE the SMTP conversation, "sent" right AFTER the server's 250 to DATA.
 *   - Every run mails whoever has no "sent" row: no row (not reached yet), "failed" (refused or
 *     unreachable) and "sending" (a run died during the conversation) — so nobody is skipped.
 *   - "sent" is never mailed again — so a crash anywhere else duplicates nobody.
 * The one gap: a crash after the server's 250 and before the "sent" commit (a millisecond). SMTP has
 * no idempotency key to ask whether it took the message, so that subscriber is mailed again
 * (at-least-once) with the same Message-ID, which mail stores that dedupe on it collapse. The other
 * choice, at-most-once, would silently skip people; a rare duplicate is the lesser failure.
 */
export async function sendDueDigests(db: Db, options: SendOptions): Promise<SendSummary> {
  const summary: SendSummary = {
    period: null,
    papers: 0,
    sent: 0,
    alreadySent: 0,
    nothingNew: 0,
    failed: 0,
    gaveUp: 0,
  };
  const period = await resolvePeriod(db, options);
  if (!period) return summary;
  summary.period = period.key;
  const { papers, total } = await listPeriodPapers(db, period);
  summary.papers = total;
  if (total === 0) return summary; // a papers-free period sends nothing

  const release = await acquireRunLock(db);
  try {
    // Trending and follows each at their own frequency: a run mails whichever parts are due.
    const subscribers = await listDueSubscribers(db, period.kind);
    const baseUrl = getAppUrl();
    const host = new URL(baseUrl).hostname;
    const trendingPart: DigestSection = { papers, total, moreUrl: baseUrl };
    const followPapers: FollowPapersCache = new Map();
    for (const subscriber of subscribers) {
      const key = { subscriberId: subscriber.id, period: period.key };
      const existing = await getDelivery(db, key);
      if (existing?.state === "sent") {
        summary.alreadySent++;
        continue;
      }
      if (existing && existing.attempts >= MAX_ATTEMPTS) {
        summary.gaveUp++;
        continue;
      }
      const messageId = `<${period.key.replace(":", ".")}.${subscriber.id}@${host}>`;
      const fail = async (error: unknown, upsert: boolean) => {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        if (upsert) await recordAttempt(db, key, messageId, "failed", message);
        else await settleDelivery(db, key, { state: "failed", error: message });
        console.error(`[digest] ${period.key} to subscriber ${subscriber.id} failed: ${message}`);
        summary.failed++;
      };
      // What this subscriber gets is decided per run; nothing new for them → no mail and no row, so a
      // later run (say, after a follow was turned on) still can mail them.
      let follows: FollowSection[] = [];
      try {
        if (subscriber.follows && subscriber.followsFrequency === period.kind && subscriber.userId) {
          const forYou = subscriber.forYou ? await listForYouSections(db, subscriber.userId, period, baseUrl) : [];
          follows = [...forYou, ...(await listFollowSections(db, subscriber.userId, period, baseUrl, followPapers))];
        }
      } catch (error) {
        await fail(error, true); // e.g. search down: retried by the next run rather than mailed without it
        continue;
      }
      const trending = subscriber.trending && subscriber.frequency === period.kind ? trendingPart : null;
      if (!trending && follows.length === 0) {
        summary.nothingNew++;
        continue;
      }
      await recordAttempt(db, key, messageId, "sending");
      const urls = unsubscribeUrls(subscriber.id);
      const mail = renderDigestMail({ heading: period.label, trending, follows, unsubscribeUrl: urls.page, baseUrl });
      try {
        await sendMail({ to: subscriber.email, ...mail, messageId, unsubscribeUrl: urls.oneClick });
      } catch (error) {
        await fail(error, false);
        continue;
      }
      await settleDelivery(db, key, { state: "sent" });
      summary.sent++;
      await options.afterSend?.(summary.sent);
    }
  } finally {
    await release();
  }
  return summary;
}
