// One schema of the OpenAPI document as a table of its fields; referenced components are links.
import { schemaFields, type TypeLabel } from "@/lib/api/describe-schema";
import { TableHead } from "./table-head";

export function TypeText({ type }: { type: TypeLabel }) {
  if (!type.ref) return <code>{type.text}</code>;
  const [before, after] = [
    type.text.slice(0, type.text.indexOf(type.ref)),
    type.text.slice(type.text.indexOf(type.ref) + type.ref.length),
  ];
  return (
    <code>
      {before}
      <a className="underline" href={`#schema-${type.ref}`}>
        {type.ref}
      </a>
      {after}
    </code>
  );
}

export function SchemaTable({ id, schema }: { id: string; schema: unknown }) {
  const fields = schemaFields(schema);
  const description = (schema as { description?: string }).description;
  return (
    <section aria-labelledby={`schema-${id}`} className="space-y-2">
      <h3 id={`schema-${id}`} className="font-mono text-base font-semibold">
        {id}
      </h3>
      {description && <p className="text-sm text-slate-600">{description}</p>}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <TableHead name="Field" />
          <tbody>
            {fields.map((f) => (
              <tr key={f.name} className="border-b border-slate-100 align-top">
                <td className="py-1 pr-3 font-mono">
                  {f.name}
                  {f.required ? "" : "?"}
                </td>
                <td className="py-1 pr-3">
                  <TypeText type={f.type} />
                </td>
                <td className="py-1 text-slate-700">{f.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
