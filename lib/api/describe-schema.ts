// Pure: JSON Schema (as the OpenAPI document holds it) → the words the API docs page shows — a
// type label with the component it refers to, and an object's fields.
type Schema = Record<string, unknown>;
export type TypeLabel = { text: string; ref?: string };
export type Field = { name: string; type: TypeLabel; required: boolean; description: string };

const REF_PREFIX = "#/components/schemas/";
const asSchema = (v: unknown): Schema => (v && typeof v === "object" ? (v as Schema) : {});

export function typeLabel(raw: unknown): TypeLabel {
  const schema = asSchema(raw);
  if (typeof schema.$ref === "string")
    return { text: schema.$ref.slice(REF_PREFIX.length), ref: schema.$ref.slice(REF_PREFIX.length) };
  if (Array.isArray(schema.anyOf)) {
    const parts = schema.anyOf.map(typeLabel);
    const ref = parts.find((p) => p.ref)?.ref;
    return { text: parts.map((p) => p.text).join(" or "), ...(ref ? { ref } : {}) };
  }
  if (Array.isArray(schema.enum)) return { text: schema.enum.map((v) => JSON.stringify(v)).join(" | ") };
  if (schema.type === "array") {
    const item = typeLabel(schema.items);
    return { text: `array of ${item.text}`, ...(item.ref ? { ref: item.ref } : {}) };
  }
  if (schema.type === "object" && schema.additionalProperties && typeof schema.additionalProperties === "object") {
    return { text: `map of ${typeLabel(schema.additionalProperties).text}` };
  }
  const bounds = [
    typeof schema.minimum === "number" ? `≥ ${schema.minimum}` : "",
    typeof schema.maximum === "number" ? `≤ ${schema.maximum}` : "",
    typeof schema.maxLength === "number" ? `≤ ${schema.maxLength} chars` : "",
    typeof schema.pattern === "string" ? `matching ${schema.pattern}` : "",
  ].filter(Boolean);
  const base = typeof schema.type === "string" ? schema.type : "any";
  return { text: bounds.length > 0 ? `${base} (${bounds.join(", ")})` : base };
}

/** An object schema's fields in declaration order; nested objects are listed as `parent.child`. */
export function schemaFields(raw: unknown, prefix = ""): Field[] {
  const schema = asSchema(raw);
  const properties = asSchema(schema.properties);
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries(properties).flatMap(([name, value]) => {
    const property = asSchema(value);
    const field: Field = {
      name: `${prefix}${name}`,
      type: typeLabel(property),
      required: required.has(name),
      description: typeof property.description === "string" ? property.description : "",
    };
    return property.type === "object" && property.properties
      ? [{ ...field, type: { text: "object" } }, ...schemaFields(property, `${field.name}.`)]
      : [field];
  });
}
