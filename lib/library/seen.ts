// Recording what a reader has seen: the paper pages they open (server side, so it works without
// JavaScript) — cards seen in lists arrive through the reportSeen action.
import "server-only";
import { after } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { markPapersSeenBySlug } from "@/lib/db/seen-papers";

/** Marks the paper as seen by the signed-in reader after the response is sent (the page never waits on the write). */
export async function recordPaperOpened(db: Db, slug: string): Promise<void> {
  const user = await getCurrentUser();
  if (!user) return;
  after(async () => {
    try {
      await markPapersSeenBySlug(db, user.id, [slug]);
    } catch (error) {
      console.error("[seen] could not record an opened paper", error);
    }
  });
}
