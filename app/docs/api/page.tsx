// /docs/api — the public API's reference, rendered on the server from the OpenAPI document itself
// (no script, no assets from elsewhere): operations, parameters, curl lines, response schemas.
import type { Metadata } from "next";
import { Operation, type OperationDoc } from "@/components/api-docs/operation";
import { SchemaTable } from "@/components/api-docs/schema-table";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { getAppUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "API", description: "Paperboard's public JSON API and MCP server." };

export default function ApiDocsPage() {
  const doc = buildOpenApiDocument(getAppUrl());
  const serverUrl = doc.servers[0]?.url ?? "";
  const operations = Object.entries(doc.paths).map(([path, item]) => ({
    path,
    op: item.get as unknown as OperationDoc,
  }));
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">
          {doc.info.title} <span className="text-base font-normal text-slate-600">v{doc.info.version}</span>
        </h1>
        <p className="text-slate-700">{doc.info.description}</p>
        <p className="text-sm">
          Machine-readable:{" "}
          <a className="underline" href="/api/openapi.json">
            /api/openapi.json
          </a>{" "}
          (OpenAPI 3.1; generate a client from it). Base URL: <code>{serverUrl}</code>. Errors answer{" "}
          <code>{`{"error":{"code","message"}}`}</code>; a 429 says in <code>Retry-After</code> when to try again.
          Agents can use the same API through the MCP server: <code>npm run --silent mcp</code> (see docs/api.md).
        </p>
      </div>
      <nav aria-label="Operations">
        <ul className="text-sm">
          {operations.map(({ path, op }) => (
            <li key={op.operationId}>
              {/* A full-height row: a comfortable tap target on a phone. */}
              <a className="flex min-h-11 flex-wrap items-center gap-x-2 underline" href={`#${op.operationId}`}>
                {op.summary} <code className="text-slate-600">{path}</code>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {operations.map(({ path, op }) => (
        <Operation key={op.operationId} path={path} op={op} serverUrl={serverUrl} />
      ))}
      <section aria-labelledby="schemas-heading" className="space-y-5 border-t border-slate-200 pt-6">
        <h2 id="schemas-heading" className="text-xl font-semibold">
          Schemas
        </h2>
        <p className="text-sm text-slate-600">
          A field marked <code>?</code> may be absent.
        </p>
        {Object.entries(doc.components.schemas).map(([id, schema]) => (
          <SchemaTable key={id} id={id} schema={schema} />
        ))}
      </section>
    </article>
  );
}
