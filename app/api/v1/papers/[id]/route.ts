// GET /api/v1/papers/{id} — one paper by id, slug or arXiv id, with links and topics.
import { paperV1 } from "@/lib/api/read";
import { decodeSegment, respond } from "@/lib/api/respond";
import { PaperResponseSchema } from "@/lib/api/schemas";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(PaperResponseSchema, async () => paperV1(getDb(), decodeSegment((await params).id)));
}
