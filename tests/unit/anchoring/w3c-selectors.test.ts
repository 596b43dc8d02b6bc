// The W3C Web Annotation test suite's selector assertions (../shared/reference/web-annotation,
// JSON Schema draft-04) must accept the selectors describe() produces, wrapped in an Annotation
// target as Claimdesk's export will wrap them.
//
// ajv-draft-04 is not installed (only ajv, which has no draft-04 support on its own), so this file
// evaluates the assertion schemas with a small draft-04 subset: $ref (within a file and across the
// suite's `definitions/*.json`), type, enum, required, properties, patternProperties, items,
// minItems, maxItems, minimum, allOf, anyOf, oneOf, not and format "uri". It throws on any other
// validation keyword, so a schema it cannot judge fails the test instead of passing silently.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe as suite, expect, it } from "vitest";
import { describe } from "@/lib/anchoring/selectors";

const REFERENCE = path.resolve("../shared/reference");
const SUITE = path.join(REFERENCE, "web-annotation");
const ASSERTIONS = path.join(SUITE, "annotations", "specificResource");
const QUOTE_ASSERTION = "4.2.4-textQuoteSelectorValid.json";
const POSITION_ASSERTION = "4.2-TextDataPositionSelectorValid.json";
const present = existsSync(path.join(ASSERTIONS, QUOTE_ASSERTION)) && existsSync(path.join(ASSERTIONS, POSITION_ASSERTION));
if (!present) console.log(`[w3c-selectors] ${SUITE} not found: W3C selector conformance tests skipped`);

type Schema = Record<string, unknown>;
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const ANNOTATION_KEYWORDS = new Set(["$schema", "id", "title", "description", "assertionType", "expectedResult", "onUnexpectedResult", "errorMessage", "definitions"]);

function loadDocuments(): Map<string, Schema> {
  const docs = new Map<string, Schema>();
  const dir = path.join(SUITE, "definitions");
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json"))) docs.set(f, JSON.parse(readFileSync(path.join(dir, f), "utf8")) as Schema);
  return docs;
}

function resolveRef(ref: string, current: string, docs: Map<string, Schema>): { schema: Schema; doc: string } {
  const [file, pointer = ""] = ref.split("#");
  const doc = file ? file : current;
  let node: unknown = docs.get(doc);
  if (node === undefined) throw new Error(`unknown schema document ${doc}`);
  for (const part of pointer.split("/").filter(Boolean)) node = (node as Schema)[part];
  if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
  return { schema: node as Schema, doc };
}

function typeOf(v: Json): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

function valid(value: Json, schema: Schema, doc: string, docs: Map<string, Schema>): boolean {
  for (const [kw, arg] of Object.entries(schema)) {
    switch (kw) {
      case "$ref": {
        const r = resolveRef(arg as string, doc, docs);
        if (!valid(value, r.schema, r.doc, docs)) return false;
        break;
      }
      case "type": {
        const t = typeOf(value);
        const allowed = Array.isArray(arg) ? (arg as string[]) : [arg as string];
        if (!allowed.some((a) => a === t || (a === "number" && t === "integer"))) return false;
        break;
      }
      case "enum":
        if (!(arg as Json[]).some((e) => JSON.stringify(e) === JSON.stringify(value))) return false;
        break;
      case "required":
        if (typeOf(value) === "object" && !(arg as string[]).every((k) => k in (value as object))) return false;
        break;
      case "properties":
        if (typeOf(value) === "object") {
          for (const [k, sub] of Object.entries(arg as Record<string, Schema>)) {
            const v = (value as Record<string, Json>)[k];
            if (v !== undefined && !valid(v, sub, doc, docs)) return false;
          }
        }
        break;
      case "patternProperties":
        if (typeOf(value) === "object") {
          for (const [pattern, sub] of Object.entries(arg as Record<string, Schema>)) {
            for (const [k, v] of Object.entries(value as Record<string, Json>)) if (new RegExp(pattern).test(k) && !valid(v, sub, doc, docs)) return false;
          }
        }
        break;
      case "items":
        if (Array.isArray(value) && !value.every((v) => valid(v, arg as Schema, doc, docs))) return false;
        break;
      case "minItems":
        if (Array.isArray(value) && value.length < (arg as number)) return false;
        break;
      case "maxItems":
        if (Array.isArray(value) && value.length > (arg as number)) return false;
        break;
      case "minimum":
        if (typeof value === "number" && value < (arg as number)) return false;
        break;
      case "format":
        if (arg !== "uri") throw new Error(`format ${String(arg)} not supported`);
        if (typeof value === "string" && !/^[a-z][a-z0-9+.-]*:\S*$/i.test(value)) return false;
        break;
      case "allOf":
        if (!(arg as Schema[]).every((s) => valid(value, s, doc, docs))) return false;
        break;
      case "anyOf":
        if (!(arg as Schema[]).some((s) => valid(value, s, doc, docs))) return false;
        break;
      case "oneOf":
        if ((arg as Schema[]).filter((s) => valid(value, s, doc, docs)).length !== 1) return false;
        break;
      case "not":
        if (valid(value, arg as Schema, doc, docs)) return false;
        break;
      default:
        if (!ANNOTATION_KEYWORDS.has(kw)) throw new Error(`JSON Schema keyword "${kw}" not supported by this check`);
    }
  }
  return true;
}

const TEXT = "La députée a affirmé que « 46 % des lycées » manquaient de professeurs 🎓 en septembre.";

/** A minimal Annotation whose target is the article with both selectors (the export's shape). */
function annotation(selector: Json): Json {
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: "https://claimdesk.example/w/desk/claims/1",
    type: "Annotation",
    target: { source: "https://claimdesk.example/w/desk/articles/4/versions/1", selector },
  };
}

suite.skipIf(!present)("W3C Web Annotation test suite: selector assertions", () => {
  const docs = present ? loadDocuments() : new Map<string, Schema>();
  const check = (file: string, value: Json) => {
    const schema = JSON.parse(readFileSync(path.join(ASSERTIONS, file), "utf8")) as Schema;
    docs.set(String(schema.id), schema);
    expect(schema.expectedResult).toBe("valid");
    return valid(value, schema, String(schema.id), docs);
  };

  it.each([
    ["the quote with emoji after it", "« 46 % des lycées »"],
    ["a quote at the start of the text", "La députée"],
    ["a quote ending with an emoji", "professeurs 🎓"],
  ])("accepts the TextQuoteSelector and TextPositionSelector of %s", (_label, quote) => {
    const start = TEXT.indexOf(quote);
    const { quote: q, position: p } = describe(TEXT, start, start + quote.length);
    const both = JSON.parse(JSON.stringify([q, p])) as Json;
    for (const selector of [both, q as unknown as Json, p as unknown as Json]) {
      expect(check(QUOTE_ASSERTION, annotation(selector))).toBe(true);
      expect(check(POSITION_ASSERTION, annotation(selector))).toBe(true);
    }
  });

  it("rejects malformed selectors, so the check can fail", () => {
    expect(check(QUOTE_ASSERTION, annotation({ type: "TextQuoteSelector", prefix: "no exact" }))).toBe(false);
    expect(check(QUOTE_ASSERTION, annotation({ type: "TextQuoteSelector", exact: ["two", "values"] }))).toBe(false);
    expect(check(POSITION_ASSERTION, annotation({ type: "TextPositionSelector", start: -1, end: 3 }))).toBe(false);
    expect(check(POSITION_ASSERTION, annotation({ type: "TextPositionSelector", start: 1.5, end: 3 }))).toBe(false);
    expect(check(POSITION_ASSERTION, annotation({ type: "TextPositionSelector", start: 1 }))).toBe(false);
  });
});
