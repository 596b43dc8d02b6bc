// Claim highlights in the article editor: one inline decoration per anchored claim, coloured by
// its verdict. The decorations live in plugin state and are mapped through every transaction
// (an edit in "edit text" mode moves them with the text, a deletion of a claim's words removes
// its highlight); they are rebuilt from the claims' text offsets only when a transaction says
// the claims changed, and only the two claims concerned are redrawn when the selected one does.
//
// Each decoration is its own <span> (`nodeName`), so overlapping and nested claims stack instead
// of merging into one element: their translucent backgrounds add up, and each nesting level draws
// its underline a little lower, so an inner claim stays visible inside an outer one.
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import { textMap, textToRange } from "./text-map";

/** What the highlights need of a claim: its place in the article's plain text and a colour. */
export interface HighlightClaim {
  id: string;
  /** Plain-text offsets (UTF-16, end exclusive) in the text of the document the editor shows. */
  start: number;
  end: number;
  /** The verdict's colour, #rrggbb (anything else falls back to grey). */
  color: string;
}

interface DecoSpec {
  claimId: string;
  color: string;
  level: number;
  selected: boolean;
}

export interface ClaimHighlightsState {
  decorations: DecorationSet;
  selectedId: string | null;
}

type Meta = { claims: readonly HighlightClaim[]; selectedId?: string | null } | { selectedId: string | null };

export const claimHighlightsKey = new PluginKey<ClaimHighlightsState>("claimHighlights");

/** Class on every highlight span; `claim-hl-selected` marks the selected claim's. */
export const HIGHLIGHT_CLASS = "claim-hl";
export const SELECTED_CLASS = "claim-hl-selected";
/** Underline offsets repeat after this many nesting levels (line height leaves room for four). */
const LEVELS = 4;

const HEX = /^#[0-9a-f]{6}$/i;
const safeColor = (c: string) => (HEX.test(c) ? c : "#6b7280");

function decoration(from: number, to: number, spec: DecoSpec): Decoration {
  const c = spec.color;
  const level = spec.level % LEVELS;
  const style = spec.selected
    ? `--claim-color:${c};background-color:color-mix(in srgb, ${c} 38%, transparent);text-decoration:underline 3px ${c};text-underline-offset:${3 + 3 * level}px;text-decoration-skip-ink:none`
    : `--claim-color:${c};background-color:color-mix(in srgb, ${c} 16%, transparent);text-decoration:underline 2px color-mix(in srgb, ${c} 75%, transparent);text-underline-offset:${3 + 3 * level}px;text-decoration-skip-ink:none`;
  return Decoration.inline(
    from,
    to,
    {
      nodeName: "span",
      class: spec.selected ? `${HIGHLIGHT_CLASS} ${SELECTED_CLASS}` : HIGHLIGHT_CLASS,
      "data-claim-id": spec.claimId,
      "data-level": String(level),
      style,
    },
    spec,
  );
}

/**
 * Nesting level of each claim: the lowest level no claim still open at its start uses (claims
 * sorted by start, longer first, so an enclosing claim gets the lower level).
 */
function levels(ranges: { id: string; from: number; to: number }[]): Map<string, number> {
  const sorted = [...ranges].sort((a, b) => a.from - b.from || b.to - a.to);
  const open: { to: number; level: number }[] = [];
  const out = new Map<string, number>();
  for (const r of sorted) {
    for (let i = open.length - 1; i >= 0; i--) if (open[i]!.to <= r.from) open.splice(i, 1);
    const used = new Set(open.map((o) => o.level));
    let level = 0;
    while (used.has(level)) level++;
    open.push({ to: r.to, level });
    out.set(r.id, level);
  }
  return out;
}

/** The decorations of `claims` on `doc` (claims whose range holds no text are left out). */
export function buildHighlights(doc: PMNode, claims: readonly HighlightClaim[], selectedId: string | null): DecorationSet {
  const map = textMap(doc);
  const ranges: { id: string; from: number; to: number; color: string }[] = [];
  for (const c of claims) {
    const r = textToRange(map, c.start, c.end);
    if (r) ranges.push({ id: c.id, from: r.from, to: r.to, color: safeColor(c.color) });
  }
  const lv = levels(ranges);
  return DecorationSet.create(
    doc,
    ranges.map((r) => decoration(r.from, r.to, { claimId: r.id, color: r.color, level: lv.get(r.id) ?? 0, selected: r.id === selectedId })),
  );
}

/** Redraws one claim's decorations with `selected` (no-op when it has none). */
function restyle(set: DecorationSet, doc: PMNode, id: string | null, selected: boolean): DecorationSet {
  if (id === null) return set;
  const found = set.find(undefined, undefined, (spec: DecoSpec) => spec.claimId === id);
  if (found.length === 0) return set;
  // remove() nulls out the entries of the array it is given: hand it a copy.
  return set.remove([...found]).add(
    doc,
    found.map((d) => decoration(d.from, d.to, { ...(d.spec as DecoSpec), selected })),
  );
}

function apply(tr: Transaction, value: ClaimHighlightsState): ClaimHighlightsState {
  const meta = tr.getMeta(claimHighlightsKey) as Meta | undefined;
  if (meta && "claims" in meta) {
    const selectedId = meta.selectedId === undefined ? value.selectedId : meta.selectedId;
    return { decorations: buildHighlights(tr.doc, meta.claims, selectedId), selectedId };
  }
  let decorations = tr.docChanged ? value.decorations.map(tr.mapping, tr.doc) : value.decorations;
  if (meta && meta.selectedId !== value.selectedId) {
    decorations = restyle(decorations, tr.doc, value.selectedId, false);
    decorations = restyle(decorations, tr.doc, meta.selectedId, true);
    return { decorations, selectedId: meta.selectedId };
  }
  return decorations === value.decorations ? value : { decorations, selectedId: value.selectedId };
}

/** The innermost claim under a click: the deepest highlight span around the event's target. */
function claimAtEvent(view: EditorView, event: MouseEvent): string | null {
  const target = event.target;
  if (!(target instanceof Element)) return null;
  const span = target.closest(`[data-claim-id]`);
  return span && view.dom.contains(span) ? span.getAttribute("data-claim-id") : null;
}

export interface ClaimHighlightsOptions {
  /** Called with the claim whose highlight was clicked (a click, not the end of a drag selection). */
  onClaimClick?: (claimId: string) => void;
  /**
   * Claims drawn from the first render, so a large article is not drawn once bare and again
   * highlighted (offsets in the text of the initial document).
   */
  initialClaims?: readonly HighlightClaim[];
  initialSelectedId?: string | null;
}

/** The ProseMirror plugin. Feed it claims with {@link setHighlightClaims}. */
export function claimHighlightsPlugin(options: ClaimHighlightsOptions = {}): Plugin<ClaimHighlightsState> {
  return new Plugin<ClaimHighlightsState>({
    key: claimHighlightsKey,
    state: {
      init: (_config, state) => {
        const selectedId = options.initialSelectedId ?? null;
        const claims = options.initialClaims ?? [];
        return { decorations: claims.length > 0 ? buildHighlights(state.doc, claims, selectedId) : DecorationSet.empty, selectedId };
      },
      apply,
    },
    props: {
      decorations: (state) => claimHighlightsKey.getState(state)?.decorations,
      handleClick: (view, _pos, event) => {
        if (!view.state.selection.empty || !options.onClaimClick) return false;
        const id = claimAtEvent(view, event);
        if (id) options.onClaimClick(id);
        return false;
      },
    },
  });
}

/** Marks `tr` as replacing the highlighted claims (and optionally the selected one). */
export function setHighlightClaims(tr: Transaction, claims: readonly HighlightClaim[], selectedId?: string | null): Transaction {
  return tr.setMeta(claimHighlightsKey, { claims, selectedId } satisfies Meta).setMeta("addToHistory", false);
}

/** Marks `tr` as changing which claim is drawn as selected (null: none). */
export function selectHighlight(tr: Transaction, selectedId: string | null): Transaction {
  return tr.setMeta(claimHighlightsKey, { selectedId } satisfies Meta).setMeta("addToHistory", false);
}

/** Where a claim's highlight is now (after any edits), as the document range it covers. */
export function highlightRange(state: EditorState, claimId: string): { from: number; to: number } | null {
  const set = claimHighlightsKey.getState(state)?.decorations;
  if (!set) return null;
  const found = set.find(undefined, undefined, (spec: DecoSpec) => spec.claimId === claimId);
  if (found.length === 0) return null;
  return { from: Math.min(...found.map((d) => d.from)), to: Math.max(...found.map((d) => d.to)) };
}

/** Every claim highlighted at least in part in [from, to], innermost (shortest) first. */
export function highlightsAt(state: EditorState, from: number, to = from): string[] {
  const set = claimHighlightsKey.getState(state)?.decorations;
  if (!set) return [];
  const spans = new Map<string, number>();
  for (const d of set.find(from, to)) {
    const id = (d.spec as DecoSpec).claimId;
    spans.set(id, Math.min(spans.get(id) ?? Infinity, d.to - d.from));
  }
  return [...spans.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    claimHighlights: {
      /** Replaces the highlighted claims (offsets in the text of the current document). */
      setClaimHighlights: (claims: readonly HighlightClaim[], selectedId?: string | null) => ReturnType;
      /** Draws `claimId` as the selected claim (null: none). */
      selectClaimHighlight: (claimId: string | null) => ReturnType;
    };
  }
}

/** The tiptap extension around {@link claimHighlightsPlugin}, written like tiptap's own extensions. */
export const ClaimHighlights = Extension.create<ClaimHighlightsOptions>({
  name: "claimHighlights",

  addOptions() {
    return { onClaimClick: undefined, initialClaims: undefined, initialSelectedId: undefined };
  },

  addCommands() {
    return {
      setClaimHighlights:
        (claims, selectedId) =>
        ({ tr, dispatch }) => {
          if (dispatch) setHighlightClaims(tr, claims, selectedId);
          return true;
        },
      selectClaimHighlight:
        (claimId) =>
        ({ tr, dispatch }) => {
          if (dispatch) selectHighlight(tr, claimId);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      claimHighlightsPlugin({
        onClaimClick: (id) => this.options.onClaimClick?.(id),
        initialClaims: this.options.initialClaims,
        initialSelectedId: this.options.initialSelectedId,
      }),
    ];
  },
});
