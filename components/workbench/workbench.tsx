"use client";
// The claim workbench (issue 4): the article with its claims highlighted on the left, the claims
// list or the selected claim's panel on the right, and the keyboard driving both — j/k to move
// between claims, c to make one from the selection, 1–9 for verdicts, / to search, e to correct
// the text, ? for help, Esc to close. The article's text is only changed in "edit text" mode,
// which saves a new version and re-anchors every claim on the server.
import type { JSONContent } from "@tiptap/core";
import { CheckCircle2Icon, KeyboardIcon, ListIcon, Loader2Icon, PencilLineIcon, SaveIcon, TriangleAlertIcon, Undo2Icon, XIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { toast } from "sonner";
import { editArticleTextAction } from "@/app/(app)/w/[slug]/articles/[id]/actions";
import { createClaimAction, reattachClaimAction, setVerdictAction } from "@/app/(app)/w/[slug]/claims/actions";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetTitle } from "@/components/ui/sheet";
import { idleState, type ActionState } from "@/lib/actions/state";
import { describe } from "@/lib/anchoring/selectors";
import { verdictProblem } from "@/lib/claims/rules";
import type { ClaimConflictDetails, ClaimDTO, EditTextResult, MemberRef, VerdictDTO } from "@/lib/claims/types";
import type { HighlightClaim } from "@/lib/editor/claim-highlights";
import { cn } from "@/lib/utils";
import { ClaimPanel } from "./claim-panel/claim-panel";
import { ALL_VERDICTS, ClaimsList } from "./claims-list";
import { Kbd } from "./kbd";
import { ReadingView, type ReadingViewHandle } from "./reading-view";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { SidePanelTabs } from "./suggestions/side-panel-tabs";
import { useSuggestions } from "./suggestions/use-suggestions";
import { useShortcuts } from "./use-shortcuts";

export interface WorkbenchProps {
  workspaceSlug: string;
  article: { id: string; title: string; version: number; lang?: string };
  /** The current version's document; claims' offsets index its plain text. */
  doc: JSONContent;
  claims: ClaimDTO[];
  verdicts: VerdictDTO[];
  members: MemberRef[];
  permissions: { canWrite: boolean; canSetVerdict: boolean; canEditText: boolean };
  /** `?claim=` of the URL: opened on arrival. */
  initialClaimId?: string | null;
}

type Mode = "read" | "edit" | "saving" | "refreshing";

interface SavedSummary {
  version: number;
  anchored: number;
  orphaned: number;
}

/** A claim has a place in the shown version when it is anchored on that version. */
const isPlaced = (c: ClaimDTO, version: number) => c.anchorStatus === "anchored" && c.start !== null && c.end !== null && c.anchorVersion === version;

const byTextOrder = (a: ClaimDTO, b: ClaimDTO) => a.start! - b.start! || b.end! - a.end! || a.createdAt.localeCompare(b.createdAt);

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();

// Below Tailwind's xl the claims column does not fit beside a readable text: it becomes a sheet.
const WIDE_QUERY = "(min-width: 80rem)";
const subscribeWide = (onChange: () => void) => {
  const mq = window.matchMedia(WIDE_QUERY);
  mq.addEventListener("change", onChange);
  return () => mq.removeEventListener("change", onChange);
};
const useWide = () =>
  useSyncExternalStore(
    subscribeWide,
    () => window.matchMedia(WIDE_QUERY).matches,
    () => true,
  );

function summarise(result: EditTextResult): SavedSummary {
  const orphaned = result.outcomes.filter((o) => o.method === "orphan").length;
  return { version: result.version, anchored: result.outcomes.length - orphaned, orphaned };
}

export function Workbench({ workspaceSlug, article, doc, claims: initialClaims, verdicts, members, permissions, initialClaimId }: WorkbenchProps) {
  const t = useTranslations("workbench");
  const tErrors = useTranslations("errors");
  const tCommon = useTranslations("common.errors");
  const router = useRouter();
  const readingRef = useRef<ReadingViewHandle>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // Local copy of the claims, replaced whenever the server sends a new list (router.refresh()).
  const [claims, setClaims] = useState(initialClaims);
  const [claimsSource, setClaimsSource] = useState(initialClaims);
  if (claimsSource !== initialClaims) {
    setClaimsSource(initialClaims);
    setClaims(initialClaims);
  }

  const [selectedId, setSelectedId] = useState<string | null>(() => (initialClaimId && initialClaims.some((c) => c.id === initialClaimId) ? initialClaimId : null));
  const [verdictFilter, setVerdictFilter] = useState<string>(ALL_VERDICTS);
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const [helpOpen, setHelpOpen] = useState(false);
  const wide = useWide();
  const [sheetOpen, setSheetOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const [reattachingId, setReattachingId] = useState<string | null>(null);
  const [verdictPendingId, setVerdictPendingId] = useState<string | null>(null);

  const [mode, setMode] = useState<Mode>("read");
  const [dirty, setDirty] = useState(false);
  const [conflictVersion, setConflictVersion] = useState<number | null>(null);
  const [saved, setSaved] = useState<SavedSummary | null>(null);
  const [editSession, setEditSession] = useState(0);
  // A new version arrived from the server: the edit (or the refresh after saving) is over.
  const [shownVersion, setShownVersion] = useState(article.version);
  if (shownVersion !== article.version) {
    setShownVersion(article.version);
    setMode("read");
    setDirty(false);
    setConflictVersion(null);
  }

  // ─── Derived data (recomputed when the claims or filters change, never on a keystroke) ───────
  const verdictsById = useMemo(() => new Map(verdicts.map((v) => [v.id, v])), [verdicts]);
  const shortcutVerdicts = useMemo(() => verdicts.filter((v) => !v.retired).sort((a, b) => a.position - b.position).slice(0, 9), [verdicts]);

  const { placed, orphans } = useMemo(() => {
    const placedList: ClaimDTO[] = [];
    const orphanList: ClaimDTO[] = [];
    for (const c of claims) (isPlaced(c, article.version) ? placedList : orphanList).push(c);
    placedList.sort(byTextOrder);
    return { placed: placedList, orphans: orphanList };
  }, [claims, article.version]);

  const highlights = useMemo<HighlightClaim[]>(
    () => placed.map((c) => ({ id: c.id, start: c.start!, end: c.end!, color: verdictsById.get(c.verdictId)?.color ?? "#6b7280" })),
    [placed, verdictsById],
  );

  const verdictCounts = useMemo(() => {
    const m = new Map<string, number>();
    for (const c of claims) m.set(c.verdictId, (m.get(c.verdictId) ?? 0) + 1);
    return m;
  }, [claims]);

  const matches = useMemo(() => {
    const q = fold(deferredQuery.trim());
    return (c: ClaimDTO) =>
      (verdictFilter === ALL_VERDICTS || c.verdictId === verdictFilter) &&
      (q === "" || fold(c.quote).includes(q) || fold(c.statement).includes(q) || c.speakers.some((s) => fold(s.name).includes(q)) || c.tags.some((tag) => fold(tag).includes(q)));
  }, [deferredQuery, verdictFilter]);
  const shownPlaced = useMemo(() => placed.filter(matches), [placed, matches]);
  const shownOrphans = useMemo(() => orphans.filter(matches), [orphans, matches]);
  const order = useMemo(() => [...shownPlaced, ...shownOrphans], [shownPlaced, shownOrphans]);

  const claimsById = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const selected = selectedId ? (claimsById.get(selectedId) ?? null) : null;
  // The claim j/k continue from once the panel is closed (stays marked in the list).
  const [cursorId, setCursorId] = useState<string | null>(selectedId);

  // ─── Selection ────────────────────────────────────────────────────────────────────────────────
  const select = useCallback(
    (id: string | null, { scroll = true }: { scroll?: boolean } = {}) => {
      setSelectedId(id);
      if (id) {
        setCursorId(id);
        setSheetOpen(true);
      }
      if (id && scroll) requestAnimationFrame(() => readingRef.current?.scrollToClaim(id));
    },
    [setSheetOpen],
  );
  const selectFromList = useCallback((id: string) => select(id), [select]);
  const selectFromText = useCallback((id: string) => select(id, { scroll: false }), [select]);

  // Arriving with ?claim=: scroll to it once the editor has drawn the highlights.
  const initialScrollDone = useRef(false);
  useEffect(() => {
    if (initialScrollDone.current || !selectedId) return;
    let tries = 0;
    const tick = () => {
      if (readingRef.current?.scrollToClaim(selectedId, "auto") || ++tries > 40) initialScrollDone.current = true;
      else setTimeout(tick, 50);
    };
    tick();
  }, [selectedId]);

  const closeSheet = useCallback(
    (open: boolean) => {
      if (open) return;
      setSheetOpen(false);
      select(null);
    },
    [select, setSheetOpen],
  );

  const move = (delta: 1 | -1) => {
    if (order.length === 0) return;
    const from = selectedId ?? cursorId;
    const i = from ? order.findIndex((c) => c.id === from) : -1;
    const next = i < 0 ? (delta === 1 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, i + delta));
    select(order[next]!.id);
  };

  // ─── Mutations ────────────────────────────────────────────────────────────────────────────────
  // The panel hands back the claim it loaded or saved; an unchanged copy must not re-render (and
  // re-highlight) a thousand claims.
  const replaceClaim = useCallback(
    (c: ClaimDTO) =>
      setClaims((prev) => {
        const i = prev.findIndex((x) => x.id === c.id);
        if (i < 0) return [...prev, c];
        if (JSON.stringify(prev[i]) === JSON.stringify(c)) return prev;
        const next = prev.slice();
        next[i] = c;
        return next;
      }),
    [],
  );
  // Claim suggestions of the shown version (their own tab beside the claims, dotted in the text).
  const suggestions = useSuggestions({ workspaceSlug, articleId: article.id, version: article.version, covered: placed, onAccepted: replaceClaim });
  const removeClaim = useCallback(
    (id: string) => {
      setClaims((prev) => prev.filter((x) => x.id !== id));
      if (selectedId === id) select(null);
    },
    [select, selectedId],
  );

  async function run<T>(call: () => Promise<ActionState<T>>): Promise<ActionState<T>> {
    try {
      return await call();
    } catch {
      return { status: "error", code: "internal", formError: tCommon("network") };
    }
  }

  const selectionOrHint = () => {
    const sel = readingRef.current?.selection() ?? null;
    if (!sel) toast.info(t("selectFirst"));
    return sel;
  };

  async function createClaim() {
    if (!permissions.canWrite || mode !== "read" || creating) return;
    const sel = selectionOrHint();
    if (!sel) return;
    const { quote, position } = describe(sel.text, sel.start, sel.end);
    setCreating(true);
    const res = await run(() => createClaimAction(idleState, { workspaceSlug, articleId: article.id, articleVersion: article.version, quote, position }));
    setCreating(false);
    if (res.status !== "success" || !res.data) {
      toast.error(res.formError ?? tCommon("genericNoReference"));
      if (res.code === "conflict") router.refresh();
      return;
    }
    const claim = res.data;
    readingRef.current?.clearSelection();
    replaceClaim(claim);
    select(claim.id, { scroll: false });
    toast.success(t("created"));
  }

  async function reattach(claimId: string) {
    const claim = claimsById.get(claimId);
    if (!claim || !permissions.canWrite || mode !== "read") return;
    const sel = selectionOrHint();
    if (!sel) return;
    const { quote, position } = describe(sel.text, sel.start, sel.end);
    setReattachingId(claimId);
    const res = await run(() =>
      reattachClaimAction(idleState, { workspaceSlug, claimId, expectedVersion: claim.version, articleVersion: article.version, quote, position }),
    );
    setReattachingId(null);
    if (res.status !== "success" || !res.data) {
      toast.error(res.formError ?? tCommon("genericNoReference"));
      const current = (res.details as ClaimConflictDetails | undefined)?.current;
      if (res.code === "conflict" && current) replaceClaim(current);
      return;
    }
    readingRef.current?.clearSelection();
    replaceClaim(res.data);
    select(claimId, { scroll: false });
    toast.success(t("orphans.reattached"));
  }

  /** Brings the panel's verdict section (rationale, evidence) into view, its rationale focused. */
  const showVerdictSection = () =>
    requestAnimationFrame(() => {
      const section = panelRef.current?.querySelector("#claim-verdict-title")?.closest("section");
      const body = panelRef.current?.querySelector('[data-testid="claim-panel-body"]');
      if (!section || !body) return;
      // Scroll the panel only, not the page (scrollIntoView would move the article too).
      body.scrollTo({ top: body.scrollTop + section.getBoundingClientRect().top - body.getBoundingClientRect().top, behavior: "smooth" });
      section.querySelector<HTMLElement>('[contenteditable="true"]')?.focus({ preventScroll: true });
    });

  async function setVerdictByKey(index: number) {
    const verdict = shortcutVerdicts[index];
    if (!selected || !verdict || !permissions.canSetVerdict || verdictPendingId) return;
    if (selected.verdictId === verdict.id) return;
    // The rule is checked here first so the editor learns at once what the verdict still needs.
    const problem = verdictProblem(verdict, selected);
    if (problem) {
      toast.error(tErrors(problem, { verdict: verdict.name }));
      showVerdictSection();
      return;
    }
    setVerdictPendingId(selected.id);
    const res = await run(() => setVerdictAction(idleState, { workspaceSlug, claimId: selected.id, expectedVersion: selected.version, verdictId: verdict.id }));
    setVerdictPendingId(null);
    if (res.status !== "success" || !res.data) {
      toast.error(res.formError ?? tCommon("genericNoReference"));
      const current = (res.details as ClaimConflictDetails | undefined)?.current;
      if (res.code === "conflict" && current) replaceClaim(current);
      if (res.code === "validation") showVerdictSection();
      return;
    }
    replaceClaim(res.data);
    toast.success(t("verdictSet", { verdict: verdict.name }));
  }

  // ─── Edit-text mode ───────────────────────────────────────────────────────────────────────────
  const startEdit = () => {
    if (!permissions.canEditText || mode !== "read") return;
    readingRef.current?.clearSelection();
    setSaved(null);
    setConflictVersion(null);
    setDirty(false);
    setMode("edit");
  };

  const discardEdit = () => {
    setMode("read");
    setDirty(false);
    setConflictVersion(null);
    // A fresh editor on the stored document: the discarded edits and their mapped highlights go.
    setEditSession((n) => n + 1);
  };

  async function saveEdit() {
    const json = readingRef.current?.getJSON();
    if (!json || mode !== "edit") return;
    setMode("saving");
    const res = await run(() => editArticleTextAction(idleState, { workspaceSlug, articleId: article.id, baseVersion: article.version, doc: json }));
    if (res.status !== "success" || !res.data) {
      setMode("edit");
      if (res.code === "conflict") {
        const current = (res.details as { currentVersion?: number } | undefined)?.currentVersion;
        setConflictVersion(current ?? article.version + 1);
      } else toast.error(res.formError ?? tCommon("genericNoReference"));
      return;
    }
    const summary = summarise(res.data);
    setSaved(summary);
    setMode("refreshing");
    toast.success(t("edit.savedToast", { version: summary.version }), { description: t("edit.summary", { anchored: summary.anchored, orphaned: summary.orphaned }) });
    router.refresh();
  }

  const loadLatest = () => {
    discardEdit();
    router.refresh();
  };

  // Unsaved corrections are not lost to a stray reload or a closed tab.
  useEffect(() => {
    if (!dirty || mode === "read") return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty, mode]);

  // ─── Keyboard ─────────────────────────────────────────────────────────────────────────────────
  const digitHandlers = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [String(i + 1), () => void setVerdictByKey(i)]));
  useShortcuts({
    j: () => move(1),
    k: () => move(-1),
    c: () => void createClaim(),
    "/": () => {
      if (selectedId) select(null);
      requestAnimationFrame(() => searchRef.current?.focus());
    },
    e: startEdit,
    "?": () => setHelpOpen(true),
    Escape: () => {
      if (readingRef.current?.selection()) readingRef.current.clearSelection();
      else if (document.activeElement === searchRef.current) searchRef.current?.blur();
      else if (selectedId) select(null);
    },
    ...digitHandlers,
  });

  const onDirty = useCallback(() => setDirty(true), []);
  const reattachRef = useRef(reattach);
  useEffect(() => {
    reattachRef.current = reattach;
  });
  const reattachFromList = useCallback((id: string) => void reattachRef.current(id), []);
  const editing = mode === "edit" || mode === "saving";
  const position = selected ? order.findIndex((c) => c.id === selected.id) : -1;

  const side = (
    <>
      <div className="flex min-h-8 items-center justify-between gap-2">
        <h2 className="text-base font-semibold">
          {selected ? (
            <button type="button" className="rounded-sm text-sm font-medium text-muted-foreground outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring/60" onClick={() => select(null)}>
              {t("panel.back", { count: claims.length })}
            </button>
          ) : (
            <>
              {t("list.title")}
              <span className="ml-2 text-sm font-normal text-muted-foreground tabular-nums">{claims.length}</span>
            </>
          )}
        </h2>
        {selected && position >= 0 && (
          <span className="flex items-center gap-1.5 text-xs text-muted-foreground tabular-nums">
            {t("panel.position", { n: position + 1, total: order.length })}
            <Kbd>J</Kbd>
            <Kbd>K</Kbd>
          </span>
        )}
        <p className="sr-only" aria-live="polite">
          {selected ? t("panel.announce", { n: position + 1, total: order.length, quote: selected.quote.slice(0, 120) }) : ""}
        </p>
      </div>
      {selected && (
        <div className="min-h-0 overflow-hidden rounded-lg border" ref={panelRef}>
          <ClaimPanel
            workspaceSlug={workspaceSlug}
            claim={selected}
            verdicts={verdicts}
            members={members}
            permissions={{ canWrite: permissions.canWrite, canSetVerdict: permissions.canSetVerdict }}
            onClaimChange={replaceClaim}
            onDeleted={removeClaim}
            onClose={() => select(null)}
          />
        </div>
      )}
      {/* Kept mounted while a claim is open: a thousand rows are not rebuilt on every Esc. */}
      <div className={cn("min-h-0", selected ? "hidden" : "grid")}>
        <SidePanelTabs
          workspaceSlug={workspaceSlug}
          controller={suggestions}
          canWrite={permissions.canWrite && mode === "read"}
          claimsList={
            <ClaimsList
              anchored={shownPlaced}
              orphans={shownOrphans}
              total={claims.length}
              verdicts={verdicts}
              verdictsById={verdictsById}
              verdictCounts={verdictCounts}
              verdictFilter={verdictFilter}
              onVerdictFilter={setVerdictFilter}
              query={query}
              onQuery={setQuery}
              searchRef={searchRef}
              // While a claim is open the list is hidden: a constant here lets j/k skip re-rendering it.
              selectedId={selected ? null : cursorId}
              onSelect={selectFromList}
              canWrite={permissions.canWrite && mode === "read"}
              reattachingId={reattachingId}
              onReattach={reattachFromList}
            />
          }
        />
      </div>
    </>
  );

  return (
    <div className={cn("grid grid-cols-1 items-start gap-8", wide && "grid-cols-[minmax(0,1fr)_24rem]")} data-testid="workbench">
      <section className="grid min-w-0 gap-4" aria-label={t("articleLabel")}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-muted-foreground">
            {permissions.canWrite && !editing ? t.rich("hintEditor", { kbd: (chunks) => <Kbd>{chunks}</Kbd> }) : t("hintViewer")}
          </p>
          <div className="ml-auto flex items-center gap-2">
            {permissions.canEditText && !editing && (
              <Button variant="outline" size="sm" onClick={startEdit} disabled={mode !== "read"} aria-keyshortcuts="e" data-testid="edit-text">
                <PencilLineIcon aria-hidden />
                {t("edit.button")}
              </Button>
            )}
            {!wide && (
              <Button variant="outline" size="sm" onClick={() => setSheetOpen(true)} data-testid="open-claims">
                <ListIcon aria-hidden />
                {t("list.title")}
                <span className="text-muted-foreground tabular-nums">{claims.length}</span>
              </Button>
            )}
            <Button variant="ghost" size="sm" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
              <KeyboardIcon aria-hidden />
              <span className="sr-only sm:not-sr-only">{t("shortcuts.open")}</span>
            </Button>
          </div>
        </div>

        {editing && (
          <div className="sticky top-16 z-10 grid gap-3 rounded-lg border border-primary/30 bg-background/95 p-3 shadow-sm backdrop-blur" role="region" aria-label={t("edit.regionLabel")} data-testid="edit-bar">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p className="flex items-start gap-2 text-sm">
                <PencilLineIcon className="mt-0.5 size-4 shrink-0 text-primary" aria-hidden />
                <span>{t("edit.banner")}</span>
              </p>
              <div className="flex items-center gap-2">
                <Button variant="ghost" size="sm" onClick={discardEdit} disabled={mode === "saving"}>
                  <Undo2Icon aria-hidden />
                  {t("edit.discard")}
                </Button>
                <Button size="sm" onClick={() => void saveEdit()} disabled={mode === "saving" || !dirty || conflictVersion !== null} aria-busy={mode === "saving" || undefined} data-testid="save-text">
                  {mode === "saving" ? <Loader2Icon className="animate-spin" aria-hidden /> : <SaveIcon aria-hidden />}
                  {mode === "saving" ? t("edit.saving") : t("edit.save")}
                </Button>
              </div>
            </div>
            {conflictVersion !== null && (
              <Alert variant="destructive" data-testid="edit-conflict">
                <TriangleAlertIcon aria-hidden />
                <AlertTitle>{t("edit.conflictTitle")}</AlertTitle>
                <AlertDescription>
                  <p>{t("edit.conflictBody", { version: conflictVersion })}</p>
                  <Button variant="outline" size="sm" className="mt-2" onClick={loadLatest}>
                    {t("edit.loadLatest")}
                  </Button>
                </AlertDescription>
              </Alert>
            )}
          </div>
        )}

        {saved && mode === "read" && (
          <Alert data-testid="edit-outcome">
            <CheckCircle2Icon aria-hidden className="text-success" />
            <AlertTitle>{t("edit.savedTitle", { version: saved.version })}</AlertTitle>
            <AlertDescription>
              <p>{t("edit.summary", { anchored: saved.anchored, orphaned: saved.orphaned })}</p>
            </AlertDescription>
            <Button variant="ghost" size="icon" className="absolute top-2 right-2 size-7" onClick={() => setSaved(null)} aria-label={t("edit.dismiss")}>
              <XIcon aria-hidden />
            </Button>
          </Alert>
        )}

        <div className={cn("rounded-lg transition-shadow", editing && "ring-2 ring-primary/30 ring-offset-8 ring-offset-background")}>
          <ReadingView
            key={`${article.version}:${editSession}`}
            ref={readingRef}
            doc={doc}
            lang={article.lang}
            label={editing ? t("edit.editorLabel", { title: article.title }) : t("readerLabel", { title: article.title })}
            highlights={highlights}
            selectedId={selectedId}
            editable={editing}
            frozen={mode !== "read"}
            canCreate={permissions.canWrite}
            creating={creating}
            onCreateClaim={() => void createClaim()}
            onClaimClick={selectFromText}
            suggestions={suggestions.highlights}
            focusedSuggestionId={suggestions.focusedId}
            onSuggestionClick={(id) => {
              select(null);
              setSheetOpen(true);
              suggestions.focusFromText(id);
            }}
            onDirty={onDirty}
          />
        </div>
      </section>

      {wide ? (
        <aside
          className="sticky top-20 grid h-[calc(100dvh-6rem)] min-h-0 grid-rows-[auto_minmax(0,1fr)] gap-3"
          aria-label={t("sideLabel")}
          data-testid="claims-side"
        >
          {side}
        </aside>
      ) : (
        <Sheet open={sheetOpen} onOpenChange={closeSheet}>
          <SheetContent
            className="inset-y-0 right-0 left-auto grid w-[26rem] grid-rows-[auto_minmax(0,1fr)] gap-3 border-r-0 border-l bg-background p-4 pt-12 text-foreground data-[state=closed]:animate-fade-out data-[state=open]:animate-fade-in"
            aria-describedby={undefined}
            data-workbench-side
            data-testid="claims-side"
          >
            <SheetTitle className="sr-only">{t("sideLabel")}</SheetTitle>
            {side}
          </SheetContent>
        </Sheet>
      )}

      <ShortcutsDialog
        open={helpOpen}
        onOpenChange={setHelpOpen}
        shortcutVerdicts={shortcutVerdicts}
        canWrite={permissions.canWrite}
        canSetVerdict={permissions.canSetVerdict}
        canEditText={permissions.canEditText}
      />
    </div>
  );
}
