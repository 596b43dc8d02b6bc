// Blocks → plain text and → tiptap JSON. The plain text is what claim anchors index into, so it is
// a pure function of the blocks: their texts joined by one blank line, nothing added or dropped.
import type { JSONContent } from "@tiptap/core";
import { validateArticleDoc } from "@/lib/editor/extensions";
import type { Block, BlockLink } from "./types";

const BLOCK_SEPARATOR = "\n\n";

/** The article's plain text: block texts separated by a blank line. */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

/** Where each block's text sits in `blocksToText(blocks)` (UTF-16 offsets, end exclusive). */
export function blockRanges(blocks: readonly Block[]): { start: number; end: number }[] {
  let offset = 0;
  return blocks.map((b) => {
    const range = { start: offset, end: offset + b.text.length };
    offset = range.end + BLOCK_SEPARATOR.length;
    return range;
  });
}

/** Inline content of a block: text runs with link marks, "\n" as hard breaks. */
function inline(text: string, links: readonly BlockLink[] = []): JSONContent[] {
  const valid = links.filter((l) => l.start >= 0 && l.end <= text.length && l.start < l.end);
  const cuts = new Set<number>([0, text.length]);
  for (const l of valid) cuts.add(l.start).add(l.end);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) cuts.add(i).add(i + 1);
  const points = [...cuts].sort((a, b) => a - b);
  const out: JSONContent[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    const piece = text.slice(start, end);
    if (piece === "") continue;
    if (piece === "\n") {
      out.push({ type: "hardBreak" });
      continue;
    }
    const link = valid.find((l) => l.start <= start && l.end >= end);
    out.push(link ? { type: "text", text: piece, marks: [{ type: "link", attrs: { href: link.href } }] } : { type: "text", text: piece });
  }
  return out;
}

function paragraph(b: Block): JSONContent {
  const content = inline(b.text, b.links);
  return content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" };
}

/**
 * The tiptap document of the blocks: headings, paragraphs, consecutive list items grouped into one
 * bullet or ordered list, consecutive quotes into one blockquote. Validated against the editor
 * schema before it is returned (throws InvalidArticleDocError if it ever did not fit).
 */
export function blocksToDoc(blocks: readonly Block[]): JSONContent {
  const content: JSONContent[] = [];
  for (const b of blocks) {
    const last = content.at(-1);
    if (b.type === "heading") {
      const level = Math.min(4, Math.max(1, b.level ?? 2));
      const inl = inline(b.text, b.links);
      content.push(inl.length > 0 ? { type: "heading", attrs: { level }, content: inl } : { type: "heading", attrs: { level } });
    } else if (b.type === "list-item") {
      const listType = b.ordered ? "orderedList" : "bulletList";
      const item: JSONContent = { type: "listItem", content: [paragraph(b)] };
      if (last?.type === listType) last.content!.push(item);
      else content.push({ type: listType, content: [item] });
    } else if (b.type === "quote") {
      if (last?.type === "blockquote") last.content!.push(paragraph(b));
      else content.push({ type: "blockquote", content: [paragraph(b)] });
    } else {
      content.push(paragraph(b));
    }
  }
  if (content.length === 0) content.push({ type: "paragraph" });
  return validateArticleDoc({ type: "doc", content });
}
