// GET /library/export?format=bibtex|ris|csl&<library filters>: the signed-in user's bookmarks as a file.
import { requireUser } from "@/lib/auth/session";
import { citationDownload, ExportFormatSchema } from "@/lib/citation/download";
import { getDb } from "@/lib/db/client";
import { getOwnedCollection } from "@/lib/db/collections";
import { listLibrary } from "@/lib/db/library";
import { AppError } from "@/lib/errors";
import { jsonError } from "@/lib/http";
import { LibraryQuerySchema } from "@/lib/validation/library";
import { toParamRecord } from "@/lib/validation/params";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const db = getDb();
  try {
    const user = await requireUser({ unauthorized: "Sign in to export your library." });
    const params = toParamRecord(new URL(request.url).searchParams);
    const format = ExportFormatSchema.safeParse(params.format);
    if (!format.success) throw new AppError("BAD_REQUEST", "format must be bibtex, ris or csl");
    const query = LibraryQuerySchema.parse(params);
    const collection = query.collection === undefined ? null : await getOwnedCollection(db, user.id, query.collection);
    if (query.collection !== undefined && !collection) throw new AppError("NOT_FOUND", "No such collection.");
    const items = await listLibrary(db, user.id, query, 5000);
    const name = collection?.name ?? (query.tag ? `tag-${query.tag}` : "paperboard-library");
    return citationDownload(
      db,
      items.map((i) => i.paper.id),
      format.data,
      name,
    );
  } catch (error) {
    return jsonError(error);
  }
}
