"use client";
// The claim panel: the side panel of the reading view where an editor fills in a claim — its
// statement, speakers, dates, tags, figures, verdict with rationale, and evidence — and where a
// viewer reads all of it.
//
// Saving is explicit, per section ("Save details", "Save verdict"; Ctrl/⌘+S saves both), and
// every save names the version the editor started from. When someone else saved in between, the
// server answers "conflict" with the current claim and the conflict dialog shows both sides
// (claim-draft.ts holds the pure logic). Unsaved edits survive switching to another claim and
// back, and leaving the page asks first.
import { AlertTriangleIcon, CheckIcon, Loader2Icon, MoreHorizontalIcon, PlusIcon, RotateCcwIcon, Trash2Icon, XIcon } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";

import { ClaimLinks } from "@/components/claim-relations/claim-links";
import type * as React from "react";
import { memo, startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";

import { deleteClaimAction, getClaimDetailAction, setVerdictAction, updateClaimAction } from "@/app/(app)/w/[slug]/claims/actions";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { VerdictBadge } from "@/components/verdicts/verdict-badge";
import { idleState, type ActionState } from "@/lib/actions/state";
import { MAX_STATEMENT } from "@/lib/claims/schemas";
import type { AnchorEventDTO, ClaimDetailDTO, ClaimDTO, EvidenceDTO, MemberRef, VerdictChangeDTO, VerdictDTO } from "@/lib/claims/types";
import { cn } from "@/lib/utils";

import { AddEvidenceForm } from "./add-evidence-form";
import { ChangedMark } from "./changed-mark";
import {
  adoptIncoming,
  changedFields,
  DETAIL_FIELDS,
  diffConflict,
  draftOf,
  isHttpUrl,
  parseQuantities,
  patchFor,
  rebaseDraft,
  VERDICT_FIELDS,
  type ClaimDraft,
  type ClaimField,
} from "./claim-draft";
import { ConflictDialog, type ConflictView } from "./conflict-dialog";
import { DetailsForm, DetailsView, type DetailErrors } from "./details-section";
import { createEditStore, type Edit, type EditStore } from "./edit-store";
import { EvidenceList } from "./evidence-section";
import { AnchorHistory, Collapsible, VerdictHistory } from "./histories";
import { PendingButton } from "./pending-button";
import { Quoted } from "./quoted";
import { safeAction } from "./safe-action";
import { useSession, useShownEdit } from "./use-edit-store";
import { useStableHandler } from "./use-stable-handler";
import { draftVerdictProblem, VerdictForm } from "./verdict-section";

// Parts of the panel drawn again only when their own props change: a keystroke in the statement
// re-renders the panel, not the links, histories or dialogs below it.
const ClaimLinksPart = memo(ClaimLinks);

export interface ClaimPanelProps {
  workspaceSlug: string;
  claim: ClaimDTO;
  verdicts: VerdictDTO[];
  members: MemberRef[];
  permissions: { canWrite: boolean; canSetVerdict: boolean };
  /** A newer copy of the claim (after a save, or one adopted from the server). */
  onClaimChange: (claim: ClaimDTO) => void;
  onDeleted: (id: string) => void;
  onClose: () => void;
}

type Section = "details" | "verdict";
interface Detail {
  evidence: EvidenceDTO[];
  history: VerdictChangeDTO[];
  anchorEvents: AnchorEventDTO[];
}
interface SectionStatus {
  state: "idle" | "saving" | "saved" | "error";
  formError?: string;
  fieldErrors?: Record<string, string[]>;
}
interface PendingConflict {
  section: Section;
  started: ClaimDTO;
  current: ClaimDTO;
}

/** Unsaved edits of claims the panel was switched away from, restored when they come back. */
const parked = new Map<string, Edit>();

/** Server field names → the panel's. */
const SERVER_FIELD: Record<string, ClaimField> = { speakerIds: "speakers", assigneeId: "assignee" };

function firstErrors(fieldErrors: Record<string, string[]> | undefined): Partial<Record<ClaimField, string>> {
  const out: Partial<Record<ClaimField, string>> = {};
  for (const [k, v] of Object.entries(fieldErrors ?? {})) {
    const field = SERVER_FIELD[k] ?? (k as ClaimField);
    if (v[0]) out[field] = v[0];
  }
  return out;
}

export function ClaimPanel(props: ClaimPanelProps) {
  // One editing session per claim: switching claims starts (or restores) that claim's session.
  return <ClaimPanelSession key={props.claim.id} {...props} />;
}

function ClaimPanelSession({ workspaceSlug, claim, verdicts, members, permissions, onClaimChange, onDeleted, onClose }: ClaimPanelProps) {
  const t = useTranslations("claimPanel");
  const tc = useTranslations("common");
  const tr = useTranslations("relations");
  const { canWrite, canSetVerdict } = permissions;
  const claimId = claim.id;

  // The session: `store.get()` is the latest edit (saves read it), `edit` what the panel renders
  // (behind it while the rationale is typed: the parts showing the rationale's marks follow it on
  // their own, see edit-store.ts).
  const [store] = useState(() => {
    const p = parked.get(claim.id);
    if (!p) return createEditStore({ started: claim, draft: draftOf(claim) });
    const adopted = adoptIncoming(p.started, p.draft, claim);
    return createEditStore(adopted ? { started: adopted.started, draft: adopted.draft } : p);
  });
  const edit = useSession(store);
  const commit = store.set;

  const [detail, setDetail] = useState<Detail | null>(null);
  const [detailError, setDetailError] = useState<string | null>(null);
  const [status, setStatus] = useState<Record<Section, SectionStatus>>({ details: { state: "idle" }, verdict: { state: "idle" } });
  const [showErrors, setShowErrors] = useState(false);
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const [adding, setAdding] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const onClaimChangeRef = useRef(onClaimChange);
  const tRef = useRef(t);
  useEffect(() => {
    onClaimChangeRef.current = onClaimChange;
    tRef.current = t;
  });

  /** A copy of the claim from the server that is not the answer to our own save. */
  const takeIncoming = useCallback(
    (incoming: ClaimDTO) => {
      const cur = store.get();
      const adopted = adoptIncoming(cur.started, cur.draft, incoming);
      if (!adopted) {
        if (incoming.version > cur.started.version) setNotice(incoming.updatedBy?.name ?? "");
        return;
      }
      if (adopted.started.version === cur.started.version && adopted.theirs.length === 0 && adopted.started.evidenceCount === cur.started.evidenceCount) return;
      commit({ started: adopted.started, draft: adopted.draft });
      setNotice(null);
      if (adopted.theirs.length > 0) {
        const tr = tRef.current;
        toast.info(tr("adopted", { name: incoming.updatedBy?.name ?? tr("someone"), fields: adopted.theirs.map((f) => tr(`fields.${f}`)).join(", ") }));
      }
      if (adopted.started.version !== cur.started.version || adopted.started.evidenceCount !== cur.started.evidenceCount) onClaimChangeRef.current(adopted.started);
    },
    [commit, store],
  );

  // The reading view handed us a newer copy (its own refresh): taken before the browser paints,
  // laid over the latest edit (the rationale being typed included).
  const seenProp = useRef(claim);
  useLayoutEffect(() => {
    if (claim === seenProp.current) return;
    seenProp.current = claim;
    const cur = store.get();
    const adopted = adoptIncoming(cur.started, cur.draft, claim);
    if (adopted && (adopted.started.version !== cur.started.version || adopted.theirs.length > 0)) commit({ started: adopted.started, draft: adopted.draft });
  }, [claim, store, commit]);

  const applyDetail = useCallback(
    (res: ActionState<ClaimDetailDTO>) => {
      if (res.status !== "success" || !res.data) {
        setDetailError(res.formError ?? "");
        return;
      }
      const { evidence, history, anchorEvents, ...fresh } = res.data;
      // The evidence and histories are drawn as a transition: they often arrive while the editor
      // is already typing (the panel just opened), and a keystroke must not wait for that render.
      startTransition(() => {
        setDetail({ evidence, history, anchorEvents });
        setDetailError(null);
      });
      takeIncoming(fresh);
    },
    [takeIncoming],
  );
  const loadDetail = useCallback(() => getClaimDetailAction(idleState, { workspaceSlug, claimId }) as Promise<ActionState<ClaimDetailDTO>>, [workspaceSlug, claimId]);
  const refresh = useCallback(() => loadDetail().then(applyDetail, () => setDetailError("")), [loadDetail, applyDetail]);

  useEffect(() => {
    loadDetail().then(applyDetail, () => setDetailError(""));
  }, [loadDetail, applyDetail]);

  // Snapshots of linked pages are captured in the background: look again until they are done.
  const pendingSnapshots = detail?.evidence.some((e) => e.snapshotStatus === "pending") ?? false;
  const polls = useRef(0);
  useEffect(() => {
    if (!pendingSnapshots || polls.current > 40) return;
    const timer = setTimeout(() => {
      polls.current += 1;
      void refresh();
    }, 3000);
    return () => clearTimeout(timer);
  }, [pendingSnapshots, refresh, detail]);

  const { started, draft } = edit;
  const base = draftOf(started);
  const dirtyDetails = canWrite ? changedFields(base, draft, DETAIL_FIELDS) : [];
  // The rationale's own unsaved state is not known here (the session is behind while it is typed):
  // the header, the verdict section and its save bar read it from the store themselves.
  const verdictChanged = canSetVerdict && changedFields(base, draft, ["verdict"]).length > 0;
  // The details form marks only its own fields: the rationale turning unsaved leaves it alone.
  const changedDetails = new Set<ClaimField>(dirtyDetails);
  const evidenceCount = detail ? detail.evidence.length : started.evidenceCount;

  // Unsaved edits: kept when switching to another claim, and leaving the page asks first.
  useEffect(() => {
    return () => {
      const last = store.get();
      if (changedFields(draftOf(last.started), last.draft).length > 0) parked.set(last.started.id, last);
      else parked.delete(last.started.id);
    };
  }, [store]);

  function change(patch: Partial<ClaimDraft>) {
    const cur = store.get();
    commit({ ...cur, draft: { ...cur.draft, ...patch } });
    clearSavedOnEdit("verdictId" in patch || "rationale" in patch ? "verdict" : "details");
  }

  /** An edit makes its section's "Saved" or error line go (and re-renders nothing when there is none). */
  const clearSavedOnEdit = useCallback((section: Section) => {
    setStatus((s) => (s[section].state === "saved" || s[section].state === "error" ? { ...s, [section]: { state: "idle" } } : s));
  }, []);

  /** A keystroke in the rationale: re-renders the panel only when the rationale's marks change. */
  const changeRationale = useCallback(
    (rationale: ClaimDraft["rationale"], rationaleText: string) => {
      store.setRationale(rationale, rationaleText);
      clearSavedOnEdit("verdict");
    },
    [store, clearSavedOnEdit],
  );

  const onChange = useStableHandler(change);
  const onVerdictChange = useStableHandler((verdictId: string) => change({ verdictId }));

  // Problems the form can see before asking the server.
  const quantityCheck = useMemo(() => parseQuantities(draft.quantities), [draft.quantities]);
  const clientErrors: DetailErrors = { quantityRows: {} };
  if (draft.statement.trim().length > MAX_STATEMENT) clientErrors.statement = t("errors.statementTooLong", { max: MAX_STATEMENT });
  if (draft.firstSeenUrl && draft.firstSeenUrl.trim() !== "" && !isHttpUrl(draft.firstSeenUrl)) clientErrors.firstSeenUrl = t("errors.invalidUrl");
  clientErrors.quantityRows = quantityCheck.errors;
  const serverDetailErrors = firstErrors(status.details.fieldErrors);
  const detailErrors: DetailErrors = showErrors ? { ...serverDetailErrors, ...clientErrors } : { ...serverDetailErrors, quantityRows: {} };
  const serverVerdictErrors = firstErrors(status.verdict.fieldErrors);

  function setSection(section: Section, s: SectionStatus) {
    setStatus((prev) => ({ ...prev, [section]: s }));
  }

  /** Applies the answer to one of our saves. */
  function settle(section: Section, sentFrom: Edit, res: ActionState<ClaimDTO>): boolean {
    if (res.status === "success" && res.data) {
      const cur = store.get();
      commit({ started: res.data, draft: cur.draft });
      onClaimChangeRef.current(res.data);
      setSection(section, { state: "saved" });
      setNotice(null);
      void refresh();
      return true;
    }
    const current = (res.details as { current?: ClaimDTO } | undefined)?.current;
    if (res.code === "conflict" && current) {
      setSection(section, { state: "idle" });
      // The dialog shows "yours" from the rendered edit: bring it up to the latest keystroke.
      commit(store.get());
      setConflict({ section, started: sentFrom.started, current });
      return false;
    }
    setSection(section, { state: "error", formError: res.formError ?? t("saveFailed"), fieldErrors: res.fieldErrors });
    return false;
  }

  async function saveDetails(from: Edit = store.get()): Promise<boolean> {
    const fields = changedFields(draftOf(from.started), from.draft, DETAIL_FIELDS);
    if (fields.length === 0) return true;
    if (hasClientErrorsOf(from.draft)) {
      setShowErrors(true);
      setSection("details", { state: "error", formError: t("errors.checkFields") });
      return false;
    }
    setShowErrors(false);
    setSection("details", { state: "saving" });
    const res = await safeAction(
      updateClaimAction(idleState, { workspaceSlug, claimId, expectedVersion: from.started.version, patch: patchFor(from.draft, fields) }) as Promise<ActionState<ClaimDTO>>,
      tc("errors.network"),
    );
    return settle("details", from, res);
  }

  async function saveVerdict(from: Edit = store.get()): Promise<boolean> {
    const fields = changedFields(draftOf(from.started), from.draft, VERDICT_FIELDS);
    if (fields.length === 0) return true;
    const problem = draftVerdictProblem(from.draft, verdicts, detail ? detail.evidence.length : from.started.evidenceCount, fields.includes("verdict"));
    if (problem) {
      setSection("verdict", { state: "error", formError: t(`verdict.problem.${problem}`) });
      return false;
    }
    setSection("verdict", { state: "saving" });
    const rationale = fields.includes("rationale") ? patchFor(from.draft, ["rationale"]).rationale : undefined;
    const call =
      fields.includes("verdict") || !canWrite
        ? setVerdictAction(idleState, { workspaceSlug, claimId, expectedVersion: from.started.version, verdictId: from.draft.verdictId, ...(rationale !== undefined ? { rationale } : {}) })
        : updateClaimAction(idleState, { workspaceSlug, claimId, expectedVersion: from.started.version, patch: { rationale } });
    const res = await safeAction(call as Promise<ActionState<ClaimDTO>>, tc("errors.network"));
    return settle("verdict", from, res);
  }

  async function saveAll() {
    if (canWrite && changedFields(draftOf(store.get().started), store.get().draft, DETAIL_FIELDS).length > 0) {
      if (!(await saveDetails())) return;
    }
    if (canSetVerdict && changedFields(draftOf(store.get().started), store.get().draft, VERDICT_FIELDS).length > 0) await saveVerdict();
  }

  function discardSection(section: Section) {
    const cur = store.get();
    const fields = section === "details" ? DETAIL_FIELDS : VERDICT_FIELDS;
    const keep = changedFields(draftOf(cur.started), cur.draft).filter((f) => !(fields as readonly ClaimField[]).includes(f));
    commit({ ...cur, draft: rebaseDraft(draftOf(cur.started), cur.draft, draftOf(cur.started), keep) });
    setSection(section, { state: "idle" });
    if (section === "details") setShowErrors(false);
  }

  // The conflict dialog's view: what we started from, theirs now, mine now.
  let conflictView: ConflictView | null = null;
  if (conflict) {
    const startedDraft = draftOf(conflict.started);
    const theirs = draftOf(conflict.current);
    const fields = conflict.section === "details" ? DETAIL_FIELDS : VERDICT_FIELDS;
    conflictView = {
      diff: diffConflict(startedDraft, draft, theirs, fields),
      started: startedDraft,
      theirs,
      mine: draft,
      by: conflict.current.updatedBy?.name ?? null,
      version: conflict.current.version,
    };
  }

  function resolveConflict(keepMine: boolean) {
    if (!conflict) return;
    const cur = store.get();
    const startedDraft = draftOf(conflict.started);
    const fields: readonly ClaimField[] = conflict.section === "details" ? DETAIL_FIELDS : VERDICT_FIELDS;
    const mine = changedFields(startedDraft, cur.draft);
    const keep = keepMine ? mine : mine.filter((f) => !fields.includes(f));
    const next: Edit = { started: conflict.current, draft: rebaseDraft(startedDraft, cur.draft, draftOf(conflict.current), keep) };
    commit(next);
    onClaimChangeRef.current(conflict.current);
    setConflict(null);
    setNotice(null);
    if (keepMine) void (conflict.section === "details" ? saveDetails(next) : saveVerdict(next));
    else toast.success(t("conflict.discarded"));
    void refresh();
  }

  async function doDelete() {
    setDeleting(true);
    const res = await safeAction(deleteClaimAction(idleState, { workspaceSlug, claimId, expectedVersion: store.get().started.version }), tc("errors.network"));
    setDeleting(false);
    if (res.status === "success") {
      parked.delete(claimId);
      store.replaceQuietly({ started: store.get().started, draft: draftOf(store.get().started) });
      toast.success(t("delete.done"));
      onDeleted(claimId);
      return;
    }
    const current = (res.details as { current?: ClaimDTO } | undefined)?.current;
    if (res.code === "conflict" && current) {
      toast.error(t("delete.conflict", { name: current.updatedBy?.name ?? t("someone") }));
      takeIncoming(current);
      return;
    }
    toast.error(res.formError ?? t("delete.failed"));
  }

  function onKeyDown(e: React.KeyboardEvent) {
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === "s") {
      e.preventDefault();
      e.stopPropagation();
      // Saves the sections with unsaved edits in the latest session (none: nothing happens).
      void saveAll();
    }
  }

  const onSaveDetails = useStableHandler(() => void saveDetails());
  const onDiscardDetails = useStableHandler(() => discardSection("details"));
  const onSaveVerdict = useStableHandler(() => void saveVerdict());
  const onDiscardVerdict = useStableHandler(() => discardSection("verdict"));
  const onEvidenceRemoved = useStableHandler((id: string) => {
    setDetail((d) => (d ? { ...d, evidence: d.evidence.filter((e) => e.id !== id) } : d));
    void refresh();
  });
  const onReapply = useStableHandler(() => resolveConflict(true));
  const onDiscardConflict = useStableHandler(() => resolveConflict(false));
  const onLater = useCallback(() => setConflict(null), []);
  const onAskDelete = useCallback(() => setConfirmDelete(true), []);
  const onConfirmDelete = useStableHandler(() => void doDelete());

  const verdict = verdicts.find((v) => v.id === started.verdictId);
  const saving = status.details.state === "saving" || status.verdict.state === "saving";
  const savedOnce = status.details.state === "saved" || status.verdict.state === "saved";

  return (
    <section aria-labelledby="claim-panel-title" className="flex h-full min-h-0 w-full flex-col bg-background" onKeyDown={onKeyDown} data-testid="claim-panel" data-claim-id={claimId} data-version={started.version}>
      <header className="flex items-start gap-2 border-b px-4 py-3">
        <div className="grid grid-cols-1 min-w-0 flex-1 gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <h2 id="claim-panel-title" className="text-base font-semibold">
              {t("title")}
            </h2>
            {verdict ? <VerdictBadge verdict={verdict} size="sm" /> : null}
            {started.anchorStatus === "orphan" ? (
              <Badge variant="warning">
                <AlertTriangleIcon aria-hidden />
                {t("orphan")}
              </Badge>
            ) : null}
          </div>
          <SaveState
            store={store}
            saving={saving}
            savedOnce={savedOnce}
            othersDirty={dirtyDetails.length > 0 || verdictChanged}
            rationaleCounts={canSetVerdict}
            updatedBy={started.updatedBy?.name ?? null}
            updatedAt={started.updatedAt}
          />
        </div>
        {canWrite ? <MoreActions onDelete={onAskDelete} /> : null}
        <Button variant="ghost" size="icon" className="size-8" aria-label={t("close")} title={t("close")} onClick={onClose}>
          <XIcon className="size-4" aria-hidden />
        </Button>
      </header>

      <div className="min-h-0 flex-1 overflow-x-hidden overflow-y-auto overscroll-contain" data-testid="claim-panel-body">
        {notice !== null ? (
          <Alert className="mx-4 mt-4 w-auto" role="status">
            <AlertTriangleIcon aria-hidden />
            <AlertDescription className="text-foreground">{notice ? t("newerBy", { name: notice }) : t("newer")}</AlertDescription>
          </Alert>
        ) : null}

        <section className="grid grid-cols-1 gap-2 px-4 pt-4" aria-labelledby="claim-quote-label">
          <h3 id="claim-quote-label" className="text-xs font-medium text-muted-foreground">
            {t("quote")}
          </h3>
          <blockquote className={cn("rounded-md border-l-4 bg-muted/40 px-3 py-2 text-[15px] leading-relaxed break-words", started.anchorStatus === "orphan" ? "border-warning" : "border-primary/60")} data-testid="claim-quote">
            <Quoted>{started.quote}</Quoted>
          </blockquote>
          {started.anchorStatus === "orphan" ? <p className="text-[13px] text-warning">{t("orphanHint")}</p> : null}
        </section>

        <section className="relative mt-6 grid grid-cols-1 gap-4 px-4" aria-labelledby="claim-details-title">
          <h3 id="claim-details-title" className="text-sm font-semibold">
            {t("details")}
          </h3>
          {canWrite ? (
            <DetailsForm workspaceSlug={workspaceSlug} draft={draft} onChange={onChange} changed={changedDetails} errors={detailErrors} members={members} />
          ) : (
            <DetailsView draft={draft} verdicts={verdicts} />
          )}
          {canWrite ? (
            <SaveBar
              section="details"
              dirty={dirtyDetails.length > 0}
              status={status.details}
              label={t("saveDetails")}
              onSave={onSaveDetails}
              onDiscard={onDiscardDetails}
              disabled={false}
            />
          ) : null}
        </section>

        <section className="relative mt-6 grid grid-cols-1 gap-4 border-t px-4 pt-5" aria-labelledby="claim-verdict-title">
          <h3 id="claim-verdict-title" className="flex items-center gap-2 text-sm font-semibold">
            {t("verdict.title")}
            <ChangedMark show={verdictChanged} />
          </h3>
          <VerdictForm
            store={store}
            verdictId={draft.verdictId}
            rationale={draft.rationale}
            verdicts={verdicts}
            evidenceCount={evidenceCount}
            verdictChanged={verdictChanged}
            canSetVerdict={canSetVerdict}
            onVerdictChange={onVerdictChange}
            onRationaleChange={changeRationale}
            rationaleError={serverVerdictErrors.rationale}
          />
          {canSetVerdict ? (
            <VerdictSaveBar
              store={store}
              verdicts={verdicts}
              evidenceCount={evidenceCount}
              verdictChanged={verdictChanged}
              status={status.verdict}
              label={t("saveVerdict")}
              onSave={onSaveVerdict}
              onDiscard={onDiscardVerdict}
            />
          ) : null}
        </section>

        <section className="mt-6 grid grid-cols-1 gap-3 border-t px-4 pt-5" aria-labelledby="claim-evidence-title">
          <div className="flex items-center justify-between gap-2">
            <h3 id="claim-evidence-title" className="text-sm font-semibold">
              {t("evidence.title")} {detail ? <span className="font-normal text-muted-foreground">({detail.evidence.length})</span> : null}
            </h3>
            {canWrite && !adding ? (
              <Button variant="outline" size="sm" onClick={() => setAdding(true)} data-testid="add-evidence">
                <PlusIcon aria-hidden />
                {t("evidence.add")}
              </Button>
            ) : null}
          </div>
          {detailError !== null && !detail ? (
            <Alert variant="destructive">
              <AlertDescription>
                <p>{detailError || t("loadFailed")}</p>
                <Button variant="outline" size="sm" onClick={() => void refresh()}>
                  <RotateCcwIcon aria-hidden />
                  {tc("retry")}
                </Button>
              </AlertDescription>
            </Alert>
          ) : (
            <EvidenceList
              workspaceSlug={workspaceSlug}
              evidence={detail?.evidence ?? null}
              verdicts={verdicts}
              canWrite={canWrite}
              onRemoved={onEvidenceRemoved}
            />
          )}
          {canWrite && adding ? (
            <AddEvidenceForm
              workspaceSlug={workspaceSlug}
              claimId={claimId}
              verdicts={verdicts}
              onCancel={() => setAdding(false)}
              onAdded={(e) => {
                setDetail((d) => (d ? { ...d, evidence: [...d.evidence.filter((x) => x.id !== e.id), e] } : d));
                setAdding(false);
                polls.current = 0;
                toast.success(t("evidence.added"));
                void refresh();
              }}
            />
          ) : null}
        </section>

        <section className="mt-6 grid grid-cols-1 gap-3 border-t px-4 pt-5" aria-labelledby="claim-links-title">
          <h3 id="claim-links-title" className="text-sm font-semibold">
            {tr("title")}
          </h3>
          <ClaimLinksPart workspaceSlug={workspaceSlug} claimId={claim.id} claimVersion={edit.started.version} canWrite={canWrite} onVerdictApplied={onClaimChange} />
        </section>

        {/* Without the detail (it failed to load: see the retry above) there is no history to show. */}
        {detail !== null || detailError === null ? <Histories history={detail?.history ?? null} anchorEvents={detail?.anchorEvents ?? null} verdicts={verdicts} /> : null}
      </div>

      <ConflictDialog conflict={conflictView} verdicts={verdicts} onReapply={onReapply} onDiscard={onDiscardConflict} onLater={onLater} />
      <DeleteDialog open={confirmDelete} onOpenChange={setConfirmDelete} evidenceCount={evidenceCount} deleting={deleting} onConfirm={onConfirmDelete} />
    </section>
  );

  function hasClientErrorsOf(d: ClaimDraft): boolean {
    if (d.statement.trim().length > MAX_STATEMENT) return true;
    if (d.firstSeenUrl && d.firstSeenUrl.trim() !== "" && !isHttpUrl(d.firstSeenUrl)) return true;
    return Object.keys(parseQuantities(d.quantities).errors).length > 0;
  }
}

/**
 * The header's line about saving: saving…, unsaved changes, all saved, or who updated the claim
 * when. Leaving the page with unsaved changes asks first. It follows the rationale's marks on its
 * own, so the keystroke that makes the rationale unsaved redraws this line, not the panel.
 */
const SaveState = memo(function SaveState({
  store,
  saving,
  savedOnce,
  othersDirty,
  rationaleCounts,
  updatedBy,
  updatedAt,
}: {
  store: EditStore;
  saving: boolean;
  savedOnce: boolean;
  /** Unsaved edits in the details or the verdict itself. */
  othersDirty: boolean;
  /** Whether the rationale's unsaved edits count (only for those who can set the verdict). */
  rationaleCounts: boolean;
  updatedBy: string | null;
  updatedAt: string;
}) {
  const t = useTranslations("claimPanel");
  const tc = useTranslations("common");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const { look } = useShownEdit(store);
  const dirty = othersDirty || (rationaleCounts && look.changed);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older Chromium asks only when returnValue is set.
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
  return (
    <p className="text-xs text-muted-foreground" aria-live="polite" data-testid="save-state">
      {saving ? (
        <span className="inline-flex items-center gap-1">
          <Loader2Icon className="size-3 animate-spin" aria-hidden />
          {tc("saving")}
        </span>
      ) : dirty ? (
        <span className="inline-flex items-center gap-1 text-warning">
          <span className="size-1.5 rounded-full bg-warning" aria-hidden />
          {t("unsaved")}
        </span>
      ) : savedOnce ? (
        <span className="inline-flex items-center gap-1 text-success">
          <CheckIcon className="size-3" aria-hidden />
          {t("allSaved")}
        </span>
      ) : updatedBy ? (
        t("updatedBy", { name: updatedBy, when: format.relativeTime(new Date(updatedAt), now) })
      ) : (
        t("updated", { when: format.relativeTime(new Date(updatedAt), now) })
      )}
    </p>
  );
});

/**
 * The verdict section's save bar: unsaved when the verdict or the rationale is, held back (with
 * the reason) while the verdict's rules are not met. Follows the rationale's marks on its own.
 */
const VerdictSaveBar = memo(function VerdictSaveBar({
  store,
  verdicts,
  evidenceCount,
  verdictChanged,
  ...bar
}: {
  store: EditStore;
  verdicts: VerdictDTO[];
  evidenceCount: number;
  verdictChanged: boolean;
  status: SectionStatus;
  label: string;
  onSave: () => void;
  onDiscard: () => void;
}) {
  const t = useTranslations("claimPanel");
  const { edit, look } = useShownEdit(store);
  const dirty = verdictChanged || look.changed;
  // `shown` has the latest rationale's blankness, which is all the rules look at.
  const problem = draftVerdictProblem(edit.draft, verdicts, evidenceCount, verdictChanged);
  const blocked = dirty && problem !== null;
  return <SaveBar section="verdict" dirty={dirty} disabled={blocked} blockedReason={blocked && problem ? t(`verdict.problem.${problem}`) : undefined} {...bar} />;
});

/** The header's "more actions" menu (delete). */
const MoreActions = memo(function MoreActions({ onDelete }: { onDelete: () => void }) {
  const t = useTranslations("claimPanel");
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="size-8" aria-label={t("moreActions")} title={t("moreActions")}>
          <MoreHorizontalIcon className="size-4" aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem variant="destructive" onSelect={onDelete} data-testid="delete-claim">
          <Trash2Icon aria-hidden />
          {t("delete.action")}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
});

/** The verdict and anchor histories, folded. */
const Histories = memo(function Histories({ history, anchorEvents, verdicts }: { history: VerdictChangeDTO[] | null; anchorEvents: AnchorEventDTO[] | null; verdicts: VerdictDTO[] }) {
  const t = useTranslations("claimPanel");
  return (
    <section className="mt-6 grid grid-cols-1 gap-4 border-t px-4 pt-4 pb-8" aria-label={t("histories")}>
      <Collapsible title={t("history.title")} count={history?.length} testId="toggle-verdict-history">
        <VerdictHistory history={history} verdicts={verdicts} />
      </Collapsible>
      <Collapsible title={t("anchors.title")} count={anchorEvents?.length} testId="toggle-anchor-history">
        <AnchorHistory events={anchorEvents} />
      </Collapsible>
    </section>
  );
});

/** "Delete this claim?" */
const DeleteDialog = memo(function DeleteDialog({
  open,
  onOpenChange,
  evidenceCount,
  deleting,
  onConfirm,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  evidenceCount: number;
  deleting: boolean;
  onConfirm: () => void;
}) {
  const t = useTranslations("claimPanel");
  const tc = useTranslations("common");
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("delete.title")}</AlertDialogTitle>
          <AlertDialogDescription>{t("delete.description", { evidence: evidenceCount })}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{tc("cancel")}</AlertDialogCancel>
          <AlertDialogAction variant="destructive" disabled={deleting} onClick={onConfirm} data-testid="confirm-delete-claim">
            {t("delete.confirm")}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
});

/**
 * The save row at the end of a section. It sticks to the bottom of the panel while its section
 * is on screen, so "Save" is always in reach while editing a long form.
 */
const SaveBar = memo(function SaveBar({
  section,
  dirty,
  status,
  label,
  onSave,
  onDiscard,
  disabled,
  blockedReason,
}: {
  section: Section;
  dirty: boolean;
  status: SectionStatus;
  label: string;
  onSave: () => void;
  onDiscard: () => void;
  disabled: boolean;
  blockedReason?: string;
}) {
  const t = useTranslations("claimPanel");
  const saving = status.state === "saving";
  return (
    <div
      className={cn(
        "z-10 -mx-4 grid gap-2 border-t px-4 py-2.5",
        // Only a section with something to save keeps its bar in reach while scrolling.
        dirty || saving || status.state === "error" ? "sticky bottom-0 bg-background/95 backdrop-blur supports-[backdrop-filter]:bg-background/85" : "border-transparent",
      )}
      data-testid={`save-bar-${section}`}
    >
      {status.state === "error" && status.formError ? (
        <p className="text-[13px] font-medium text-destructive" role="alert">
          {status.formError}
        </p>
      ) : null}
      {blockedReason ? <p className="text-[13px] text-warning">{blockedReason}</p> : null}
      <div className="flex flex-wrap items-center justify-end gap-x-2 gap-y-1">
        <span className="mr-auto text-xs text-muted-foreground">
          {saving ? null : dirty ? (
            <span className="text-warning">{t("unsavedSection")}</span>
          ) : status.state === "saved" ? (
            <span className="inline-flex items-center gap-1 text-success">
              <CheckIcon className="size-3.5" aria-hidden />
              {t("saved")}
            </span>
          ) : null}
        </span>
        {dirty && !saving ? (
          <Button variant="ghost" size="sm" onClick={onDiscard}>
            {t("discard")}
          </Button>
        ) : null}
        <PendingButton size="sm" pending={saving} disabled={!dirty || disabled} onClick={onSave} data-testid={`save-${section}`} title="Ctrl+S">
          {label}
        </PendingButton>
      </div>
    </div>
  );
});
