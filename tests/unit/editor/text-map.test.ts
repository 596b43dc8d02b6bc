// Plain-text offsets ↔ document positions: the bridge between stored claim anchors and the editor.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { JSONContent } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { articleSchema } from "@/lib/editor/extensions";
import { docToText, posToText, selectionToText, textMap, textToPos, textToRange } from "@/lib/editor/text-map";
import { blocksToDoc, blocksToText, cleanArticle, type Block } from "@/lib/import/clean";
import { decodeText } from "@/lib/import/decode";

const node = (json: JSONContent) => PMNode.fromJSON(articleSchema(), json);

const blocks: Block[] = [
  { type: "heading", level: 1, text: "Poutine à Koursk : « 86 % » repris" },
  { type: "paragraph", text: "Il a dit\u00A0: « nous avançons »\nchaque jour.", links: [{ start: 3, end: 6, href: "https://example.org/dit" }] },
  { type: "list-item", text: "un 👍 drone" },
  { type: "list-item", text: "deux" },
  { type: "quote", text: "C’est l’été\u202F!" },
  { type: "paragraph", text: "" },
  { type: "paragraph", text: "Fin." },
];
const doc = node(blocksToDoc(blocks));
const text = blocksToText(blocks);
const map = textMap(doc);

describe("docToText", () => {
  it("reproduces blocksToText for headings, links, hard breaks, lists, quotes and empty blocks", () => {
    expect(docToText(doc)).toBe(text);
    expect(docToText(blocksToDoc(blocks))).toBe(text);
  });

  it("is the empty string for an empty document", () => {
    expect(docToText(blocksToDoc([]))).toBe("");
    expect(textToPos(textMap(node(blocksToDoc([]))), 5)).toBe(1);
  });
});

describe("textToPos / posToText", () => {
  it("round-trips every offset inside a block, and the text between positions is the text between offsets", () => {
    for (const b of map.blocks) {
      for (let o = b.textStart; o <= b.textEnd; o++) {
        if (o > b.textStart && o < b.textEnd && text.charCodeAt(o - 1) >= 0xd800 && text.charCodeAt(o - 1) <= 0xdbff) continue;
        const pos = textToPos(map, o);
        expect(posToText(map, pos)).toBe(o);
      }
      // Hard breaks are "\n" in the text and a leaf node in the document.
      expect(doc.textBetween(b.posStart, b.posEnd, undefined, "\n")).toBe(text.slice(b.textStart, b.textEnd));
    }
  });

  it("finds a quote's range in the document", () => {
    for (const quote of ["86 %", "nous avançons »\nchaque", "👍", "l’été\u202F!", "Fin."]) {
      const start = text.indexOf(quote);
      const r = textToRange(map, start, start + quote.length)!;
      expect(doc.textBetween(r.from, r.to, "\n\n", "\n")).toBe(quote);
    }
  });

  it("a range's edges in block gaps are dropped; a range of gap only is null", () => {
    const b0 = map.blocks[0]!;
    const b1 = map.blocks[1]!;
    expect(textToRange(map, b0.textEnd, b1.textStart)).toBeNull();
    expect(textToRange(map, b0.textEnd, b1.textStart + 2)).toEqual({ from: b1.posStart, to: b1.posStart + 2 });
    expect(textToRange(map, b0.textEnd - 1, b1.textStart)).toEqual({ from: b0.posEnd - 1, to: b0.posEnd });
    expect(textToRange(map, 4, 4)).toBeNull();
  });

  it("a range spanning blocks maps across the structure (list, quote) and back", () => {
    const start = text.indexOf("chaque");
    const end = text.indexOf("deux") + 4;
    const r = textToRange(map, start, end)!;
    expect(doc.textBetween(r.from, r.to, "\n\n", "\n")).toBe(text.slice(start, end));
    expect(posToText(map, r.from)).toBe(start);
    expect(posToText(map, r.to, "backward")).toBe(end);
  });

  it("moves offsets in a block gap to the next block start (forward) or the previous block end (backward)", () => {
    const b0 = map.blocks[0]!;
    const b1 = map.blocks[1]!;
    expect(textToPos(map, b0.textEnd + 1, "forward")).toBe(b1.posStart);
    expect(textToPos(map, b0.textEnd + 1, "backward")).toBe(b0.posEnd);
    // A position between the heading and the paragraph, and on list boundaries.
    expect(posToText(map, b0.posEnd + 1, "forward")).toBe(b1.textStart);
    expect(posToText(map, b0.posEnd + 1, "backward")).toBe(b0.textEnd);
    const b2 = map.blocks[2]!;
    expect(posToText(map, b2.posStart - 3, "forward")).toBe(b2.textStart); // before the <ul>
    expect(posToText(map, b2.posStart - 3, "backward")).toBe(b1.textEnd);
  });

  it("clamps offsets and positions outside the document", () => {
    expect(textToPos(map, -4)).toBe(map.blocks[0]!.posStart);
    expect(textToPos(map, text.length + 10)).toBe(map.blocks.at(-1)!.posEnd);
    expect(posToText(map, 0)).toBe(0);
    expect(posToText(map, doc.content.size)).toBe(text.length);
  });

  it("never lands inside a surrogate pair", () => {
    const emoji = text.indexOf("👍");
    expect(posToText(map, textToPos(map, emoji) + 1, "forward")).toBe(emoji + 2);
    expect(posToText(map, textToPos(map, emoji) + 1, "backward")).toBe(emoji);
    expect(textToPos(map, emoji + 1, "forward")).toBe(textToPos(map, emoji) + 2);
    expect(textToPos(map, emoji + 1, "backward")).toBe(textToPos(map, emoji));
  });
});

describe("selectionToText", () => {
  it("widens an edge inside a surrogate pair to the whole character", () => {
    const emoji = text.indexOf("👍");
    const p = textToPos(map, emoji);
    expect(selectionToText(map, p + 1, p + 2)).toEqual({ start: emoji, end: emoji + 2 });
    expect(selectionToText(map, p, p + 1)).toEqual({ start: emoji, end: emoji + 2 });
  });

  it("drops block gaps and whitespace at the edges, in either drag direction", () => {
    const b1 = map.blocks[1]!;
    const b2 = map.blocks[2]!;
    // From the gap before the list item to the end of "un".
    const r = selectionToText(map, b2.posStart - 2, b2.posStart + 3)!;
    expect(text.slice(r.start, r.end)).toBe("un");
    // Dragged backwards over "jour. " and the gap.
    const jour = text.indexOf("jour.");
    const back = selectionToText(map, b2.posStart - 1, textToPos(map, jour))!;
    expect(text.slice(back.start, back.end)).toBe("jour.");
    expect(back.end).toBe(b1.textEnd);
    // NBSP and NNBSP are whitespace too: "\u00A0:" selects just the colon.
    const colon = text.indexOf("\u00A0:");
    expect(selectionToText(map, textToPos(map, colon), textToPos(map, colon + 2))).toEqual({ start: colon + 1, end: colon + 2 });
  });

  it("is null for an empty or whitespace-only selection, or a gap", () => {
    const b0 = map.blocks[0]!;
    expect(selectionToText(map, 5, 5)).toBeNull();
    expect(selectionToText(map, b0.posEnd, b0.posEnd + 2)).toBeNull();
    const empty = map.blocks[5]!;
    expect(selectionToText(map, empty.posStart - 1, empty.posEnd + 1)).toBeNull();
  });
});

const CORPUS = path.resolve("../shared/corpus");
const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort() : [];
if (corpus.length === 0) console.warn(`corpus text-map tests skipped: ${CORPUS} not found`);

describe.skipIf(corpus.length === 0)("corpus articles", () => {
  it.each(corpus)("%s: the document's text is the stored text, and every word maps to itself", (file) => {
    const r = cleanArticle({ kind: "text", content: decodeText(readFileSync(path.join(CORPUS, file))).text, fileName: file });
    const d = node(r.doc);
    expect(docToText(d)).toBe(r.text);
    const m = textMap(d);
    for (const w of r.text.matchAll(/\S+/g)) {
      const range = textToRange(m, w.index, w.index + w[0].length)!;
      expect(d.textBetween(range.from, range.to, "\n\n", "\n")).toBe(w[0]);
      expect(selectionToText(m, range.from, range.to)).toEqual({ start: w.index, end: w.index + w[0].length });
    }
  });
});
