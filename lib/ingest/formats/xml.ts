// XML through fast-xml-parser, a maintained parser with a validator that reports line numbers:
// arXiv's feeds carry entities, CDATA, namespaces and hard-wrapped text that regexes get wrong.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { IngestError } from "../errors";

const REPEATED = new Set([
  "entry",
  "author",
  "category",
  "link",
  "record",
  "creator",
  "subject",
  "description",
  "date",
  "identifier",
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  // Titles such as "1984" must stay strings.
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => REPEATED.has(name),
});

export type XmlNode = Record<string, unknown>;

/** The parsed document; malformed XML throws an IngestError at the validator's line. */
export function parseXml(text: string, file: string): XmlNode {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new IngestError({ file, line: valid.err.line, field: "xml" }, `malformed XML: ${valid.err.msg}`);
  }
  try {
    return parser.parse(text) as XmlNode;
  } catch (error) {
    // The validator misses a few malformations (found by fuzzing, e.g. an unclosed "<?…" tag).
    throw new IngestError({ file, line: null, field: "xml" }, `malformed XML: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

export function child(node: unknown, name: string): XmlNode | null {
  if (typeof node !== "object" || node === null) return null;
  const value = (node as XmlNode)[name];
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as XmlNode) : null;
}

export function children(node: unknown, name: string): unknown[] {
  if (typeof node !== "object" || node === null) return [];
  const value = (node as XmlNode)[name];
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** Text of an element, whether it came back as a string or as { "#text": … } beside attributes. */
export function textOf(node: unknown): string | null {
  if (typeof node === "string") return node;
  if (typeof node === "object" && node !== null && "#text" in node) {
    const t = (node as XmlNode)["#text"];
    return typeof t === "string" ? t : null;
  }
  return null;
}

export function attr(node: unknown, name: string): string | null {
  if (typeof node !== "object" || node === null) return null;
  const v = (node as XmlNode)[`@_${name}`];
  return typeof v === "string" ? v : null;
}
