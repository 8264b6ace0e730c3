// Builds the OpenAPI 3.1 document from the operations list and the zod response schemas (zod 4's
// own z.toJSONSchema, draft 2020-12 — the dialect OpenAPI 3.1 uses), so the document and the
// validation of every response are one source. Pure: the server URL is passed in.
import { z } from "zod";
import { OPERATIONS, type ApiOperation, type ApiParameter } from "./operations";
import { apiSchemas, ErrorResponseSchema } from "./schemas";

type JsonSchema = Record<string, unknown>;
export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  paths: Record<string, Record<string, JsonSchema>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: JsonSchema; headers: Record<string, JsonSchema> };
};

export const API_VERSION = "1.0.0";
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Standalone JSON Schema bits carry $schema/$id; inside the document the dialect is the document's. */
function bare(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

function schemaId(schema: z.ZodType): string {
  const id = apiSchemas.get(schema)?.id;
  if (!id) throw new Error("A response schema of the public API must be registered in apiSchemas with an id.");
  return id;
}

function toParameter(p: ApiParameter): JsonSchema {
  const one = bare(z.toJSONSchema(p.schema, { target: "draft-2020-12", io: "input" }) as JsonSchema);
  return {
    name: p.name,
    in: p.in,
    required: p.required ?? false,
    description: p.description,
    schema: p.repeatable ? { type: "array", items: one } : one,
    ...(p.repeatable ? { style: "form", explode: true } : {}),
  };
}

const RATE_HEADERS = {
  "RateLimit-Limit": { $ref: "#/components/headers/RateLimit-Limit" },
  "RateLimit-Remaining": { $ref: "#/components/headers/RateLimit-Remaining" },
  "RateLimit-Reset": { $ref: "#/components/headers/RateLimit-Reset" },
};

function toOperation(op: ApiOperation): JsonSchema {
  const errors = Object.entries(op.errors).map(([status, description]) => [
    status,
    {
      description,
      headers:
        status === "429" ? { ...RATE_HEADERS, "Retry-After": { $ref: "#/components/headers/Retry-After" } } : undefined,
      content: { "application/json": { schema: ref("Error") } },
    },
  ]);
  return {
    operationId: op.operationId,
    summary: op.summary,
    description: op.description,
    tags: [op.tag],
    parameters: op.parameters.map(toParameter),
    ...(op.auth ? { security: [{ personalToken: [] }] } : {}),
    responses: {
      200: {
        description: "OK",
        headers: RATE_HEADERS,
        content: { "application/json": { schema: ref(schemaId(op.response)) } },
      },
      ...Object.fromEntries(errors),
    },
    "x-example": op.example,
  };
}

export function buildOpenApiDocument(serverUrl: string): OpenApiDocument {
  // Registered so the Error shape is a component even though no operation returns it on 200.
  schemaId(ErrorResponseSchema);
  const { schemas } = z.toJSONSchema(apiSchemas, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  const paths: OpenApiDocument["paths"] = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {}).get = toOperation(op);
  const header = (description: string) => ({ description, schema: { type: "integer", minimum: 0 } });
  return {
    openapi: "3.1.0",
    info: {
      title: "Paperboard API",
      version: API_VERSION,
      description:
        "Read-only JSON over this instance's papers: search, trending, single papers, similar papers, topics and (with a personal token) your library. Reads allow any origin (CORS). Requests are rate-limited per client address; every answer states the limit in RateLimit-* headers.",
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, bare(s)])),
      securitySchemes: {
        personalToken: {
          type: "http",
          scheme: "bearer",
          description: "A personal API token, created on the account page (shown once).",
        },
      },
      headers: {
        "RateLimit-Limit": header("Requests allowed in a burst."),
        "RateLimit-Remaining": header("Requests left before the limit."),
        "RateLimit-Reset": header("Seconds until the full burst is available again."),
        "Retry-After": header("Seconds to wait before retrying (429 only)."),
      },
    },
  };
}
