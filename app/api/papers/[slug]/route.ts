// GET /api/papers/[slug] — one paper with its links and topics.
import { getDb } from "@/lib/db/client";
import { getPaperBySlug } from "@/lib/db/papers";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http";

export const dynamic = "force-dynamic";

export function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handle(async () => {
    const { slug } = await params;
    const paper = await getPaperBySlug(getDb(), slug);
    if (!paper) throw new AppError("NOT_FOUND", `No paper with slug "${slug}".`);
    return { paper };
  });
}
