// Named queries for readers' webhooks and their deliveries (one row per webhook and period, as mail).
import "server-only";
import type { Db } from "./client";

export type WebhookRow = { userId: string; url: string; secret: string };

export async function getWebhook(db: Db, userId: string): Promise<WebhookRow | null> {
  return db.webhook.findUnique({ where: { userId }, select: { userId: true, url: true, secret: true } });
}

/** Sets the reader's webhook URL; a new secret only when there was none (changing the URL keeps it). */
export async function saveWebhook(db: Db, userId: string, url: string, newSecret: string): Promise<void> {
  await db.webhook.upsert({ where: { userId }, create: { userId, url, secret: newSecret }, update: { url } });
}

export async function removeWebhook(db: Db, userId: string): Promise<void> {
  await db.webhook.deleteMany({ where: { userId } });
}

export async function listWebhooks(db: Db): Promise<WebhookRow[]> {
  return db.webhook.findMany({ select: { userId: true, url: true, secret: true }, orderBy: { userId: "asc" } });
}

export type DeliveryState = { state: string; attempts: number; nextAttemptAt: Date | null } | null;

export async function getWebhookDelivery(db: Db, webhookId: string, period: string): Promise<DeliveryState> {
  return db.webhookDelivery.findUnique({
    where: { webhookId_period: { webhookId, period } },
    select: { state: true, attempts: true, nextAttemptAt: true },
  });
}

/** Records one attempt's outcome (creating the row on the first). */
export async function recordWebhookAttempt(
  db: Db,
  webhookId: string,
  period: string,
  outcome: { state: "sent" | "failed"; error?: string; nextAttemptAt?: Date },
): Promise<void> {
  const data = {
    state: outcome.state,
    error: outcome.error?.slice(0, 500) ?? null,
    nextAttemptAt: outcome.nextAttemptAt ?? null,
  };
  await db.webhookDelivery.upsert({
    where: { webhookId_period: { webhookId, period } },
    create: { webhookId, period, attempts: 1, ...data },
    update: { attempts: { increment: 1 }, ...data },
  });
}
