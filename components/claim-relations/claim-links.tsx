"use client";
// The claim panel's "Links" section (issue 5): the same assertion in other articles ("Also in N
// articles", with links), the verdict another claim of that group reached (Apply), and the
// claim's relations grouped by type — suggestions first, each with the reason it was suggested
// and Confirm / Dismiss; confirmed links can be removed. Confirming a contradiction offers to set
// the Contradictory verdict on both claims in one click. Editors can link a claim by hand and run
// the search for related claims again. Loads through the relation server actions.
import { AlertTriangleIcon, CheckIcon, ExternalLinkIcon, Loader2Icon, RefreshCwIcon, Trash2Icon, XIcon } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "sonner";

import { setVerdictAction } from "@/app/(app)/w/[slug]/claims/actions";
import {
  confirmRelationAction,
  dismissRelationAction,
  getClaimLinksAction,
  reanalyseClaimAction,
  removeRelationAction,
} from "@/app/(app)/w/[slug]/claims/relation-actions";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { VerdictBadge } from "@/components/verdicts/verdict-badge";
import { Quoted } from "@/components/workbench/claim-panel/quoted";
import { idleState } from "@/lib/actions/state";
import type { ClaimDTO, VerdictDTO } from "@/lib/claims/types";
import type { ClaimLinksDTO, LinkedClaim, RelationDTO, RelationMutationResult, RelationView, VerdictProposal } from "@/lib/matching/types";
import { cn } from "@/lib/utils";

import { LinkDialog } from "./link-dialog";
import { reasonText, signalTexts } from "./reason";

export interface ClaimLinksProps {
  workspaceSlug: string;
  claimId: string;
  /** The claim's current version: applying a verdict sends it (optimistic concurrency). */
  claimVersion: number;
  canWrite: boolean;
  /** Called with the updated claim after a verdict was applied to it from here. */
  onVerdictApplied?: (claim: ClaimDTO) => void;
}

/** Order of the groups: what needs a decision most comes first. */
const GROUPS: RelationView[] = ["self", "contradicts", "updates", "updatedBy", "same_as", "narrower", "broader"];
const STATUS_VARIANT = { suggested: "warning", confirmed: "success", dismissed: "outline" } as const;

interface Loaded {
  links: ClaimLinksDTO;
  verdicts: VerdictDTO[];
}

/** While the claim's analysis is pending: ask again this often, this many times at most (then "look again"). */
const POLL_MS = 1000;
const MAX_POLLS = 30;

export function ClaimLinks({ workspaceSlug, claimId, claimVersion, canWrite, onVerdictApplied }: ClaimLinksProps) {
  const t = useTranslations("relations");
  const [loaded, setData] = useState<Loaded | null>(null);
  // Links of another claim (the panel switched claims) are not shown while this one's load.
  const data = loaded && loaded.links.claimId === claimId ? loaded : null;
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [showDismissed, setShowDismissed] = useState(false);
  const [proposal, setProposal] = useState<VerdictProposal | null>(null);

  const fetchLinks = useCallback(async (): Promise<Loaded | null> => {
    const res = await getClaimLinksAction(idleState, { workspaceSlug, claimId });
    return res.status === "success" && res.data ? (res.data as Loaded) : null;
  }, [workspaceSlug, claimId]);
  const apply = useCallback((d: Loaded | null) => {
    if (d) setData(d);
    setFailed(d === null);
  }, []);
  const load = useCallback(() => fetchLinks().then(apply), [fetchLinks, apply]);

  // Again when the claim changes (a new version may have new links: the server re-analyses it).
  useEffect(() => {
    fetchLinks().then(apply, () => setFailed(true));
  }, [fetchLinks, apply, claimVersion]);

  // The analysis runs in the background after a save: ask again while it is queued or running.
  const analysing = data?.links.analysing ?? false;
  const polls = useRef(0);
  useEffect(() => {
    polls.current = 0;
  }, [claimId, claimVersion]);
  useEffect(() => {
    if (!analysing || polls.current >= MAX_POLLS) return;
    const timer = setTimeout(() => {
      polls.current += 1;
      fetchLinks().then((d) => d && apply(d), () => {});
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [analysing, data, fetchLinks, apply]);

  async function run(key: string, fn: () => Promise<{ status: string; formError?: string; data?: unknown }>, success: string, after?: (data: unknown) => void) {
    setBusy(key);
    const res = await fn();
    setBusy(null);
    if (res.status === "error") {
      toast.error(res.formError ?? t("loadFailed"));
      return;
    }
    toast.success(success);
    after?.(res.data);
    await load();
  }

  const afterMutation = (d: unknown) => {
    const r = d as RelationMutationResult | undefined;
    if (r?.proposal && r.proposal.claims.length > 0) setProposal(r.proposal);
  };

  async function applyVerdict(verdictId: string) {
    setBusy("verdict");
    const res = await setVerdictAction(idleState, { workspaceSlug, claimId, expectedVersion: claimVersion, verdictId });
    setBusy(null);
    if (res.status === "error") {
      toast.error(res.formError ?? t("loadFailed"));
      return;
    }
    toast.success(t("toasts.verdictApplied"));
    if (res.data) onVerdictApplied?.(res.data as ClaimDTO);
  }

  async function applyProposal(p: VerdictProposal) {
    setBusy("proposal");
    let applied = 0;
    for (const c of p.claims) {
      const res = await setVerdictAction(idleState, { workspaceSlug, claimId: c.id, expectedVersion: c.id === claimId ? claimVersion : c.version, verdictId: p.verdictId });
      if (res.status === "error") {
        toast.error(res.formError ?? t("loadFailed"));
        continue;
      }
      applied++;
      if (c.id === claimId && res.data) onVerdictApplied?.(res.data as ClaimDTO);
    }
    setBusy(null);
    setProposal(null);
    if (applied > 0) toast.success(t("toasts.contradictoryApplied", { count: applied }));
    await load();
  }

  if (failed && !data) {
    return (
      <div className="flex items-center justify-between gap-2 rounded-md border border-dashed px-3 py-2 text-sm text-muted-foreground" role="alert">
        {t("loadFailed")}
        <Button variant="ghost" size="sm" onClick={() => void load()}>
          {t("retry")}
        </Button>
      </div>
    );
  }
  if (!data) {
    return (
      <div className="grid grid-cols-1 gap-2" aria-busy>
        <span className="sr-only">{t("loading")}</span>
        <Skeleton className="h-5 w-40" />
        <Skeleton className="h-16 w-full" />
      </div>
    );
  }

  const { links, verdicts } = data;
  const verdictById = new Map(verdicts.map((v) => [v.id, v]));
  const visible = links.relations.filter((r) => showDismissed || r.status !== "dismissed");
  const dismissedCount = links.relations.filter((r) => r.status === "dismissed").length;
  const pendingCount = links.relations.filter((r) => r.status === "suggested").length;
  const suggested = links.suggestedVerdict ? verdictById.get(links.suggestedVerdict.verdictId) : undefined;

  return (
    <div className="grid grid-cols-1 gap-4" data-testid="claim-links" aria-busy={links.analysing}>
      {links.analysing ? (
        <p className="flex items-center gap-1.5 text-xs text-muted-foreground" role="status" data-testid="links-analysing">
          <Loader2Icon className="size-3.5 animate-spin" aria-hidden />
          {t("analysing")}
        </p>
      ) : null}
      {/* Same assertion elsewhere */}
      <div className="grid grid-cols-1 gap-1.5">
        {links.cluster.length > 0 ? (
          <>
            <p className="text-sm font-medium" data-testid="also-in">
              {t("alsoIn", { count: links.articleCount })}
            </p>
            <ul className="grid grid-cols-1 gap-1">
              {links.cluster.map((c) => (
                <li key={c.id}>
                  <ClaimLink claim={c} label={t("openClaim", { title: c.articleTitle })} />
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="text-sm text-muted-foreground">{t("alsoInNone")}</p>
        )}
      </div>

      {links.suggestedVerdict && suggested ? (
        <div className="grid grid-cols-1 gap-2 rounded-md border bg-muted/40 p-3" data-testid="suggested-verdict">
          <p className="text-xs font-medium text-muted-foreground">{t("suggestedVerdict.title")}</p>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <div className="grid min-w-0 grid-cols-1 gap-1">
              <VerdictBadge verdict={suggested} />
              <span className="text-xs text-muted-foreground">{t("suggestedVerdict.from", { title: links.suggestedVerdict.articleTitle })}</span>
            </div>
            {canWrite ? (
              <Button size="sm" variant="outline" disabled={busy !== null} onClick={() => void applyVerdict(links.suggestedVerdict!.verdictId)} data-testid="apply-suggested-verdict">
                {busy === "verdict" ? <Loader2Icon className="animate-spin" aria-hidden /> : <CheckIcon aria-hidden />}
                {t("actions.apply")}
              </Button>
            ) : null}
          </div>
          {links.suggestedVerdict.conflicting ? (
            <p className="flex items-start gap-1.5 text-xs text-warning">
              <AlertTriangleIcon className="mt-0.5 size-3.5 shrink-0" aria-hidden />
              {t("suggestedVerdict.conflicting")}
            </p>
          ) : null}
        </div>
      ) : null}

      {/* Relations */}
      <div className="grid grid-cols-1 gap-3">
        {pendingCount > 0 ? (
          <p className="text-xs font-medium text-warning" data-testid="relations-pending">
            {t("suggestedCount", { count: pendingCount })}
          </p>
        ) : null}
        {visible.length === 0 ? (
          <p className="text-sm text-muted-foreground" data-testid="relations-empty">
            {canWrite ? t("emptyEditor") : t("empty")}
          </p>
        ) : (
          GROUPS.map((view) => {
            const items = visible.filter((r) => r.view === view);
            if (items.length === 0) return null;
            return (
              <section key={view} className="grid grid-cols-1 gap-1.5" aria-label={t(`types.${view}`)} data-testid={`relations-${view}`}>
                <h4 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">{t(`types.${view}`)}</h4>
                <ul className="grid grid-cols-1 gap-2">
                  {items.map((r) => (
                    <RelationItem
                      key={r.id}
                      relation={r}
                      verdict={verdictById.get(r.other.verdictId)}
                      canWrite={canWrite}
                      busy={busy}
                      onConfirm={() => void run(`confirm:${r.id}`, () => confirmRelationAction(idleState, { workspaceSlug, relationId: r.id }), t("toasts.confirmed"), afterMutation)}
                      onDismiss={() => void run(`dismiss:${r.id}`, () => dismissRelationAction(idleState, { workspaceSlug, relationId: r.id }), t("toasts.dismissed"))}
                      onRemove={() => void run(`remove:${r.id}`, () => removeRelationAction(idleState, { workspaceSlug, relationId: r.id }), t("toasts.removed"))}
                    />
                  ))}
                </ul>
              </section>
            );
          })
        )}
        {dismissedCount > 0 ? (
          <Button variant="link" size="sm" className="justify-self-start text-xs" onClick={() => setShowDismissed((s) => !s)}>
            {showDismissed ? t("actions.hideDismissed") : t("actions.showDismissed", { count: dismissedCount })}
          </Button>
        ) : null}
      </div>

      {canWrite ? (
        <div className="flex flex-wrap items-center gap-2">
          <LinkDialog workspaceSlug={workspaceSlug} claimId={claimId} onLinked={(r) => { afterMutation(r); void load(); }} />
          <Button
            variant="ghost"
            size="sm"
            disabled={busy !== null}
            onClick={() =>
              void run("reanalyse", () => reanalyseClaimAction(idleState, { workspaceSlug, claimId }), "", (d) => {
                toast.dismiss();
                toast.success(t("toasts.lookedAgain", { count: (d as { suggestions: number } | undefined)?.suggestions ?? 0 }));
              })
            }
            data-testid="look-again"
          >
            {busy === "reanalyse" ? <Loader2Icon className="animate-spin" aria-hidden /> : <RefreshCwIcon aria-hidden />}
            {t("actions.lookAgain")}
          </Button>
        </div>
      ) : null}

      <AlertDialog open={proposal !== null} onOpenChange={(o) => !o && setProposal(null)}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>{t("proposal.title")}</AlertDialogTitle>
            <AlertDialogDescription>{t("proposal.description", { count: proposal?.claims.length ?? 0 })}</AlertDialogDescription>
          </AlertDialogHeader>
          {proposal && verdictById.get(proposal.verdictId) ? <VerdictBadge verdict={verdictById.get(proposal.verdictId)!} className="justify-self-start" /> : null}
          <AlertDialogFooter>
            <AlertDialogCancel>{t("proposal.later")}</AlertDialogCancel>
            <AlertDialogAction disabled={busy === "proposal"} onClick={() => proposal && void applyProposal(proposal)} data-testid="set-contradictory">
              {t("actions.setContradictory")}
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}

/** Another claim: its article's title on one line (cut short, whole in the tooltip), the outlet, the statement. */
function ClaimLink({ claim, label }: { claim: LinkedClaim; label: string }) {
  return (
    <Link href={claim.href} className="group grid grid-cols-1 gap-0.5 rounded-md px-2 py-1.5 text-sm hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none" aria-label={label} title={label}>
      <span className="flex min-w-0 items-center gap-1.5 font-medium">
        <span className="min-w-0 truncate" title={claim.articleTitle}>
          {claim.articleTitle}
        </span>
        <ExternalLinkIcon className="size-3 shrink-0 text-muted-foreground opacity-0 group-hover:opacity-100" aria-hidden />
      </span>
      {/* On its own line: beside the title it left the title no room in a narrow panel. */}
      {claim.outlet ? <span className="truncate text-xs font-medium text-muted-foreground">{claim.outlet}</span> : null}
      <span className="line-clamp-2 text-xs break-words text-muted-foreground">{claim.statement || <Quoted>{claim.quote}</Quoted>}</span>
    </Link>
  );
}

function RelationItem({
  relation: r,
  verdict,
  canWrite,
  busy,
  onConfirm,
  onDismiss,
  onRemove,
}: {
  relation: RelationDTO;
  verdict: VerdictDTO | undefined;
  canWrite: boolean;
  busy: string | null;
  onConfirm: () => void;
  onDismiss: () => void;
  onRemove: () => void;
}) {
  const t = useTranslations("relations");
  const tc = useTranslations("common");
  const reason = reasonText(t, r.reason);
  const signals = signalTexts(t, r.reason);
  const spinning = (what: string) => busy === `${what}:${r.id}`;
  return (
    <li className={cn("grid grid-cols-1 gap-2 rounded-md border p-2.5", r.status === "suggested" && "border-warning/40 bg-warning/5", r.status === "dismissed" && "opacity-70")} data-testid="relation" data-status={r.status} data-view={r.view}>
      <div className="flex items-start justify-between gap-2">
        {r.view === "self" ? (
          <p className="text-sm font-medium">{t("inThisClaim")}</p>
        ) : (
          <div className="min-w-0 flex-1">
            <ClaimLink claim={r.other} label={t("openClaim", { title: r.other.articleTitle })} />
          </div>
        )}
        <div className="flex shrink-0 flex-col items-end gap-1">
          <Badge variant={STATUS_VARIANT[r.status]}>{t(`status.${r.status}`)}</Badge>
          {verdict && r.view !== "self" ? <VerdictBadge verdict={verdict} variant="dot" size="sm" /> : null}
        </div>
      </div>
      {reason ? (
        <p className="text-[13px] break-words" data-testid="relation-reason">
          {reason}
          {signals.length > 0 ? <span className="text-muted-foreground"> · {signals.join(" · ")}</span> : null}
          {r.score !== null && r.reason?.code !== "manual" ? <span className="text-muted-foreground"> · {t("score", { score: r.score })}</span> : null}
        </p>
      ) : null}
      {canWrite ? (
        <div className="flex flex-wrap justify-end gap-1.5">
          {r.status !== "confirmed" ? (
            <Button size="sm" variant={r.status === "suggested" ? "default" : "outline"} disabled={busy !== null} onClick={onConfirm} data-testid="confirm-relation">
              {spinning("confirm") ? <Loader2Icon className="animate-spin" aria-hidden /> : <CheckIcon aria-hidden />}
              {t("actions.confirm")}
            </Button>
          ) : null}
          {r.status === "suggested" ? (
            <Button size="sm" variant="outline" disabled={busy !== null} onClick={onDismiss} data-testid="dismiss-relation">
              {spinning("dismiss") ? <Loader2Icon className="animate-spin" aria-hidden /> : <XIcon aria-hidden />}
              {t("actions.dismiss")}
            </Button>
          ) : null}
          {r.status !== "suggested" ? (
            <AlertDialog>
              <AlertDialogTrigger asChild>
                <Button size="sm" variant="ghost" disabled={busy !== null} data-testid="remove-relation">
                  {spinning("remove") ? <Loader2Icon className="animate-spin" aria-hidden /> : <Trash2Icon aria-hidden />}
                  {t("actions.remove")}
                </Button>
              </AlertDialogTrigger>
              <AlertDialogContent>
                <AlertDialogHeader>
                  <AlertDialogTitle>{t("actions.removeConfirm")}</AlertDialogTitle>
                  <AlertDialogDescription>{t("actions.removeDescription")}</AlertDialogDescription>
                </AlertDialogHeader>
                <AlertDialogFooter>
                  <AlertDialogCancel>{tc("cancel")}</AlertDialogCancel>
                  <AlertDialogAction variant="destructive" onClick={onRemove}>
                    {t("actions.remove")}
                  </AlertDialogAction>
                </AlertDialogFooter>
              </AlertDialogContent>
            </AlertDialog>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
