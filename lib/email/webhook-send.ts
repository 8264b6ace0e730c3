// webhooks:send — posts each reader's new follow papers and For you of a period to their webhook, once
// per period; a refused or failed post is retried by later runs with backoff, then given up (like mail).
import "server-only";
import type { Db } from "@/lib/db/client";
import { getLatestDigestDate } from "@/lib/db/papers";
import { getWebhookDelivery, listWebhooks, recordWebhookAttempt, type WebhookRow } from "@/lib/db/webhooks";
import { listFollowSections, type FollowPapersCache } from "./follow-sections";
import { dailyPeriod, type Period } from "@/lib/domain/periods";
import type { FollowSection } from "./render-digest";
import { paperPageUrl } from "@/lib/feeds/paper-links";
import { getAppUrl } from "@/lib/site-url";
import { getEnv } from "@/lib/env";
import { postWebhook } from "./webhook-post";
import { listForYouSections } from "./for-you-section";
import {
  backoffMinutes,
  MAX_WEBHOOK_ATTEMPTS,
  SIGNATURE_HEADER,
  signBody,
  toWebhookBody,
} from "@/lib/recs/webhook-payload";

export type WebhookSummary = {
  period: string | null;
  sent: number;
  failed: number;
  waiting: number;
  nothingNew: number;
  gaveUp: number;
};

function post(hook: WebhookRow, body: string): Promise<string | null> {
  return postWebhook(
    hook.url,
    body,
    {
      "Content-Type": "application/json",
      [SIGNATURE_HEADER]: signBody(body, hook.secret),
      "User-Agent": "Paperboard-Webhook",
    },
    { allowPrivate: getEnv().WEBHOOK_ALLOW_PRIVATE },
  );
}

export async function sendDueWebhooks(db: Db, options: { date?: string; now?: Date } = {}): Promise<WebhookSummary> {
  const summary: WebhookSummary = { period: null, sent: 0, failed: 0, waiting: 0, nothingNew: 0, gaveUp: 0 };
  const day = options.date ?? (await getLatestDigestDate(db));
  if (!day) return summary;
  const period: Period = dailyPeriod(day);
  summary.period = period.key;
  const now = options.now ?? new Date();
  const baseUrl = getAppUrl();
  const cache: FollowPapersCache = new Map();
  for (const hook of await listWebhooks(db)) {
    const delivery = await getWebhookDelivery(db, hook.userId, period.key);
    if (delivery?.state === "sent") continue;
    if (delivery && delivery.attempts >= MAX_WEBHOOK_ATTEMPTS) {
      summary.gaveUp++;
      continue;
    }
    if (delivery?.nextAttemptAt && delivery.nextAttemptAt > now) {
      summary.waiting++;
      continue;
    }
    const sections: FollowSection[] = [
      ...(await listForYouSections(db, hook.userId, period, baseUrl)),
      ...(await listFollowSections(db, hook.userId, period, baseUrl, cache, { email: false })),
    ];
    if (sections.length === 0) {
      summary.nothingNew++;
      continue;
    }
    const body = toWebhookBody(
      `Paperboard — ${period.label.replace(/^daily digest — /, "")}`,
      sections.map((s) => ({
        label: s.label,
        papers: s.papers.map((p) => ({ title: p.title, url: paperPageUrl(baseUrl, p.slug) })),
      })),
    );
    const error = await post(hook, body);
    const attempts = (delivery?.attempts ?? 0) + 1;
    await recordWebhookAttempt(
      db,
      hook.userId,
      period.key,
      error
        ? { state: "failed", error, nextAttemptAt: new Date(now.getTime() + backoffMinutes(attempts) * 60_000) }
        : { state: "sent" },
    );
    if (error) {
      console.error(`[webhooks] ${period.key} for ${hook.userId} failed: ${error}`);
      summary.failed++;
    } else summary.sent++;
  }
  return summary;
}
