// A citation file as an HTTP download (route handlers for library, search and shared exports).
import "server-only";
import { z } from "zod";
import { listCitationPapers } from "@/lib/db/citations";
import type { Db } from "@/lib/db/client";
import { getAppUrl } from "@/lib/site-url";
import { EXPORT_FORMATS, formatCitations, type ExportFormat } from "./export";

export const ExportFormatSchema = z.enum(Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]]);

export async function citationDownload(
  db: Db,
  paperIds: string[],
  format: ExportFormat,
  filename: string,
): Promise<Response> {
  const body = formatCitations(await listCitationPapers(db, paperIds), format, getAppUrl());
  const { extension, contentType } = EXPORT_FORMATS[format];
  const safeName = filename.replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 60) || "papers";
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${safeName}.${extension}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
