// Reads papers from the database as search documents.
import "server-only";
import type { Db } from "@/lib/db/client";
import { readSearchRows, type PaperPage } from "@/lib/db/search-rows";
import { toSearchDocument, type SearchDocument } from "./documents";

export async function loadSearchDocuments(db: Db, page: PaperPage): Promise<SearchDocument[]> {
  return (await readSearchRows(db, page)).map(toSearchDocument);
}
