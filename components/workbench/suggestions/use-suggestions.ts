"use client";
// The workbench's suggestions state: the open suggestions of the version shown (loaded once the
// page is there, polled while the background run for a new version is still under way), which
// one has the focus, whether they are drawn in the text, and the three decisions — accept, edit
// then accept, dismiss — plus "Suggest claims". The workbench passes `highlights` to the reading
// view and renders <SuggestionsSection> with the rest.
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";

import {
  acceptSuggestionAction,
  dismissSuggestionAction,
  listSuggestionsAction,
  runSuggestionsAction,
} from "@/app/(app)/w/[slug]/articles/[id]/suggestion-actions";
import { idleState, type ActionState } from "@/lib/actions/state";
import type { ClaimDTO, Quantity } from "@/lib/claims/types";
import type { HighlightSuggestion } from "@/lib/editor/suggestion-highlights";
import { overlaps } from "@/lib/suggestions/shape";
import type { SuggestionDTO } from "@/lib/suggestions/types";

/** What "Edit & accept" sends: the fields the editor changed (absent ones take the suggestion's). */
export interface SuggestionEdit {
  statement?: string;
  speakerIds?: string[];
  newSpeaker?: { name: string; description: string | null } | null;
  quantities?: Quantity[];
}

export type SidePanelTab = "claims" | "suggestions";

/** How often, and how many times, a pending background run is looked at again. */
const POLL_MS = 1500;
const POLL_TRIES = 40;

export interface SuggestionsController {
  /** Open suggestions of `version`, in text order. */
  list: readonly SuggestionDTO[];
  /** The version the list belongs to (null before the first load). */
  version: number | null;
  status: "loading" | "ready" | "error";
  /** A background run for this version is queued or running. */
  pending: boolean;
  running: boolean;
  /** The suggestion an action is under way for. */
  busyId: string | null;
  show: boolean;
  setShow: (show: boolean) => void;
  tab: SidePanelTab;
  setTab: (tab: SidePanelTab) => void;
  focusedId: string | null;
  /** Focuses a suggestion (null: none); `scroll` brings its words into view in the article. */
  focus: (id: string | null, options?: { scroll?: boolean }) => void;
  /** A click on a suggestion's words: shows it in the list. */
  focusFromText: (id: string) => void;
  /** What the reading view draws: empty while hidden or when the list is another version's. */
  highlights: readonly HighlightSuggestion[];
  reload: () => void;
  run: () => Promise<void>;
  accept: (id: string, edit?: SuggestionEdit) => Promise<ActionState<unknown>>;
  dismiss: (id: string) => Promise<void>;
}

/** Brings a suggestion's words into view in the article (they are spans the plugin draws). */
export function scrollToSuggestion(id: string, behavior: ScrollBehavior = "smooth"): boolean {
  const el = document.querySelector(`[data-testid="article-editor"] [data-suggestion-id="${CSS.escape(id)}"]`);
  if (!el) return false;
  el.scrollIntoView({ block: "center", behavior });
  return true;
}

export function useSuggestions({
  workspaceSlug,
  articleId,
  version,
  covered,
  onAccepted,
}: {
  workspaceSlug: string;
  articleId: string;
  /** The version the workbench shows. */
  version: number;
  /**
   * Where the version's claims are: a suggestion a claim now covers (made by hand since the list
   * was loaded) is done, and leaves the list and the text.
   */
  covered?: readonly { start: number | null; end: number | null }[];
  /** A suggestion became this claim: the workbench adds it to its claims. */
  onAccepted?: (claim: ClaimDTO) => void;
}): SuggestionsController {
  const t = useTranslations("suggestions");
  const tCommon = useTranslations("common.errors");
  const [loaded, setLoaded] = useState<readonly SuggestionDTO[]>([]);
  const [listVersion, setListVersion] = useState<number | null>(null);
  const [status, setStatus] = useState<SuggestionsController["status"]>("loading");
  const [pending, setPending] = useState(false);
  const [running, setRunning] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [show, setShow] = useState(true);
  const [tab, setTab] = useState<SidePanelTab>("claims");
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const list = useMemo(() => {
    const spans = (covered ?? []).flatMap((c) => (c.start !== null && c.end !== null ? [{ start: c.start, end: c.end }] : []));
    return spans.length === 0 ? loaded : loaded.filter((s) => !spans.some((c) => overlaps(s, c)));
  }, [loaded, covered]);
  const onAcceptedRef = useRef(onAccepted);
  useEffect(() => {
    onAcceptedRef.current = onAccepted;
  });

  const call = useCallback(
    async <T,>(action: () => Promise<ActionState<T>>): Promise<ActionState<T>> => {
      try {
        return await action();
      } catch {
        return { status: "error", code: "internal", formError: tCommon("network") };
      }
    },
    [tCommon],
  );

  // Load (and, while a background run is pending, poll) the version's suggestions.
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    const load = async () => {
      const res = await call(() => listSuggestionsAction(idleState, { workspaceSlug, articleId, version }));
      if (cancelled) return;
      if (res.status !== "success" || !res.data) {
        setStatus("error");
        return;
      }
      setLoaded(res.data.suggestions);
      setListVersion(res.data.version);
      setPending(res.data.pending);
      setStatus("ready");
      if (res.data.pending && ++tries < POLL_TRIES) timer = setTimeout(() => void load(), POLL_MS);
    };
    void load();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [call, workspaceSlug, articleId, version, reloads]);

  const reload = useCallback(() => {
    setStatus("loading");
    setReloads((n) => n + 1);
  }, []);

  const focus = useCallback((id: string | null, { scroll = true }: { scroll?: boolean } = {}) => {
    setFocusedId(id);
    if (id && scroll) requestAnimationFrame(() => scrollToSuggestion(id));
  }, []);

  const focusFromText = useCallback(
    (id: string) => {
      setTab("suggestions");
      focus(id, { scroll: false });
    },
    [focus],
  );

  // The lists as last rendered, for decisions that need them outside a state updater.
  const listRef = useRef({ loaded, shown: list });
  useEffect(() => {
    listRef.current = { loaded, shown: list };
  });

  /** Drops a decided suggestion and hands the focus to the next one (or the previous). */
  const remove = useCallback((id: string) => {
    const { loaded: all, shown } = listRef.current;
    const i = shown.findIndex((s) => s.id === id);
    const next = shown.filter((s) => s.id !== id);
    listRef.current = { loaded: all.filter((s) => s.id !== id), shown: next };
    setLoaded(listRef.current.loaded);
    setFocusedId((current) => (current === id ? (next[Math.min(Math.max(i, 0), next.length - 1)]?.id ?? null) : current));
  }, []);

  const run = useCallback(async () => {
    if (running) return;
    setRunning(true);
    const res = await call(() => runSuggestionsAction(idleState, { workspaceSlug, articleId, version }));
    setRunning(false);
    if (res.status !== "success" || !res.data) {
      toast.error(res.formError ?? tCommon("genericNoReference"));
      return;
    }
    const { run: result, list: fresh } = res.data;
    setLoaded(fresh.suggestions);
    setListVersion(fresh.version);
    setPending(fresh.pending);
    setStatus("ready");
    setShow(true);
    toast.success(t("ran", { stored: result.status === "done" ? result.stored : 0 }));
  }, [running, call, workspaceSlug, articleId, version, t, tCommon]);

  const accept = useCallback(
    async (id: string, edit?: SuggestionEdit): Promise<ActionState<unknown>> => {
      setBusyId(id);
      const res = await call(() => acceptSuggestionAction(idleState, { workspaceSlug, suggestionId: id, ...edit }));
      setBusyId(null);
      if (res.status !== "success" || !res.data) {
        // The edit dialog shows field errors itself; anything else is a toast.
        if (!edit || !res.fieldErrors) toast.error(res.formError ?? tCommon("genericNoReference"));
        if (res.code === "conflict" || res.code === "not_found") remove(id);
        return res;
      }
      remove(id);
      onAcceptedRef.current?.(res.data.claim);
      toast.success(t("accepted"));
      return res;
    },
    [call, workspaceSlug, remove, t, tCommon],
  );

  const dismiss = useCallback(
    async (id: string) => {
      setBusyId(id);
      const res = await call(() => dismissSuggestionAction(idleState, { workspaceSlug, suggestionId: id }));
      setBusyId(null);
      if (res.status !== "success") {
        toast.error(res.formError ?? tCommon("genericNoReference"));
        if (res.code === "conflict" || res.code === "not_found") remove(id);
        return;
      }
      remove(id);
      toast.success(t("dismissed"));
    },
    [call, workspaceSlug, remove, t, tCommon],
  );

  const highlights = useMemo<HighlightSuggestion[]>(
    () => (show && listVersion === version ? list.map((s) => ({ id: s.id, start: s.start, end: s.end })) : []),
    [show, list, listVersion, version],
  );

  return {
    list,
    version: listVersion,
    status,
    pending,
    running,
    busyId,
    show,
    setShow,
    tab,
    setTab,
    focusedId,
    focus,
    focusFromText,
    highlights,
    reload,
    run,
    accept,
    dismiss,
  };
}
