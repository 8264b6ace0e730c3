// GET /search/export?format=…&q=…&topic=…&page=…: one page of search results as a citation file.
import { citationDownload, ExportFormatSchema } from "@/lib/citation/download";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { jsonError } from "@/lib/http";
import { searchPapers } from "@/lib/search/search-papers";
import { describeIssues, toParamLists } from "@/lib/validation/params";
import { SearchQuerySchema } from "@/lib/validation/search-query";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const url = new URL(request.url);
    const format = ExportFormatSchema.safeParse(url.searchParams.get("format"));
    if (!format.success) throw new AppError("BAD_REQUEST", "format must be bibtex, ris or csl");
    const query = SearchQuerySchema.safeParse(toParamLists(url.searchParams));
    if (!query.success) throw new AppError("BAD_REQUEST", `Invalid query: ${describeIssues(query.error)}`);
    const result = await searchPapers(query.data);
    return citationDownload(
      getDb(),
      result.hits.map((h) => h.id),
      format.data,
      `search-${query.data.q || "all"}`,
    );
  } catch (error) {
    return jsonError(error);
  }
}
