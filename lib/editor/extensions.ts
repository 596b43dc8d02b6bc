// The article document schema, shared by the browser editor and the server. The server builds the
// ProseMirror schema from these same extensions (`getSchema`, no DOM needed) and refuses any JSON
// that does not fit it before it is stored, so rich text is never trusted as `z.any()`.
import { getSchema, type AnyExtension, type JSONContent } from "@tiptap/core";
import { Node as PMNode, type Schema } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import { AppError } from "@/lib/errors";
import { SAFE_LINK_REL, SafeLink, isSafeHref } from "./safe-link";

/** Heading levels an article may use: h1 for the headline, h2–h4 for sections. */
export const ARTICLE_HEADING_LEVELS = [1, 2, 3, 4] as const;
export type ArticleHeadingLevel = (typeof ARTICLE_HEADING_LEVELS)[number];

/**
 * The extensions of an article document: headings 1–4, paragraphs, bullet and ordered lists,
 * blockquotes, hard breaks, bold, italic and safe links. No code, images, rules, strike, underline
 * or raw HTML: an article is text a checker anchors claims in, nothing else.
 */
export function articleExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [...ARTICLE_HEADING_LEVELS] },
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      // An empty paragraph appended after a final list or quote would change the text claims index into.
      trailingNode: false,
      // Configured separately below with our URL policy.
      link: false,
    }),
    SafeLink,
  ];
}

let cachedSchema: Schema | undefined;

/** The ProseMirror schema of an article (built once; works in Node without a DOM). */
export function articleSchema(): Schema {
  cachedSchema ??= getSchema(articleExtensions());
  return cachedSchema;
}

/** Why a document was refused; `path` points at the offending node ("content[2].content[0]"). */
export type ArticleDocProblem = "not_a_document" | "schema" | "heading_level" | "unsafe_link" | "too_large";

/** Thrown by {@link validateArticleDoc}; an expected `validation` error (422) with a reason. */
export class InvalidArticleDocError extends AppError {
  readonly problem: ArticleDocProblem;
  readonly detail: string;

  constructor(problem: ArticleDocProblem, detail: string, cause?: unknown) {
    super("validation", { userMessage: "invalidArticleDocument", details: { problem, detail }, cause });
    this.name = "InvalidArticleDocError";
    this.problem = problem;
    this.detail = detail;
  }
}

// A 10 MB article is already far beyond any news text; deeper nesting than this is an attack on
// the recursive parser, not a document.
const MAX_NODES = 200_000;
const MAX_DEPTH = 64;

function preflight(json: unknown): void {
  if (typeof json !== "object" || json === null || Array.isArray(json) || (json as { type?: unknown }).type !== "doc") {
    throw new InvalidArticleDocError("not_a_document", "expected an object with type \"doc\"");
  }
  let nodes = 0;
  const stack: { value: unknown; depth: number }[] = [{ value: json, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (++nodes > MAX_NODES) throw new InvalidArticleDocError("too_large", `more than ${MAX_NODES} nodes`);
    if (depth > MAX_DEPTH) throw new InvalidArticleDocError("too_large", `nested deeper than ${MAX_DEPTH}`);
    const content = (value as { content?: unknown }).content;
    if (content === undefined) continue;
    if (!Array.isArray(content)) throw new InvalidArticleDocError("schema", "content must be an array");
    for (const child of content) {
      if (typeof child !== "object" || child === null) throw new InvalidArticleDocError("schema", "a node must be an object");
      stack.push({ value: child, depth: depth + 1 });
    }
  }
}

/**
 * Parses and checks an article document against {@link articleSchema}. Returns the normalised
 * JSON (attribute defaults filled in, every link carrying our `rel`) or throws
 * {@link InvalidArticleDocError}: unknown node or mark types, content the schema does not allow,
 * heading levels outside 1–4, and links whose href is not http, https or mailto are all refused.
 */
export function validateArticleDoc(json: unknown): JSONContent {
  preflight(json);
  const schema = articleSchema();
  let doc: PMNode;
  try {
    doc = PMNode.fromJSON(schema, json as Record<string, unknown>);
    doc.check();
  } catch (e) {
    throw new InvalidArticleDocError("schema", e instanceof Error ? e.message : String(e), e);
  }
  doc.descendants((node) => {
    if (node.type.name === "heading" && !(ARTICLE_HEADING_LEVELS as readonly unknown[]).includes(node.attrs.level)) {
      throw new InvalidArticleDocError("heading_level", `heading level ${String(node.attrs.level)}`);
    }
    for (const mark of node.marks) {
      if (mark.type.name === "link" && !isSafeHref(mark.attrs.href)) {
        throw new InvalidArticleDocError("unsafe_link", `link href ${JSON.stringify(String(mark.attrs.href).slice(0, 80))}`);
      }
    }
  });
  return normaliseLinks(doc.toJSON() as JSONContent);
}

// Stored links always open the same way whatever the client sent for target/rel/class.
function normaliseLinks(node: JSONContent): JSONContent {
  const out: JSONContent = { ...node };
  if (node.marks) {
    out.marks = node.marks.map((m) =>
      m.type === "link" ? { ...m, attrs: { href: m.attrs?.href, target: "_blank", rel: SAFE_LINK_REL, class: null, title: m.attrs?.title ?? null } } : m,
    );
  }
  if (node.content) out.content = node.content.map(normaliseLinks);
  return out;
}
