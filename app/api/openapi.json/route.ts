// GET /api/openapi.json — the public API's OpenAPI 3.1 document, built from the same zod schemas
// that check every /api/v1 response.
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { getAppUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(buildOpenApiDocument(getAppUrl()));
}
