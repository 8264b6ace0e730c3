// One API operation from the OpenAPI document: what it does, its parameters, a curl line, its answers.
import { typeLabel } from "@/lib/api/describe-schema";
import { TypeText } from "./schema-table";
import { TableHead } from "./table-head";

type Parameter = { name: string; in: string; required: boolean; description: string; schema: unknown };
type Answer = { description: string; content?: { "application/json": { schema: unknown } } };
export type OperationDoc = {
  operationId: string;
  summary: string;
  description: string;
  parameters: Parameter[];
  security?: unknown[];
  responses: Record<string, Answer>;
  "x-example": string;
};

export function Operation({ path, op, serverUrl }: { path: string; op: OperationDoc; serverUrl: string }) {
  const auth = op.security ? " -H 'Authorization: Bearer pb_…'" : "";
  return (
    <section aria-labelledby={op.operationId} className="space-y-3 border-t border-slate-200 pt-6">
      <h2 id={op.operationId} className="text-xl font-semibold">
        {op.summary}
      </h2>
      <p>
        <code className="rounded bg-slate-100 px-1 font-semibold">GET</code> <code>{path}</code>
      </p>
      <p className="text-sm text-slate-700">{op.description}</p>
      {op.parameters.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Parameters of {op.summary}</caption>
            <TableHead name="Parameter" />
            <tbody>
              {op.parameters.map((p) => (
                <tr key={p.name} className="border-b border-slate-100 align-top">
                  <td className="py-1 pr-3 font-mono">
                    {p.name}
                    {p.required ? "" : "?"} <span className="text-xs text-slate-600">({p.in})</span>
                  </td>
                  <td className="py-1 pr-3">
                    <TypeText type={typeLabel(p.schema)} />
                  </td>
                  <td className="py-1 text-slate-700">{p.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="text-sm font-medium">Example</p>
      {/* Wrapped, not scrolled: a long URL stays readable at 360 px and no scroll region needs a focus stop. */}
      <pre className="whitespace-pre-wrap break-all rounded-md bg-slate-100 p-3 text-xs">
        <code>{`curl -s${auth} '${serverUrl}${op["x-example"]}'`}</code>
      </pre>
      <ul className="space-y-1 text-sm">
        {Object.entries(op.responses).map(([status, answer]) => (
          <li key={status}>
            <code className="font-semibold">{status}</code> {answer.description}
            {answer.content && (
              <>
                {" "}
                — <TypeText type={typeLabel(answer.content["application/json"].schema)} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
