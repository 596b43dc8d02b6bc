// Offsets in an article's plain text ↔ ProseMirror positions in its document.
//
// The plain text (what claim anchors index into, lib/import/clean/blocks.ts) is the document's
// textblocks — headings and paragraphs, wherever they sit in lists and quotes — in document
// order, joined by one blank line ("\n\n"); a hard break is "\n". Inside one textblock a text
// offset and a document position advance together (ProseMirror counts text in UTF-16 code units
// and a hard break is one position wide), so a map only needs where each textblock starts in
// both coordinate systems. Pure and isomorphic: the browser editor turns selections into
// selectors and highlights into decorations with it; the server can derive a saved document's
// text with `docToText`.
import type { JSONContent } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import { articleSchema } from "./extensions";

/** The separator between two textblocks in the plain text. */
export const BLOCK_SEPARATOR = "\n\n";

/** One textblock: its text in [textStart, textEnd) and its content in positions [posStart, posEnd]. */
export interface TextMapBlock {
  textStart: number;
  textEnd: number;
  /** Position right inside the textblock (its first character). */
  posStart: number;
  /** Position at the end of its content (after its last character). */
  posEnd: number;
}

/** A document's plain text and where each of its textblocks sits. */
export interface TextMap {
  text: string;
  blocks: readonly TextMapBlock[];
}

/** Which way an offset or position that falls between blocks (or inside a character) moves. */
export type Bias = "forward" | "backward";

function inlineText(block: PMNode): string {
  // Fast path: most paragraphs are text nodes only.
  let out = "";
  block.forEach((child) => {
    if (child.isText) out += child.text ?? "";
    else if (child.type.name === "hardBreak") out += "\n";
    // Other inline leaves (none in the article schema) would need a width: one position, one "\uFFFC".
    else out += "\uFFFC".repeat(child.nodeSize);
  });
  return out;
}

const cache = new WeakMap<PMNode, TextMap>();

/** Builds (once per document node: documents are immutable) the text map of `doc`. */
export function textMap(doc: PMNode): TextMap {
  const hit = cache.get(doc);
  if (hit) return hit;
  const parts: string[] = [];
  const blocks: TextMapBlock[] = [];
  let offset = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (blocks.length > 0) {
      parts.push(BLOCK_SEPARATOR);
      offset += BLOCK_SEPARATOR.length;
    }
    const text = inlineText(node);
    parts.push(text);
    blocks.push({ textStart: offset, textEnd: offset + text.length, posStart: pos + 1, posEnd: pos + 1 + node.content.size });
    offset += text.length;
    return false;
  });
  const map: TextMap = { text: parts.join(""), blocks };
  cache.set(doc, map);
  return map;
}

/**
 * The plain text of an article document, exactly as lib/import/clean's `blocksToText` gives it
 * for a document built by `blocksToDoc`. Accepts a ProseMirror node or its JSON (parsed with the
 * article schema; throws on JSON that does not fit it).
 */
export function docToText(doc: PMNode | JSONContent): string {
  const node = doc instanceof PMNode ? doc : PMNode.fromJSON(articleSchema(), doc);
  return textMap(node).text;
}

/** Index of the last block whose `key` is ≤ value (-1 when none). */
function lastAtOrBefore(blocks: readonly TextMapBlock[], value: number, key: "textStart" | "posStart"): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]![key] <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** `offset` moved off the middle of a surrogate pair, in the direction of `bias`. */
export function snapOffset(text: string, offset: number, bias: Bias): number {
  const o = Math.min(Math.max(0, offset), text.length);
  if (o > 0 && o < text.length && isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o))) return bias === "forward" ? o + 1 : o - 1;
  return o;
}

/**
 * The document position of plain-text `offset`. An offset in the blank line between two blocks
 * goes to the start of the next block (`forward`, for the start of a range) or the end of the
 * previous one (`backward`, for its end); offsets outside the text are clamped to it.
 */
export function textToPos(map: TextMap, offset: number, bias: Bias = "forward"): number {
  const { blocks } = map;
  if (blocks.length === 0) return 0;
  const o = snapOffset(map.text, offset, bias);
  const i = lastAtOrBefore(blocks, o, "textStart");
  if (i < 0) return blocks[0]!.posStart;
  const b = blocks[i]!;
  if (o <= b.textEnd) return b.posStart + (o - b.textStart);
  // In the separator after block i.
  const next = blocks[i + 1];
  return bias === "forward" && next ? next.posStart : b.posEnd;
}

function rawPosToText(map: TextMap, pos: number, bias: Bias): number {
  const { blocks } = map;
  if (blocks.length === 0) return 0;
  const i = lastAtOrBefore(blocks, pos, "posStart");
  if (i < 0) return blocks[0]!.textStart;
  const b = blocks[i]!;
  if (pos <= b.posEnd) return b.textStart + (pos - b.posStart);
  const next = blocks[i + 1];
  return bias === "forward" && next ? next.textStart : b.textEnd;
}

/**
 * The plain-text offset of document position `pos`. A position between blocks (or on a list or
 * quote boundary) goes to the start of the next textblock (`forward`) or the end of the previous
 * one (`backward`); a position inside a surrogate pair moves off it the same way.
 */
export function posToText(map: TextMap, pos: number, bias: Bias = "forward"): number {
  return snapOffset(map.text, rawPosToText(map, pos, bias), bias);
}

/**
 * The plain-text range of a document selection [from, to), widened to whole characters (a range
 * edge inside a surrogate pair takes the whole pair) and shrunk off block gaps and surrounding
 * whitespace, the way a reader means a sloppy drag. Null when nothing but whitespace or block
 * gaps is selected.
 */
export function selectionToText(map: TextMap, from: number, to: number): { start: number; end: number } | null {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  let start = rawPosToText(map, lo, "forward");
  let end = rawPosToText(map, hi, "backward");
  // Whole characters: a start inside a pair moves back to include it, an end inside one moves on.
  start = snapOffset(map.text, start, "backward");
  end = snapOffset(map.text, end, "forward");
  const { text } = map;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/**
 * The document range of plain-text range [start, end), without the block gaps at its edges (a
 * range that starts at a block's end starts in the next block); null when it covers no text.
 */
export function textToRange(map: TextMap, start: number, end: number): { from: number; to: number } | null {
  const { blocks } = map;
  if (!(end > start) || blocks.length === 0) return null;
  let s = Math.max(start, 0);
  let e = Math.min(end, map.text.length);
  const i = Math.max(0, lastAtOrBefore(blocks, s, "textStart"));
  if (s >= blocks[i]!.textEnd && i + 1 < blocks.length) s = blocks[i + 1]!.textStart;
  const j = Math.max(0, lastAtOrBefore(blocks, e - 1, "textStart"));
  if (e > blocks[j]!.textEnd) e = blocks[j]!.textEnd;
  if (!(e > s)) return null;
  const from = textToPos(map, s, "forward");
  const to = textToPos(map, e, "backward");
  return to > from ? { from, to } : null;
}
