// Claim highlights as plugin state: built from text offsets, mapped through edits, never lost
// silently, and only rebuilt when the claims change. EditorState only: no DOM needed.
import { Node as PMNode } from "@tiptap/pm/model";
import { EditorState, type Transaction } from "@tiptap/pm/state";
import type { Decoration } from "@tiptap/pm/view";
import { describe, expect, it } from "vitest";
import {
  claimHighlightsKey,
  claimHighlightsPlugin,
  highlightRange,
  highlightsAt,
  selectHighlight,
  setHighlightClaims,
  type HighlightClaim,
} from "@/lib/editor/claim-highlights";
import { articleSchema } from "@/lib/editor/extensions";
import { textMap, textToPos } from "@/lib/editor/text-map";
import { blocksToDoc, blocksToText, type Block } from "@/lib/import/clean";

const blocks: Block[] = [
  { type: "heading", level: 1, text: "Poutine à Koursk" },
  { type: "paragraph", text: "L’armée russe affirme avoir repris plus de 86\u00A0% du territoire de Koursk." },
  { type: "paragraph", text: "Plus de 430 soldats ukrainiens ont été faits prisonniers 👍." },
];
const text = blocksToText(blocks);
const doc = PMNode.fromJSON(articleSchema(), blocksToDoc(blocks));

const claim = (id: string, quote: string, color = "#dc2626"): HighlightClaim => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`no ${quote}`);
  return { id, start, end: start + quote.length, color };
};

function stateWith(claims: HighlightClaim[], selectedId: string | null = null): EditorState {
  const state = EditorState.create({ doc, plugins: [claimHighlightsPlugin()] });
  return state.apply(setHighlightClaims(state.tr, claims, selectedId));
}

const decos = (state: EditorState): Decoration[] => claimHighlightsKey.getState(state)!.decorations.find();
const textOf = (state: EditorState, id: string) => {
  const r = highlightRange(state, id);
  return r ? state.doc.textBetween(r.from, r.to, "\n\n") : null;
};
const attrsOf = (d: Decoration) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
const posOf = (state: EditorState, quote: string) => textToPos(textMap(state.doc), textMap(state.doc).text.indexOf(quote));
const apply = (state: EditorState, f: (tr: Transaction) => Transaction) => state.apply(f(state.tr));

describe("building highlights", () => {
  it("decorates each claim's text with its id, verdict colour and a span of its own", () => {
    const state = stateWith([claim("a", "plus de 86\u00A0% du territoire"), claim("b", "430 soldats", "#16a34a")]);
    expect(decos(state)).toHaveLength(2);
    expect(textOf(state, "a")).toBe("plus de 86\u00A0% du territoire");
    expect(textOf(state, "b")).toBe("430 soldats");
    const b = decos(state).find((d) => attrsOf(d)["data-claim-id"] === "b")!;
    expect(attrsOf(b).nodeName).toBe("span");
    expect(attrsOf(b).class).toBe("claim-hl");
    expect(attrsOf(b).style).toContain("#16a34a");
  });

  it("spans blocks, and skips claims whose range holds no text", () => {
    const gap = text.indexOf("\n\n");
    const state = stateWith([
      { id: "across", start: text.indexOf("Koursk."), end: text.indexOf("Plus de 430") + 7, color: "#000000" },
      { id: "gap", start: gap, end: gap + 2, color: "#000000" },
      { id: "empty", start: 5, end: 5, color: "#000000" },
    ]);
    expect(textOf(state, "across")).toBe("Koursk.\n\nPlus de");
    expect(highlightRange(state, "gap")).toBeNull();
    expect(highlightRange(state, "empty")).toBeNull();
  });

  it("keeps overlapping and nested claims apart, the inner one on another underline level", () => {
    const outer = claim("outer", "affirme avoir repris plus de 86\u00A0% du territoire");
    const inner = claim("inner", "86\u00A0%", "#2563eb");
    const overlap = claim("overlap", "territoire de Koursk", "#16a34a");
    const state = stateWith([inner, outer, overlap]);
    const level = (id: string) => attrsOf(decos(state).find((d) => attrsOf(d)["data-claim-id"] === id)!)["data-level"];
    expect(level("outer")).toBe("0");
    expect(level("inner")).toBe("1");
    expect(level("overlap")).toBe("1");
    expect(highlightsAt(state, posOf(state, "86") + 1)).toEqual(["inner", "outer"]);
    expect(highlightsAt(state, posOf(state, "territoire") + 1)).toEqual(["overlap", "outer"]);
  });

  it("can draw the claims the editor is created with, without a first transaction", () => {
    const state = EditorState.create({ doc, plugins: [claimHighlightsPlugin({ initialClaims: [claim("a", "430 soldats")], initialSelectedId: "a" })] });
    expect(textOf(state, "a")).toBe("430 soldats");
    expect(attrsOf(decos(state)[0]!).class).toContain("claim-hl-selected");
  });

  it("refuses a colour that is not #rrggbb (no style injection)", () => {
    const state = stateWith([{ ...claim("a", "430"), color: "red;position:fixed" }]);
    expect(attrsOf(decos(state)[0]!).style).not.toContain("position");
  });

  it("rebuilds when the claims change, keeping the selection unless told otherwise", () => {
    let state = stateWith([claim("a", "430")], "a");
    state = apply(state, (tr) => setHighlightClaims(tr, [claim("a", "430"), claim("b", "Koursk.")]));
    expect(decos(state)).toHaveLength(2);
    expect(claimHighlightsKey.getState(state)!.selectedId).toBe("a");
    state = apply(state, (tr) => setHighlightClaims(tr, [], null));
    expect(decos(state)).toHaveLength(0);
  });
});

describe("mapping through edits", () => {
  const base = () => stateWith([claim("c", "86\u00A0% du territoire")]);

  it("is not rebuilt by a transaction that changes nothing it draws", () => {
    const state = base();
    const set = claimHighlightsKey.getState(state)!.decorations;
    const next = apply(state, (tr) => tr.setMeta("other", true));
    expect(claimHighlightsKey.getState(next)!.decorations).toBe(set);
  });

  it("moves with an insertion before the claim", () => {
    let state = base();
    const before = highlightRange(state, "c")!;
    state = apply(state, (tr) => tr.insertText("Selon Moscou, ", posOf(state, "L’armée")));
    expect(textOf(state, "c")).toBe("86\u00A0% du territoire");
    expect(highlightRange(state, "c")!.from).toBe(before.from + "Selon Moscou, ".length);
  });

  it("grows with an insertion inside the claim and ignores one just after it", () => {
    let state = base();
    state = apply(state, (tr) => tr.insertText(" ukrainien", posOf(state, " du territoire") + " du territoire".length));
    expect(textOf(state, "c")).toBe("86\u00A0% du territoire");
    state = apply(state, (tr) => tr.insertText("environ ", posOf(state, "du territoire")));
    expect(textOf(state, "c")).toBe("86\u00A0% environ du territoire");
  });

  it("stays put when the text after it changes, including a new paragraph", () => {
    let state = base();
    state = apply(state, (tr) => tr.split(posOf(state, "Plus de 430")));
    state = apply(state, (tr) => tr.insertText("Nouveau paragraphe.", posOf(state, "Plus de 430") - 2));
    expect(textOf(state, "c")).toBe("86\u00A0% du territoire");
  });

  it("loses the highlight when the claim's text is deleted, and shrinks when part of it is", () => {
    let state = base();
    const r = highlightRange(state, "c")!;
    state = apply(state, (tr) => tr.delete(r.from + 4, r.to));
    expect(textOf(state, "c")).toBe("86\u00A0%");
    const r2 = highlightRange(state, "c")!;
    state = apply(state, (tr) => tr.delete(r2.from - 1, r2.to + 1));
    expect(highlightRange(state, "c")).toBeNull();
    expect(decos(state)).toHaveLength(0);
  });
});

describe("selection", () => {
  it("redraws only the previous and the new selected claim, and keeps their mapped ranges", () => {
    let state = stateWith([claim("a", "86\u00A0%"), claim("b", "430 soldats"), claim("c", "Koursk.")], "a");
    const cls = (id: string) => attrsOf(decos(state).find((d) => attrsOf(d)["data-claim-id"] === id)!).class;
    expect(cls("a")).toContain("claim-hl-selected");
    state = apply(state, (tr) => tr.insertText("Hier, ", posOf(state, "L’armée")));
    state = apply(state, (tr) => selectHighlight(tr, "b"));
    expect(cls("a")).not.toContain("claim-hl-selected");
    expect(cls("b")).toContain("claim-hl-selected");
    expect(cls("c")).not.toContain("claim-hl-selected");
    expect(textOf(state, "a")).toBe("86\u00A0%");
    expect(textOf(state, "b")).toBe("430 soldats");
    state = apply(state, (tr) => selectHighlight(tr, null));
    expect(decos(state).every((d) => !attrsOf(d).class!.includes("selected"))).toBe(true);
  });

  it("selection and claim changes stay out of the undo history", () => {
    const state = stateWith([claim("a", "430")]);
    const tr = selectHighlight(state.tr, "a");
    expect(tr.getMeta("addToHistory")).toBe(false);
  });
});
