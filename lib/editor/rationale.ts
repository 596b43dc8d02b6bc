// The rationale of a verdict: short rich text (paragraphs, bold, italic, bullet and ordered lists,
// safe links). The browser editor and the server build the same schema from these extensions; the
// server refuses anything else before storing it, and keeps a plain-text copy for search/exports.
import { getSchema, type AnyExtension, type JSONContent } from "@tiptap/core";
import { Node as PMNode, type Schema } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";

import { AppError } from "@/lib/errors";

import { SAFE_LINK_REL, SafeLink, isSafeHref } from "./safe-link";

export const MAX_RATIONALE_CHARS = 20_000;
const MAX_NODES = 5_000;

export function rationaleExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: false,
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      link: false,
    }),
    SafeLink,
  ];
}

let cached: Schema | undefined;
export function rationaleSchema(): Schema {
  cached ??= getSchema(rationaleExtensions());
  return cached;
}

function countNodes(json: unknown, depth = 0): number {
  if (depth > 32) return Infinity;
  const content = (json as { content?: unknown }).content;
  if (!Array.isArray(content)) return 1;
  return content.reduce<number>((n, c) => n + (typeof c === "object" && c !== null ? countNodes(c, depth + 1) : Infinity), 1);
}

/** Plain text of a rationale: paragraphs and list items on their own lines. */
export function rationaleToText(doc: PMNode): string {
  const lines: string[] = [];
  doc.descendants((node) => {
    if (node.isTextblock) {
      lines.push(node.textContent);
      return false;
    }
    return true;
  });
  return lines.join("\n").trim();
}

/**
 * Checks a rationale document and returns it normalised with its plain text, or null for an
 * empty one. Throws a `validation` AppError ("invalidRationale" / "rationaleTooLong").
 */
export function validateRationale(json: unknown): { doc: JSONContent; text: string } | null {
  if (json === null || json === undefined) return null;
  if (typeof json !== "object" || Array.isArray(json) || (json as { type?: unknown }).type !== "doc" || countNodes(json) > MAX_NODES) {
    throw new AppError("validation", { userMessage: "invalidRationale", fieldErrors: { rationale: ["invalidRationale"] } });
  }
  let doc: PMNode;
  try {
    doc = PMNode.fromJSON(rationaleSchema(), json as Record<string, unknown>);
    doc.check();
  } catch (e) {
    throw new AppError("validation", { userMessage: "invalidRationale", fieldErrors: { rationale: ["invalidRationale"] }, cause: e });
  }
  doc.descendants((node) => {
    for (const mark of node.marks) {
      if (mark.type.name === "link" && !isSafeHref(mark.attrs.href)) {
        throw new AppError("validation", { userMessage: "invalidRationale", fieldErrors: { rationale: ["invalidRationale"] } });
      }
    }
  });
  const text = rationaleToText(doc);
  if (text.length > MAX_RATIONALE_CHARS) {
    throw new AppError("validation", { userMessage: "rationaleTooLong", values: { max: MAX_RATIONALE_CHARS }, fieldErrors: { rationale: ["rationaleTooLong"] } });
  }
  if (text === "") return null;
  return { doc: withSafeRel(doc.toJSON() as JSONContent), text };
}

function withSafeRel(node: JSONContent): JSONContent {
  const out: JSONContent = { ...node };
  if (node.marks) out.marks = node.marks.map((m) => (m.type === "link" ? { ...m, attrs: { href: m.attrs?.href, target: "_blank", rel: SAFE_LINK_REL, class: null, title: null } } : m));
  if (node.content) out.content = node.content.map(withSafeRel);
  return out;
}
