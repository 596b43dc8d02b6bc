import { describe, expect, it } from "vitest";
import { InvalidArticleDocError, articleExtensions, articleSchema, validateArticleDoc } from "@/lib/editor/extensions";
import { SAFE_LINK_REL, isSafeHref } from "@/lib/editor/safe-link";

const para = (text: string, marks?: unknown[]) => ({ type: "paragraph", content: [{ type: "text", text, ...(marks ? { marks } : {}) }] });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const link = (href: string) => [{ type: "link", attrs: { href } }];

function problemOf(json: unknown): string | undefined {
  try {
    validateArticleDoc(json);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidArticleDocError);
    return (e as InvalidArticleDocError).problem;
  }
}

describe("article schema", () => {
  it("builds in Node without a DOM and holds only article nodes and marks", () => {
    expect(typeof document).toBe("undefined");
    const schema = articleSchema();
    expect(Object.keys(schema.nodes).sort()).toEqual(
      ["blockquote", "bulletList", "doc", "hardBreak", "heading", "listItem", "orderedList", "paragraph", "text"].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(["bold", "italic", "link"]);
    expect(articleExtensions().map((e) => e.name)).toEqual(["starterKit", "link"]);
  });
});

describe("validateArticleDoc", () => {
  it("accepts a full article and fills link attributes", () => {
    const out = validateArticleDoc(
      doc(
        { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Titre" }] },
        para("Lire le ", undefined),
        { type: "paragraph", content: [{ type: "text", text: "rapport", marks: [...link("https://example.org/r"), { type: "bold" }] }, { type: "hardBreak" }, { type: "text", text: "suite", marks: [{ type: "italic" }] }] },
        { type: "bulletList", content: [{ type: "listItem", content: [para("un")] }] },
        { type: "orderedList", content: [{ type: "listItem", content: [para("deux")] }] },
        { type: "blockquote", content: [para("« cité »")] },
        para("écrire", link("mailto:redaction@example.org")),
      ),
    );
    const linkMark = out.content?.[2]?.content?.[0]?.marks?.find((m) => m.type === "link");
    expect(linkMark?.attrs).toMatchObject({ href: "https://example.org/r", rel: SAFE_LINK_REL, target: "_blank" });
  });

  it("normalises rel/class/target a client sent on a link", () => {
    const out = validateArticleDoc(doc(para("x", [{ type: "link", attrs: { href: "https://a.example", rel: "opener", class: "evil", target: "_self" } }])));
    expect(out.content?.[0]?.content?.[0]?.marks?.[0]?.attrs).toMatchObject({ rel: SAFE_LINK_REL, class: null, target: "_blank" });
  });

  it.each([
    ["javascript: link", doc(para("clic", link("javascript:alert(1)"))), "unsafe_link"],
    ["JavaScript: in capitals", doc(para("clic", link("JaVaScRiPt:alert(1)"))), "unsafe_link"],
    ["tab inside the scheme", doc(para("clic", link("java\tscript:alert(1)"))), "unsafe_link"],
    ["data: link", doc(para("clic", link("data:text/html,<script>alert(1)</script>"))), "unsafe_link"],
    ["relative link", doc(para("clic", link("/admin"))), "unsafe_link"],
    ["unknown node iframe", doc({ type: "iframe", attrs: { src: "https://evil.example" } }), "schema"],
    ["unknown mark", doc(para("x", [{ type: "script" }])), "schema"],
    ["code block (not in the schema)", doc({ type: "codeBlock", content: [{ type: "text", text: "x" }] }), "schema"],
    ["image", doc({ type: "image", attrs: { src: "https://a.example/x.png" } }), "schema"],
    ["text directly in doc", doc({ type: "text", text: "x" }), "schema"],
    ["empty text node", doc({ type: "paragraph", content: [{ type: "text", text: "" }] }), "schema"],
    ["heading level 6", doc({ type: "heading", attrs: { level: 6 }, content: [{ type: "text", text: "x" }] }), "heading_level"],
    ["not a doc", { type: "paragraph" }, "not_a_document"],
    ["a string", "<p>hi</p>", "not_a_document"],
    ["null", null, "not_a_document"],
    ["content not an array", { type: "doc", content: "x" }, "schema"],
  ])("refuses %s", (_name, json, problem) => {
    expect(problemOf(json)).toBe(problem);
  });

  it("refuses absurd nesting without blowing the stack", () => {
    let node: Record<string, unknown> = para("x");
    for (let i = 0; i < 5000; i++) node = { type: "blockquote", content: [node] };
    expect(problemOf(doc(node))).toBe("too_large");
  });

  it("is an expected validation error (422)", () => {
    let error: unknown;
    try {
      validateArticleDoc(doc({ type: "iframe" }));
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: "validation", status: 422, problem: "schema" });
  });
});

describe("isSafeHref", () => {
  it.each([
    ["https://example.org/a?b=1#c", true],
    ["http://example.org", true],
    ["mailto:a@example.org", true],
    ["javascript:alert(1)", false],
    [" javascript:alert(1)", false],
    ["vbscript:msgbox", false],
    ["file:///etc/passwd", false],
    ["ftp://example.org", false],
    ["//example.org", false],
    ["", false],
  ])("%s → %s", (href, ok) => {
    expect(isSafeHref(href)).toBe(ok);
  });
});
