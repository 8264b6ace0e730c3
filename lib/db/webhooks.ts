// Named queries for readers' webhooks and their deliveries (one row per webhook and period, as mail).
import "server-only";
import { getDb } from "./client";

export type WebhookRow = { userId: string; url: string; secret: string };

export async function getWebhook(userId: string): Promise<WebhookRow | null> {
  return getDb().webhook.findUnique({ where: { userId }, select: { userId: true, url: true, secret: true } });
}

/** Sets the reader's webhook URL; a new secret only when there was none (changing the URL keeps it). */
export async function saveWebhook(userId: string, url: string, newSecret: string): Promise<void> {
  await getDb().webhook.upsert({ where: { userId }, create: { userId, url, secret: newSecret }, update: { url } });
}

export async function removeWebhook(userId: string): Promise<void> {
  await getDb().webhook.deleteMany({ where: { userId } });
}

export async function listWebhooks(): Promise<WebhookRow[]> {
  return getDb().webhook.findMany({ select: { userId: true, url: true, secret: true }, orderBy: { userId: "asc" } });
}

export type DeliveryState = { state: string; attempts: number; nextAttemptAt: Date | null } | null;

export async function getWebhookDelivery(webhookId: string, period: string): Promise<DeliveryState> {
  return getDb().webhookDelivery.findUnique({
    where: { webhookId_period: { webhookId, period } },
    select: { state: true, attempts: true, nextAttemptAt: true },
  });
}

/** Records one attempt's outcome (creating the row on the first). */
export async function recordWebhookAttempt(
  webhookId: string,
  period: string,
  outcome: { state: "sent" | "failed"; error?: string; nextAttemptAt?: Date },
): Promise<void> {
  const data = {
    state: outcome.state,
    error: outcome.error?.slice(0, 500) ?? null,
    nextAttemptAt: outcome.nextAttemptAt ?? null,
  };
  await getDb().webhookDelivery.upsert({
    where: { webhookId_period: { webhookId, period } },
    create: { webhookId, period, attempts: 1, ...data },
    update: { attempts: { increment: 1 }, ...data },
  });
}
