// GET /api/v1/papers/{id}/similar — the paper's precomputed similar papers, most similar first.
import { similarV1 } from "@/lib/api/read";
import { decodeSegment, respond } from "@/lib/api/respond";
import { SimilarResponseSchema } from "@/lib/api/schemas";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(SimilarResponseSchema, async () => similarV1(getDb(), decodeSegment((await params).id)));
}
