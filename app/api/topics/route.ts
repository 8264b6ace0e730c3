// GET /api/topics — every topic with its paper count.
import { getDb } from "@/lib/db/client";
import { listTopicsWithCounts } from "@/lib/db/topics";
import { handle } from "@/lib/http";

export const dynamic = "force-dynamic";

export function GET() {
  return handle(async () => ({ topics: await listTopicsWithCounts(getDb()) }));
}
