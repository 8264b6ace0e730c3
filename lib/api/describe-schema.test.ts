// The docs page's reading of the generated schemas.
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";
import { schemaFields, typeLabel } from "./describe-schema";

describe("typeLabel and schemaFields", () => {
  it("name references, arrays, nullables, enums and bounds", () => {
    expect(typeLabel({ type: "array", items: { $ref: "#/components/schemas/TopicRef" } })).toEqual({
      text: "array of TopicRef",
      ref: "TopicRef",
    });
    expect(typeLabel({ anyOf: [{ $ref: "#/components/schemas/Window" }, { type: "null" }] })).toEqual({
      text: "Window or null",
      ref: "Window",
    });
    expect(typeLabel({ type: "string", enum: ["day", "week"] }).text).toBe('"day" | "week"');
    expect(typeLabel({ type: "integer", minimum: 1, maximum: 100 }).text).toBe("integer (≥ 1, ≤ 100)");
  });

  it("list every field of a generated response schema, nested objects flattened", () => {
    const doc = buildOpenApiDocument("http://localhost:3000");
    const fields = schemaFields(doc.components.schemas.SearchHit);
    expect(fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(["title", "abstract", "highlights", "highlights.title"]),
    );
    expect(fields.find((f) => f.name === "title")).toMatchObject({ type: { text: "string" }, required: true });
  });
});
