"use client";
// The article as editors read it in the workbench: a tiptap editor on the article's document,
// read-only unless "edit text" mode is on, with every claim drawn as a highlight by the
// ClaimHighlights plugin (decorations kept in plugin state and mapped through edits). Selecting
// text shows a small toolbar to create a claim from it. Until the editor has mounted in the
// browser the same document is shown server-rendered (ArticleDoc), so the text is there at once.
import type { JSONContent } from "@tiptap/core";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { Loader2Icon, QuoteIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useImperativeHandle, useRef, useState } from "react";
import type * as React from "react";
import { ArticleDoc } from "@/components/articles/article-doc";
import { Button } from "@/components/ui/button";
import { ClaimHighlights, highlightRange, type HighlightClaim } from "@/lib/editor/claim-highlights";
import { articleExtensions } from "@/lib/editor/extensions";
import { SuggestionHighlights, suggestionAtClick, type HighlightSuggestion } from "@/lib/editor/suggestion-highlights";
import { selectionToText, textMap, type TextMap } from "@/lib/editor/text-map";
import { cn } from "@/lib/utils";
import { articleProseClassName, highlightClassName } from "./article-typography";
import { Kbd } from "./kbd";

/** A selection of the shown document as plain-text offsets, with the text they index. */
export interface TextSelection {
  start: number;
  end: number;
  text: string;
}

export interface ReadingViewHandle {
  /** Scrolls the article to a claim's highlight; false when the claim has none. */
  scrollToClaim: (claimId: string, behavior?: ScrollBehavior) => boolean;
  /** The reader's current selection in the article (null when none, or only spaces). */
  selection: () => TextSelection | null;
  clearSelection: () => void;
  /** The document as edited (edit-text mode). */
  getJSON: () => JSONContent | null;
  focus: () => void;
}

export interface ReadingViewProps {
  doc: JSONContent;
  lang?: string;
  /** Accessible name of the article text. */
  label: string;
  highlights: readonly HighlightClaim[];
  selectedId: string | null;
  /** Edit-text mode: the text itself can be changed; highlights follow the edits. */
  editable: boolean;
  /**
   * Keep the highlights as they are (mapped through the edits) instead of redrawing them from
   * `highlights`, whose offsets index the stored text, not the one being edited or saved.
   */
  frozen: boolean;
  /** Show the "Create claim" toolbar on selections (editors, not in edit-text mode). */
  canCreate: boolean;
  creating: boolean;
  onCreateClaim: () => void;
  onClaimClick: (claimId: string) => void;
  /** Claim suggestions drawn apart from claims (lib/editor/suggestion-highlights.ts), and the focused one. */
  suggestions?: readonly HighlightSuggestion[];
  focusedSuggestionId?: string | null;
  onSuggestionClick?: (suggestionId: string) => void;
  /** The document changed in edit-text mode (first change only matters: "unsaved"). */
  onDirty?: () => void;
  ref?: React.Ref<ReadingViewHandle>;
}

// StarterKit's trailing-node plugin would append an empty paragraph after an article that ends
// in a list or a quote on the first transaction (a selection is one): the document must stay
// exactly the stored one, or its text — which claims index — would change under them.
function workbenchExtensions() {
  return articleExtensions().map((ext) => (ext.name === "starterKit" ? ext.configure({ trailingNode: false }) : ext));
}

function sameHighlights(a: readonly HighlightClaim[], b: readonly HighlightClaim[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.id !== y.id || x.start !== y.start || x.end !== y.end || x.color !== y.color) return false;
  }
  return true;
}

/** The DOM selection as document positions, when it lies in the editor. */
function domSelection(view: Editor["view"]): { from: number; to: number } | null {
  const sel = typeof window === "undefined" ? null : window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const { anchorNode, focusNode } = sel;
  if (!anchorNode || !focusNode || !view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return null;
  try {
    const a = view.posAtDOM(anchorNode, sel.anchorOffset);
    const b = view.posAtDOM(focusNode, sel.focusOffset);
    return { from: Math.min(a, b), to: Math.max(a, b) };
  } catch {
    return null;
  }
}

/**
 * The text map of a document, built once per document (documents are immutable: in reading mode
 * the article's never changes, and every selection used to walk its 10,000 words again).
 */
const textMaps = new WeakMap<Editor["state"]["doc"], TextMap>();
function cachedTextMap(doc: Editor["state"]["doc"]): TextMap {
  let map = textMaps.get(doc);
  if (!map) {
    map = textMap(doc);
    textMaps.set(doc, map);
  }
  return map;
}

function currentSelection(editor: Editor): TextSelection | null {
  const range = domSelection(editor.view);
  if (!range) return null;
  const map = cachedTextMap(editor.state.doc);
  const r = selectionToText(map, range.from, range.to);
  return r ? { ...r, text: map.text } : null;
}

const NO_SUGGESTIONS: readonly HighlightSuggestion[] = [];

export function ReadingView({ doc, lang, label, highlights, selectedId, editable, frozen, canCreate, creating, onCreateClaim, onClaimClick, suggestions = NO_SUGGESTIONS, focusedSuggestionId = null, onSuggestionClick, onDirty, ref }: ReadingViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const onClaimClickRef = useRef(onClaimClick);
  const onDirtyRef = useRef(onDirty);
  const selectedRef = useRef(selectedId);
  const onSuggestionClickRef = useRef(onSuggestionClick);
  const focusedSuggestionRef = useRef(focusedSuggestionId);
  useEffect(() => {
    onSuggestionClickRef.current = onSuggestionClick;
    focusedSuggestionRef.current = focusedSuggestionId;
    onClaimClickRef.current = onClaimClick;
    onDirtyRef.current = onDirty;
    selectedRef.current = selectedId;
  });

  // The claims and selection the editor is created with: drawn in its first render.
  const [initial] = useState(() => ({ highlights, selectedId }));
  const [extensions] = useState(() => [
    ...workbenchExtensions(),
    ClaimHighlights.configure({ initialClaims: initial.highlights, initialSelectedId: initial.selectedId }),
    SuggestionHighlights,
  ]);
  const editor = useEditor({
    extensions,
    content: doc,
    editable: false,
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        // Paint containment keeps the article's 10,000 words and 1,000 highlights in a paint
        // layer of their own, reused as they are when something else on the page repaints (the
        // claim panel as the rationale is typed: its frames were 3–4 ms of repainting the text);
        // the clip margin leaves room for the underlines of nested highlights on the last line.
        class: cn(articleProseClassName, highlightClassName, "[contain:paint] [overflow-clip-margin:1rem]"),
        "aria-label": label,
        "aria-readonly": "true",
        "data-testid": "article-editor",
        ...(lang ? { lang } : {}),
      },
    },
  });

  // A click (not the end of a drag) on a highlight opens its claim: of the claims around the
  // clicked words, the shortest one (ProseMirror nests overlapping highlight spans in its own
  // order, so the deepest span is not always the innermost claim).
  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || !(event.target instanceof Element) || window.getSelection()?.isCollapsed === false) return;
      const ids = new Set<string>();
      for (let el = event.target.closest("[data-claim-id]"); el && dom.contains(el); el = el.parentElement?.closest("[data-claim-id]") ?? null) {
        ids.add(el.getAttribute("data-claim-id")!);
      }
      let best: string | null = null;
      let bestLength = Infinity;
      for (const id of ids) {
        const r = ids.size === 1 ? { from: 0, to: 0 } : highlightRange(editor.state, id);
        if (r && r.to - r.from < bestLength) {
          best = id;
          bestLength = r.to - r.from;
        }
      }
      if (best) onClaimClickRef.current(best);
    };
    const onUpdate = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (transaction.docChanged) onDirtyRef.current?.();
    };
    dom.addEventListener("click", onClick);
    editor.on("update", onUpdate);
    return () => {
      dom.removeEventListener("click", onClick);
      editor.off("update", onUpdate);
    };
  }, [editor]);

  // Claims (re)drawn when they change; while frozen (edit-text mode) their offsets no longer index
  // the text shown, so the mapped highlights are kept until the edit is saved or discarded.
  // A claim edit that moves no highlight (a statement, a speaker) gives a new array with the same
  // entries: skip the rebuild then, it would redraw every highlight for nothing.
  const appliedRef = useRef<{ editor: Editor; highlights: readonly HighlightClaim[] } | null>(null);
  useEffect(() => {
    if (!editor || editor.isDestroyed || frozen) return;
    const applied = appliedRef.current ?? { editor, highlights: initial.highlights };
    if (applied && applied.editor === editor && sameHighlights(applied.highlights, highlights)) return;
    editor.commands.setClaimHighlights(highlights, selectedRef.current);
    appliedRef.current = { editor, highlights };
  }, [editor, highlights, frozen, initial]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.commands.selectClaimHighlight(selectedId);
  }, [editor, selectedId]);

  useEffect(() => {
    if (!editor || editor.isDestroyed || frozen) return;
    editor.commands.setSuggestionHighlights(suggestions, focusedSuggestionRef.current);
  }, [editor, suggestions, frozen]);

  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    const onClick = (event: MouseEvent) => {
      const id = suggestionAtClick(dom, event);
      if (id) onSuggestionClickRef.current?.(id);
    };
    dom.addEventListener("click", onClick);
    return () => dom.removeEventListener("click", onClick);
  }, [editor]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.commands.focusSuggestionHighlight(focusedSuggestionId);
  }, [editor, focusedSuggestionId]);

  useEffect(() => {
    if (!editor || editor.isDestroyed || editor.isEditable === editable) return;
    editor.setEditable(editable, false);
    editor.view.dom.setAttribute("aria-readonly", String(!editable));
    if (editable) editor.commands.focus();
  }, [editor, editable]);

  useImperativeHandle(
    ref,
    () => ({
      scrollToClaim: (claimId, behavior = "smooth") => {
        const el = editor?.view.dom.querySelector(`[data-claim-id="${CSS.escape(claimId)}"]`);
        if (!el) return false;
        el.scrollIntoView({ block: "center", behavior });
        return true;
      },
      selection: () => (editor && !editor.isDestroyed ? currentSelection(editor) : null),
      clearSelection: () => window.getSelection()?.removeAllRanges(),
      // Plain objects only: ProseMirror builds attrs with a null prototype, which a server action
      // call cannot serialise (React sends them as temporary references and the server sees "$T").
      getJSON: () => (editor && !editor.isDestroyed ? (JSON.parse(JSON.stringify(editor.getJSON())) as JSONContent) : null),
      focus: () => editor?.commands.focus(),
    }),
    [editor],
  );

  return (
    <div ref={containerRef} className="relative" data-editable={editable || undefined}>
      {editor ? (
        <EditorContent editor={editor} />
      ) : (
        <div aria-busy="true">
          {/* Shown for the moment the editor takes to mount: only the blocks on screen are laid out. */}
          <ArticleDoc doc={doc} lang={lang} className="[&>*]:[contain-intrinsic-size:auto_10rem] [&>*]:[content-visibility:auto]" />
        </div>
      )}
      {editor && canCreate && !editable && <SelectionToolbar editor={editor} containerRef={containerRef} creating={creating} onCreate={onCreateClaim} />}
    </div>
  );
}

interface ToolbarPlace {
  top: number;
  left: number;
  below: boolean;
}

/**
 * "Create claim" next to the reader's selection. Follows the DOM selection (not React state of
 * the whole workbench), shows once the mouse is released, and keeps the selection when clicked.
 * It is placed in the event that changed the selection, not a frame later: waiting for the next
 * animation frame alone could take the whole 16 ms a selection has to show its toolbar in.
 */
function SelectionToolbar({
  editor,
  containerRef,
  creating,
  onCreate,
}: {
  editor: Editor;
  containerRef: React.RefObject<HTMLDivElement | null>;
  creating: boolean;
  onCreate: () => void;
}) {
  const t = useTranslations("workbench");
  const [place, setPlace] = useState<ToolbarPlace | null>(null);

  useEffect(() => {
    let frame = 0;
    let dragging = false;
    const update = () => {
      frame = 0;
      const container = containerRef.current;
      const sel = window.getSelection();
      if (dragging || !container || !sel || sel.rangeCount === 0 || editor.isDestroyed || !currentSelection(editor)) {
        setPlace(null);
        return;
      }
      const rects = sel.getRangeAt(0).getClientRects();
      const first = rects[0];
      if (!first) return setPlace(null);
      const box = container.getBoundingClientRect();
      // Above the first line of the selection, or below it when that would leave the screen.
      const below = first.top < 72;
      const anchor = below ? rects[rects.length - 1]! : first;
      setPlace({
        top: (below ? anchor.bottom : anchor.top) - box.top,
        left: Math.min(Math.max(0, anchor.left - box.left), Math.max(0, box.width - 180)),
        below,
      });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    const now = () => {
      cancelAnimationFrame(frame);
      update();
    };
    const down = (e: MouseEvent) => {
      if (e.button === 0) dragging = true;
      setPlace(null);
    };
    const up = () => {
      if (!dragging) return;
      dragging = false;
      now();
    };
    const dom = editor.view.dom;
    document.addEventListener("selectionchange", now);
    dom.addEventListener("mousedown", down);
    window.addEventListener("mouseup", up);
    window.addEventListener("resize", schedule);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener("selectionchange", now);
      dom.removeEventListener("mousedown", down);
      window.removeEventListener("mouseup", up);
      window.removeEventListener("resize", schedule);
    };
  }, [editor, containerRef]);

  if (!place) return null;
  return (
    <div
      role="toolbar"
      aria-label={t("toolbar.label")}
      data-testid="selection-toolbar"
      className={cn(
        "absolute z-20 flex items-center gap-1 rounded-lg border bg-popover p-1 text-popover-foreground shadow-md animate-pop-in",
        place.below ? "mt-2" : "-translate-y-full -mt-2",
      )}
      style={{ top: place.top, left: place.left }}
      // Clicking the toolbar must not clear the selection it acts on.
      onMouseDown={(e) => e.preventDefault()}
    >
      <Button size="sm" className="h-8 gap-1.5" onClick={onCreate} disabled={creating} aria-keyshortcuts="c">
        {creating ? <Loader2Icon className="animate-spin" aria-hidden /> : <QuoteIcon aria-hidden />}
        {t("toolbar.createClaim")}
        <Kbd className="ml-1 border-primary-foreground/30 bg-primary-foreground/15 text-primary-foreground">C</Kbd>
      </Button>
    </div>
  );
}
