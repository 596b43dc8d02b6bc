// The reading view of an article: its ProseMirror JSON (lib/editor's schema) rendered as React
// elements on the server. Only the nodes and marks of that schema become markup; anything else
// falls back to its text. Nothing is ever injected as HTML, and a link is a link only when its
// href passes the same check the editor uses (http, https, mailto).
import { Fragment } from "react";
import type * as React from "react";
import { isSafeHref, SAFE_LINK_REL } from "@/lib/editor/safe-link";
import { cn } from "@/lib/utils";

interface PMMark {
  type: string;
  attrs?: Record<string, unknown>;
}

interface PMNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PMNode[];
  text?: string;
  marks?: PMMark[];
}

function isNode(v: unknown): v is PMNode {
  return typeof v === "object" && v !== null && typeof (v as { type?: unknown }).type === "string";
}

function children(node: PMNode): PMNode[] {
  return Array.isArray(node.content) ? node.content.filter(isNode) : [];
}

// The page's <h1> is the article's title, so the document's headings start one level below it.
const HEADING_TAGS = { 1: "h2", 2: "h3", 3: "h4", 4: "h5" } as const;
const HEADING_CLASSES = {
  1: "mt-10 text-[1.6em] leading-tight font-semibold tracking-tight first:mt-0",
  2: "mt-9 text-[1.3em] leading-snug font-semibold tracking-tight first:mt-0",
  3: "mt-8 text-[1.12em] leading-snug font-semibold first:mt-0",
  4: "mt-7 text-[1em] leading-snug font-semibold first:mt-0",
} as const;

function renderText(node: PMNode, key: React.Key): React.ReactNode {
  let out: React.ReactNode = node.text ?? "";
  const marks = Array.isArray(node.marks) ? node.marks : [];
  // Link outermost, so bold/italic sit inside the <a> like the editor renders them.
  const ordered = [...marks].sort((a, b) => Number(a.type === "link") - Number(b.type === "link"));
  for (const mark of ordered) {
    if (mark.type === "bold") out = <strong className="font-semibold">{out}</strong>;
    else if (mark.type === "italic") out = <em>{out}</em>;
    else if (mark.type === "link") {
      const href = mark.attrs?.href;
      if (!isSafeHref(href)) continue;
      out = (
        <a href={href} target="_blank" rel={SAFE_LINK_REL} className="font-medium text-primary underline decoration-primary/40 underline-offset-[3px] hover:decoration-primary">
          {out}
        </a>
      );
    }
  }
  return <Fragment key={key}>{out}</Fragment>;
}

function renderNodes(nodes: PMNode[]): React.ReactNode[] {
  return nodes.map((n, i) => renderNode(n, i));
}

function renderNode(node: PMNode, key: React.Key): React.ReactNode {
  switch (node.type) {
    case "text":
      return renderText(node, key);
    case "hardBreak":
      return <br key={key} />;
    case "paragraph":
      return (
        <p key={key} className="mt-[1.1em] first:mt-0">
          {renderNodes(children(node))}
        </p>
      );
    case "heading": {
      const raw = Number(node.attrs?.level);
      const level = (raw >= 1 && raw <= 4 ? raw : 2) as 1 | 2 | 3 | 4;
      const Tag = HEADING_TAGS[level];
      return (
        <Tag key={key} className={HEADING_CLASSES[level]}>
          {renderNodes(children(node))}
        </Tag>
      );
    }
    case "bulletList":
      return (
        <ul key={key} className="mt-[1.1em] list-disc space-y-1.5 pl-[1.4em] first:mt-0 marker:text-muted-foreground">
          {renderNodes(children(node))}
        </ul>
      );
    case "orderedList": {
      const start = Number(node.attrs?.start);
      return (
        <ol key={key} start={Number.isInteger(start) && start !== 1 ? start : undefined} className="mt-[1.1em] list-decimal space-y-1.5 pl-[1.6em] first:mt-0 marker:text-muted-foreground">
          {renderNodes(children(node))}
        </ol>
      );
    }
    case "listItem":
      // A list item wraps paragraphs; their top margin would space the bullets apart.
      return (
        <li key={key} className="pl-1 [&>p]:mt-0 [&>p+p]:mt-2">
          {renderNodes(children(node))}
        </li>
      );
    case "blockquote":
      return (
        <blockquote key={key} className="mt-[1.1em] border-l-2 border-primary/40 pl-[1em] text-foreground/85 italic first:mt-0">
          {renderNodes(children(node))}
        </blockquote>
      );
    default:
      // Unknown to this renderer: keep the words, drop the structure.
      if (typeof node.text === "string") return <span key={key}>{node.text}</span>;
      return <span key={key}>{renderNodes(children(node))}</span>;
  }
}

function plainText(node: PMNode): string {
  return node.type === "text" ? (node.text ?? "") : children(node).map(plainText).join("");
}

const comparable = (s: string) => s.replace(/[\s\u00A0\u202F]+/g, " ").trim().toLowerCase();

/**
 * The article's cleaned text as a typeset reading column (~68 characters a line). When the
 * document opens with a heading that is the article's title, that heading is not repeated under
 * the page's own `<h1>` (it stays in the stored text).
 */
export function ArticleDoc({ doc, title, lang, className }: { doc: unknown; title?: string; lang?: string; className?: string }) {
  let root = isNode(doc) && doc.type === "doc" ? children(doc) : [];
  const [head] = root;
  if (title && head?.type === "heading" && comparable(plainText(head)) === comparable(title)) root = root.slice(1);
  return (
    <div lang={lang} className={cn("max-w-[68ch] text-[1.0625rem] leading-[1.75] text-pretty break-words text-foreground/95", className)} data-testid="article-doc">
      {root.length > 0 ? renderNodes(root) : null}
    </div>
  );
}
