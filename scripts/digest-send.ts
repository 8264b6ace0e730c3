// `npm run digest:send -- --daily [--date YYYY-MM-DD]` or `-- --weekly [--date <a day of the week>]`:
// mails what is due to active subscribers; safe to re-run (see lib/email/send-digests.ts).
import { getDb } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/setup";
import { getEnv } from "@/lib/env";
import { closeMailer } from "@/lib/email/mailer";
import { sendDueDigests } from "@/lib/email/send-digests";
import { closeDb } from "@/lib/db/connection";

const USAGE = "usage: digest-send.ts --daily|--weekly [--date YYYY-MM-DD]";

function parseArgs(args: string[]): { kind: "daily" | "weekly"; date?: string } {
  const kinds = args.filter((a) => a === "--daily" || a === "--weekly");
  const dateAt = args.indexOf("--date");
  const date = dateAt >= 0 ? args[dateAt + 1] : undefined;
  const known = args.every(
    (a, i) => a === "--daily" || a === "--weekly" || a === "--date" || (dateAt >= 0 && i === dateAt + 1),
  );
  if (kinds.length !== 1 || !known || (dateAt >= 0 && !/^\d{4}-\d{2}-\d{2}$/.test(date ?? "")))
    throw new UsageError(USAGE);
  return { kind: kinds[0] === "--daily" ? "daily" : "weekly", date };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  await prepareDatabase(getEnv().DATABASE);
  const db = getDb();
  try {
    const s = await sendDueDigests(db, options);
    if (!s.period) console.log("Nothing to send: no digest has been ingested.");
    else if (s.papers === 0) console.log(`${s.period}: no papers in this period; nothing sent.`);
    else
      console.log(
        `${s.period}: ${s.papers} papers; sent ${s.sent}, already sent ${s.alreadySent}, failed ${s.failed}, gave up ${s.gaveUp}; nothing new for ${s.nothingNew}`,
      );
    if (s.failed > 0) process.exitCode = 1; // re-run later: failed deliveries are retried
  } finally {
    closeMailer();
    await closeDb(db);
  }
}

class UsageError extends Error {
  override name = "UsageError";
}

main().catch((error: unknown) => {
  console.error(`digest-send: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
