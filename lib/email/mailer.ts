// The one SMTP transport (nodemailer), configured from env; the rest of lib/email sends through it.
import "server-only";
import nodemailer from "nodemailer";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Fixed by the caller when a resend must be recognisable as the same message. */
  messageId?: string;
  /** RFC 2369/8058 one-click unsubscribe: the HTTPS URL that accepts the POST. */
  unsubscribeUrl?: string;
};

type Transport = ReturnType<typeof nodemailer.createTransport>;
let transport: Transport | undefined;

export function isMailConfigured(): boolean {
  return getEnv().SMTP_HOST !== undefined;
}

function getTransport(): Transport {
  const env = getEnv();
  if (!env.SMTP_HOST) throw new AppError("MAIL_UNAVAILABLE", "Email is not configured on this server.");
  transport ??= nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? "" } : undefined,
    // Fail a dead relay in seconds, not nodemailer's default minutes: a subscribe request waits on it.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return transport;
}

/** Resolves once the SMTP server accepted the message (its 250 reply to DATA); rejects otherwise. */
export async function sendMail(mail: OutgoingMail): Promise<{ messageId: string }> {
  const info = await getTransport().sendMail({
    from: getEnv().MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    ...(mail.unsubscribeUrl
      ? {
          list: { unsubscribe: mail.unsubscribeUrl },
          headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
        }
      : {}),
  });
  if (info.rejected.length > 0) throw new Error(`SMTP server rejected ${info.rejected.join(", ")}: ${info.response}`);
  return { messageId: info.messageId };
}

/** For scripts: close pooled sockets so the process can exit. */
export function closeMailer(): void {
  transport?.close();
  transport = undefined;
}
