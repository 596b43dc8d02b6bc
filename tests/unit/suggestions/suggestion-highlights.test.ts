// Suggestion highlights as plugin state: drawn apart from claims (dotted underline, no fill), built
// from text offsets, mapped through edits, refocused without a rebuild, and alongside the claim
// highlights over the same words. EditorState only: no DOM needed.
import { Node as PMNode } from "@tiptap/pm/model";
import { EditorState, type Transaction } from "@tiptap/pm/state";
import type { Decoration } from "@tiptap/pm/view";
import { describe, expect, it } from "vitest";

import { claimHighlightsKey, claimHighlightsPlugin, setHighlightClaims } from "@/lib/editor/claim-highlights";
import { articleSchema } from "@/lib/editor/extensions";
import {
  FOCUSED_CLASS,
  focusSuggestion,
  setHighlightSuggestions,
  SUGGESTION_CLASS,
  suggestionHighlightsKey,
  suggestionHighlightsPlugin,
  suggestionRange,
  type HighlightSuggestion,
} from "@/lib/editor/suggestion-highlights";
import { textMap, textToPos } from "@/lib/editor/text-map";
import { blocksToDoc, blocksToText, type Block } from "@/lib/import/clean";

const blocks: Block[] = [
  { type: "heading", level: 1, text: "Poutine à Koursk" },
  { type: "paragraph", text: "Gerasimov a affirmé que l’armée avait repris plus de 86\u00A0% de la région, 430 soldats capturés." },
  { type: "paragraph", text: "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré jeudi que l’opération touchait à sa fin 👍." },
];
const text = blocksToText(blocks);
const doc = PMNode.fromJSON(articleSchema(), blocksToDoc(blocks));

const span = (id: string, quote: string): HighlightSuggestion => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`no ${quote}`);
  return { id, start, end: start + quote.length };
};

const first = span("s1", "Gerasimov a affirmé que l’armée avait repris plus de 86\u00A0% de la région, 430 soldats capturés");
const second = span("s2", "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré jeudi que l’opération touchait à sa fin 👍");

function stateWith(suggestions: HighlightSuggestion[], focusedId: string | null = null): EditorState {
  const state = EditorState.create({ doc, plugins: [claimHighlightsPlugin(), suggestionHighlightsPlugin()] });
  return state.apply(setHighlightSuggestions(state.tr, suggestions, focusedId));
}

const decos = (state: EditorState): Decoration[] => suggestionHighlightsKey.getState(state)!.decorations.find();
const attrsOf = (d: Decoration) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
const textOf = (state: EditorState, id: string) => {
  const r = suggestionRange(state, id);
  return r ? state.doc.textBetween(r.from, r.to, "\n\n") : null;
};
const apply = (state: EditorState, f: (tr: Transaction) => Transaction) => state.apply(f(state.tr));

describe("suggestion highlights", () => {
  it("draws each suggestion as its own span with a dotted underline and no fill, unlike a claim", () => {
    const state = stateWith([first, second]);
    const found = decos(state);
    expect(found).toHaveLength(2);
    const a = attrsOf(found.find((d) => attrsOf(d)["data-suggestion-id"] === "s1")!);
    expect(a.nodeName).toBe("span");
    expect(a.class).toContain(SUGGESTION_CLASS);
    expect(a.class).toContain("decoration-dotted");
    expect(a.class).toMatch(/dark:decoration-/);
    expect(a.class).not.toMatch(/\bbg-/);
    expect(a.style).toBeUndefined();
    expect(textOf(state, "s1")).toBe(text.slice(first.start, first.end));
    expect(textOf(state, "s2")).toBe("Le porte-parole du Kremlin, Dmitri Peskov, a déclaré jeudi que l’opération touchait à sa fin 👍");
  });

  it("marks the focused suggestion, and moving the focus redraws only the two concerned", () => {
    let state = stateWith([first, second], "s1");
    const classOf = (s: EditorState, id: string) => attrsOf(decos(s).find((d) => attrsOf(d)["data-suggestion-id"] === id)!).class;
    expect(classOf(state, "s1")).toContain(FOCUSED_CLASS);
    expect(classOf(state, "s2")).not.toContain(FOCUSED_CLASS);
    state = apply(state, (tr) => focusSuggestion(tr, "s2"));
    expect(classOf(state, "s1")).not.toContain(FOCUSED_CLASS);
    expect(classOf(state, "s2")).toContain(FOCUSED_CLASS);
    expect(suggestionHighlightsKey.getState(state)!.focusedId).toBe("s2");
    state = apply(state, (tr) => focusSuggestion(tr, null));
    expect(decos(state).every((d) => !attrsOf(d).class!.includes(FOCUSED_CLASS))).toBe(true);
  });

  it("follows the words through an edit before them, and keeps the focus across a rebuild", () => {
    let state = stateWith([first, second], "s2");
    const before = suggestionHighlightsKey.getState(state)!.decorations;
    state = apply(state, (tr) => tr.insertText("Selon Moscou, ", textToPos(textMap(state.doc), text.indexOf("Gerasimov"))));
    expect(textOf(state, "s1")).toBe(text.slice(first.start, first.end));
    expect(textOf(state, "s2")).toContain("Dmitri Peskov");
    // A transaction that changes nothing of theirs keeps the same set.
    const kept = suggestionHighlightsKey.getState(state)!.decorations;
    expect(kept).not.toBe(before);
    expect(suggestionHighlightsKey.getState(state.apply(state.tr.setMeta("other", 1)))!.decorations).toBe(kept);
    state = apply(state, (tr) => setHighlightSuggestions(tr, [second]));
    expect(decos(state)).toHaveLength(1);
    expect(suggestionHighlightsKey.getState(state)!.focusedId).toBe("s2");
  });

  it("lives beside claim highlights over the same words, each in its own plugin state", () => {
    let state = stateWith([first]);
    const claimStart = text.indexOf("plus de 86");
    state = apply(state, (tr) => setHighlightClaims(tr, [{ id: "c1", start: claimStart, end: claimStart + 14, color: "#dc2626" }]));
    expect(claimHighlightsKey.getState(state)!.decorations.find()).toHaveLength(1);
    expect(decos(state)).toHaveLength(1);
    expect(textOf(state, "s1")).toBe(text.slice(first.start, first.end));
  });

  it("leaves out a suggestion whose offsets hold no text of this document", () => {
    const state = stateWith([{ id: "gone", start: text.length + 5, end: text.length + 20 }, second]);
    expect(decos(state).map((d) => attrsOf(d)["data-suggestion-id"])).toEqual(["s2"]);
  });
});
