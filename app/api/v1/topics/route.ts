// GET /api/v1/topics — every topic with its description and paper count.
import { topicsV1 } from "@/lib/api/read";
import { getDb } from "@/lib/db/client";
import { respond } from "@/lib/api/respond";
import { TopicsResponseSchema } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export function GET() {
  return respond(TopicsResponseSchema, () => topicsV1(getDb()));
}
