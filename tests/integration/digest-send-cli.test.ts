// `npm run digest:send` as a real process: SIGKILL in the middle of a run, then a re-run mails each
// subscriber exactly once; a further re-run mails nobody.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "@/lib/ingest/run-ingest";
import { createTestDb, dbEnv, type TestDb } from "../setup/db";
import { runDigestSend } from "../setup/digest-cli";
import { startTestSmtp, type TestSmtp } from "../setup/smtp";

const SEED = path.join(process.cwd(), "prisma", "seed-digest.txt");
const PEOPLE = Array.from({ length: 6 }, (_, i) => `reader${i + 1}@example.org`);
let t: TestDb;
let smtp: TestSmtp;
let dataDir: string;

function runCli(args: string[], onChild?: (child: ChildProcess) => void) {
  const env = {
    ...process.env,
    ...dbEnv(t),
    DATA_DIR: dataDir,
    APP_URL: "http://paperboard.test",
    APP_SECRET: "x".repeat(40),
    ...smtp.env(),
  };
  return runDigestSend(args, env, onChild);
}

beforeAll(async () => {
  t = await createTestDb();
  smtp = await startTestSmtp();
  dataDir = mkdtempSync(path.join(os.tmpdir(), "paperboard-digest-cli-"));
  await runIngest({ db: t.db, file: SEED, today: new Date("2026-11-27"), search: null });
  for (const email of PEOPLE) {
    await t.db.emailSubscriber.create({
      data: {
        id: randomBytes(12).toString("base64url"),
        email,
        frequency: "daily",
        status: "active",
        trending: true,
        confirmedAt: new Date(),
      },
    });
  }
});
afterAll(async () => {
  await smtp.stop();
  await t.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("digest:send CLI", () => {
  it("survives SIGKILL mid-run: the re-run mails each subscriber exactly once", async () => {
    let child: ChildProcess | undefined;
    // After 3 accepted mails, the 4th conversation never gets its reply: the sender dies waiting.
    smtp.decide((_mail, accepted) => {
      if (accepted < 3) return "accept";
      child?.kill("SIGKILL");
      return "hang";
    });
    const crashed = await runCli(["--daily", "--date", "2026-03-13"], (c) => (child = c));
    expect(crashed.signal).toBe("SIGKILL");
    expect(smtp.messages).toHaveLength(3);
    const states = await t.db.emailDelivery.groupBy({ by: ["state"], _count: true });
    expect(Object.fromEntries(states.map((s) => [s.state, s._count]))).toEqual({ sent: 3, sending: 1 });

    smtp.decide(null);
    const rerun = await runCli(["--daily", "--date", "2026-03-13"]);
    expect(rerun.output).toContain("sent 3, already sent 3, failed 0");
    expect(rerun.code).toBe(0);
    expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual([...PEOPLE].sort());
    // The resent conversation reused the Message-ID it had when the crash hit.
    expect(new Set(smtp.messages.map((m) => m.parsed.messageId)).size).toBe(PEOPLE.length);

    const again = await runCli(["--daily", "--date", "2026-03-13"]);
    expect(again.output).toContain("sent 0, already sent 6");
    expect(smtp.messages).toHaveLength(PEOPLE.length);
  });

  it("sends nothing for a day without papers, and explains its usage", async () => {
    const empty = await runCli(["--daily", "--date", "2026-03-14"]);
    expect(empty.output).toContain("no papers in this period; nothing sent");
    expect((await runCli([])).code).toBe(2);
  });
});
