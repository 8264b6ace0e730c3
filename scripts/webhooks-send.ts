// `npm run webhooks:send [-- --date YYYY-MM-DD]`: posts each reader's new follow papers and For you of the
// latest digest day (or --date) to their webhook; safe to re-run (see lib/email/webhook-send.ts).
import { getDb } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/setup";
import { getEnv } from "@/lib/env";
import { sendDueWebhooks } from "@/lib/email/webhook-send";

async function main(args: string[]): Promise<void> {
  const dateAt = args.indexOf("--date");
  const date = dateAt >= 0 ? args[dateAt + 1] : undefined;
  if (args.length !== (dateAt >= 0 ? 2 : 0) || (dateAt >= 0 && !/^\d{4}-\d{2}-\d{2}$/.test(date ?? "")))
    throw new Error("usage: webhooks-send.ts [--date YYYY-MM-DD]");
  await prepareDatabase(getEnv().DATABASE_FILE);
  const db = getDb();
  try {
    const s = await sendDueWebhooks(db, { date });
    if (!s.period) console.log("Nothing to send: no digest has been ingested.");
    else
      console.log(
        `${s.period}: sent ${s.sent}, failed ${s.failed} (retried by a later run), waiting ${s.waiting}, gave up ${s.gaveUp}; nothing new for ${s.nothingNew}`,
      );
    if (s.failed > 0) process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`webhooks-send: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
