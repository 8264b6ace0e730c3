// A real SMTP server for tests (smtp-server) on a free loopback port, keeping accepted mail in memory.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { findFreePort } from "@/lib/search/server";

export type CapturedMail = { to: string[]; parsed: ParsedMail; raw: string };
export type Verdict = "accept" | { reject: string } | "hang";

export type TestSmtp = {
  host: string;
  port: number;
  /** Mail the server answered 250 to, in order. */
  messages: CapturedMail[];
  /** Decides each message after its DATA arrived, before the reply (default: accept). */
  decide: (fn: ((mail: CapturedMail, accepted: number) => Verdict) | null) => void;
  env: () => Record<string, string>;
  clear: () => void;
  waitFor: (count: number, timeoutMs?: number) => Promise<CapturedMail[]>;
  stop: () => Promise<void>;
};

export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: CapturedMail[] = [];
  let decider: ((mail: CapturedMail, accepted: number) => Verdict) | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", async () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const mail: CapturedMail = {
          to: session.envelope.rcptTo.map((r) => r.address),
          parsed: await simpleParser(raw),
          raw,
        };
        const verdict = decider?.(mail, messages.length) ?? "accept";
        if (verdict === "hang") return; // never answer: the sender is killed meanwhile
        if (verdict !== "accept") return callback(Object.assign(new Error(verdict.reject), { responseCode: 550 }));
        messages.push(mail);
        callback();
      });
    },
  });
  const port = await findFreePort();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    host: "127.0.0.1",
    port,
    messages,
    decide: (fn) => {
      decider = fn;
    },
    env: () => ({ SMTP_HOST: "127.0.0.1", SMTP_PORT: String(port), SMTP_SECURE: "false" }),
    clear: () => {
      messages.length = 0;
    },
    waitFor: async (count, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      if (messages.length < count) throw new Error(`expected ${count} mails, got ${messages.length}`);
      return messages;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first URL in a mail's text part that starts with `prefix`. */
export function linkIn(mail: CapturedMail, prefix: string): string {
  const url = (mail.parsed.text ?? "").split(/\s+/).find((w) => w.startsWith(prefix));
  if (!url) throw new Error(`no ${prefix} link in:\n${mail.parsed.text}`);
  return url;
}

/** A header's value from the raw message, unfolded (mailparser reshapes List-* headers). */
export function rawHeader(mail: CapturedMail, name: string): string | null {
  const head = mail.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}
