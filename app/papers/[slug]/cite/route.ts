// GET /papers/<slug>/cite?format=bibtex|ris|csl: one paper's citation as a file (the paper page's Cite links).
import { citationDownload, ExportFormatSchema } from "@/lib/citation/download";
import { getCitationPaperBySlug } from "@/lib/db/citations";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { jsonError } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const db = getDb();
  try {
    const format = ExportFormatSchema.safeParse(new URL(request.url).searchParams.get("format") ?? "bibtex");
    if (!format.success) throw new AppError("BAD_REQUEST", "format must be bibtex, ris or csl");
    const paper = await getCitationPaperBySlug(db, (await params).slug);
    if (!paper) throw new AppError("NOT_FOUND", "No such paper.");
    return citationDownload(db, [paper.id], format.data, paper.slug);
  } catch (error) {
    return jsonError(error);
  }
}
