// Claim suggestions in the article editor: one inline decoration per open suggestion, drawn apart
// from claim highlights — a dotted underline in one accent colour and no fill (claims are filled
// and underlined solid in their verdict's colour), so an editor tells "proposed by the engine"
// from "made by a person" at a glance, in both themes. Like the claim highlights, the decorations
// live in plugin state, are mapped through every transaction (edit-text mode moves them with the
// words) and are rebuilt from the suggestions' text offsets only when the suggestions change;
// moving the focus redraws the two suggestions concerned.
//
// Each decoration is its own <span> (`nodeName`), so a suggestion and a claim over the same words
// nest instead of merging; the dotted line sits below a claim's underline.
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { textMap, textToRange } from "./text-map";

/** What the highlights need of a suggestion: its place in the article's plain text. */
export interface HighlightSuggestion {
  id: string;
  /** Plain-text offsets (UTF-16, end exclusive) in the text of the document the editor shows. */
  start: number;
  end: number;
}

interface DecoSpec {
  suggestionId: string;
  focused: boolean;
}

export interface SuggestionHighlightsState {
  decorations: DecorationSet;
  focusedId: string | null;
}

type Meta = { suggestions: readonly HighlightSuggestion[]; focusedId?: string | null } | { focusedId: string | null };

export const suggestionHighlightsKey = new PluginKey<SuggestionHighlightsState>("suggestionHighlights");

/** Class on every suggestion span; `suggestion-hl-focused` marks the focused one's. */
export const SUGGESTION_CLASS = "suggestion-hl";
export const FOCUSED_CLASS = "suggestion-hl-focused";

// Tailwind classes (this file is scanned): cyan is no verdict's colour; 700 on white and 300 on the
// dark background both pass 3:1 for a non-text mark. The focused one is thicker, with a faint tint.
const BASE = [
  SUGGESTION_CLASS,
  "cursor-pointer underline decoration-dotted decoration-2 underline-offset-[7px] [text-decoration-skip-ink:none]",
  "decoration-cyan-700 dark:decoration-cyan-300",
].join(" ");
const FOCUSED = [FOCUSED_CLASS, "decoration-[3px] rounded-[2px] bg-cyan-600/10 dark:bg-cyan-300/15 scroll-my-32"].join(" ");

function decoration(from: number, to: number, spec: DecoSpec): Decoration {
  return Decoration.inline(
    from,
    to,
    { nodeName: "span", class: spec.focused ? `${BASE} ${FOCUSED}` : BASE, "data-suggestion-id": spec.suggestionId },
    spec,
  );
}

/** The decorations of `suggestions` on `doc` (suggestions whose range holds no text are left out). */
export function buildSuggestionHighlights(doc: PMNode, suggestions: readonly HighlightSuggestion[], focusedId: string | null): DecorationSet {
  const map = textMap(doc);
  const decorations: Decoration[] = [];
  for (const s of suggestions) {
    const r = textToRange(map, s.start, s.end);
    if (r) decorations.push(decoration(r.from, r.to, { suggestionId: s.id, focused: s.id === focusedId }));
  }
  return DecorationSet.create(doc, decorations);
}

/** Redraws one suggestion's decorations with `focused` (no-op when it has none). */
function restyle(set: DecorationSet, doc: PMNode, id: string | null, focused: boolean): DecorationSet {
  if (id === null) return set;
  const found = set.find(undefined, undefined, (spec: DecoSpec) => spec.suggestionId === id);
  if (found.length === 0) return set;
  // remove() nulls out the entries of the array it is given: hand it a copy.
  return set.remove([...found]).add(
    doc,
    found.map((d) => decoration(d.from, d.to, { ...(d.spec as DecoSpec), focused })),
  );
}

function apply(tr: Transaction, value: SuggestionHighlightsState): SuggestionHighlightsState {
  const meta = tr.getMeta(suggestionHighlightsKey) as Meta | undefined;
  if (meta && "suggestions" in meta) {
    const focusedId = meta.focusedId === undefined ? value.focusedId : meta.focusedId;
    return { decorations: buildSuggestionHighlights(tr.doc, meta.suggestions, focusedId), focusedId };
  }
  let decorations = tr.docChanged ? value.decorations.map(tr.mapping, tr.doc) : value.decorations;
  if (meta && meta.focusedId !== value.focusedId) {
    decorations = restyle(decorations, tr.doc, value.focusedId, false);
    decorations = restyle(decorations, tr.doc, meta.focusedId, true);
    return { decorations, focusedId: meta.focusedId };
  }
  return decorations === value.decorations ? value : { decorations, focusedId: value.focusedId };
}

export interface SuggestionHighlightsOptions {
  /** Called with the suggestion whose words were clicked (a click, not the end of a drag selection). */
  onSuggestionClick?: (suggestionId: string) => void;
}

/** The ProseMirror plugin. Feed it suggestions with {@link setHighlightSuggestions}. */
export function suggestionHighlightsPlugin(options: SuggestionHighlightsOptions = {}): Plugin<SuggestionHighlightsState> {
  return new Plugin<SuggestionHighlightsState>({
    key: suggestionHighlightsKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty, focusedId: null }),
      apply,
    },
    props: {
      decorations: (state) => suggestionHighlightsKey.getState(state)?.decorations,
      handleDOMEvents: {
        // A DOM click, so it works in the read-only reading view too.
        click: (view, event) => {
          const id = options.onSuggestionClick ? suggestionAtClick(view.dom, event) : null;
          if (id) options.onSuggestionClick!(id);
          return false;
        },
      },
    },
  });
}

/**
 * The suggestion whose words a click (not the end of a drag selection) landed on, inside the
 * editor's `dom`; null when the click was elsewhere.
 */
export function suggestionAtClick(dom: Element, event: MouseEvent): string | null {
  if (event.button !== 0 || !(event.target instanceof Element)) return null;
  if (typeof window !== "undefined" && window.getSelection()?.isCollapsed === false) return null;
  const span = event.target.closest("[data-suggestion-id]");
  return span && dom.contains(span) ? span.getAttribute("data-suggestion-id") : null;
}

/** Marks `tr` as replacing the highlighted suggestions (and optionally the focused one). */
export function setHighlightSuggestions(tr: Transaction, suggestions: readonly HighlightSuggestion[], focusedId?: string | null): Transaction {
  return tr.setMeta(suggestionHighlightsKey, { suggestions, focusedId } satisfies Meta).setMeta("addToHistory", false);
}

/** Marks `tr` as changing which suggestion is drawn as focused (null: none). */
export function focusSuggestion(tr: Transaction, focusedId: string | null): Transaction {
  return tr.setMeta(suggestionHighlightsKey, { focusedId } satisfies Meta).setMeta("addToHistory", false);
}

/** Where a suggestion's highlight is now (after any edits), as the document range it covers. */
export function suggestionRange(state: EditorState, suggestionId: string): { from: number; to: number } | null {
  const set = suggestionHighlightsKey.getState(state)?.decorations;
  if (!set) return null;
  const found = set.find(undefined, undefined, (spec: DecoSpec) => spec.suggestionId === suggestionId);
  if (found.length === 0) return null;
  return { from: Math.min(...found.map((d) => d.from)), to: Math.max(...found.map((d) => d.to)) };
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    suggestionHighlights: {
      /** Replaces the highlighted suggestions (offsets in the text of the current document). */
      setSuggestionHighlights: (suggestions: readonly HighlightSuggestion[], focusedId?: string | null) => ReturnType;
      /** Draws `suggestionId` as the focused suggestion (null: none). */
      focusSuggestionHighlight: (suggestionId: string | null) => ReturnType;
    };
  }
}

/** The tiptap extension around {@link suggestionHighlightsPlugin}, written like tiptap's own extensions. */
export const SuggestionHighlights = Extension.create<SuggestionHighlightsOptions>({
  name: "suggestionHighlights",

  addOptions() {
    return { onSuggestionClick: undefined };
  },

  addCommands() {
    return {
      setSuggestionHighlights:
        (suggestions, focusedId) =>
        ({ tr, dispatch }) => {
          if (dispatch) setHighlightSuggestions(tr, suggestions, focusedId);
          return true;
        },
      focusSuggestionHighlight:
        (suggestionId) =>
        ({ tr, dispatch }) => {
          if (dispatch) focusSuggestion(tr, suggestionId);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [suggestionHighlightsPlugin({ onSuggestionClick: (id) => this.options.onSuggestionClick?.(id) })];
  },
});
