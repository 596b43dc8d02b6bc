"use client";
// The claim's evidence: each item's stance (supports / refutes / context: colour, icon and word,
// never colour alone), where it comes from (a link, an uploaded document, another claim), the
// excerpt that matters, and for links the text snapshot captured when it was added, so the
// evidence survives link rot. Editors add items with the form below the list.
import {
  AlertTriangleIcon,
  CheckCircle2Icon,
  ExternalLinkIcon,
  FileTextIcon,
  InfoIcon,
  Loader2Icon,
  MessageSquareQuoteIcon,
  ScrollTextIcon,
  Trash2Icon,
  XCircleIcon,
} from "lucide-react";
import Link from "next/link";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { memo, useState } from "react";
import { toast } from "sonner";

import { getEvidenceSnapshotAction, removeEvidenceAction } from "@/app/(app)/w/[slug]/claims/actions";
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
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { VerdictBadge } from "@/components/verdicts/verdict-badge";
import { idleState } from "@/lib/actions/state";
import type { EvidenceDTO, EvidenceStance, VerdictDTO } from "@/lib/claims/types";
import { SAFE_LINK_REL, isSafeHref } from "@/lib/editor/safe-link";

import { snapshotReasonValues } from "./claim-draft";
import { Quoted } from "./quoted";
import { safeAction } from "./safe-action";

const STANCE = {
  supports: { icon: CheckCircle2Icon, variant: "success" },
  refutes: { icon: XCircleIcon, variant: "destructive" },
  context: { icon: InfoIcon, variant: "info" },
} as const satisfies Record<EvidenceStance, { icon: typeof InfoIcon; variant: "success" | "destructive" | "info" }>;

export function StanceBadge({ stance }: { stance: EvidenceStance }) {
  const t = useTranslations("claimPanel.evidence.stance");
  const { icon: Icon, variant } = STANCE[stance];
  return (
    <Badge variant={variant} data-stance={stance}>
      <Icon aria-hidden />
      {t(stance)}
    </Badge>
  );
}

export const EvidenceList = memo(function EvidenceList({
  workspaceSlug,
  evidence,
  verdicts,
  canWrite,
  onRemoved,
}: {
  workspaceSlug: string;
  /** null while loading. */
  evidence: EvidenceDTO[] | null;
  verdicts: readonly VerdictDTO[];
  canWrite: boolean;
  onRemoved: (id: string) => void;
}) {
  const t = useTranslations("claimPanel.evidence");
  if (evidence === null) {
    return (
      <div className="grid grid-cols-1 gap-2" aria-busy>
        <span className="sr-only">{t("loading")}</span>
        <Skeleton className="h-24 w-full" />
        <Skeleton className="h-24 w-full" />
      </div>
    );
  }
  if (evidence.length === 0) {
    return (
      <p className="flex items-start gap-2 rounded-md border border-dashed px-3 py-3 text-sm text-muted-foreground" data-testid="evidence-empty">
        <ScrollTextIcon className="mt-0.5 size-4 shrink-0" aria-hidden />
        {canWrite ? t("emptyEditor") : t("empty")}
      </p>
    );
  }
  return (
    <ul className="grid grid-cols-1 gap-2" data-testid="evidence-list">
      {evidence.map((e) => (
        <EvidenceItem key={e.id} workspaceSlug={workspaceSlug} item={e} verdicts={verdicts} canWrite={canWrite} onRemoved={onRemoved} />
      ))}
    </ul>
  );
});

function EvidenceItem({ workspaceSlug, item, verdicts, canWrite, onRemoved }: { workspaceSlug: string; item: EvidenceDTO; verdicts: readonly VerdictDTO[]; canWrite: boolean; onRemoved: (id: string) => void }) {
  const t = useTranslations("claimPanel.evidence");
  const tc = useTranslations("common");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const [removing, setRemoving] = useState(false);
  const href = item.url && isSafeHref(item.url) ? item.url : null;
  const name = item.title || item.documentName || item.url || item.linkedClaim?.statement || t(`kind.${item.kind}`);

  async function remove() {
    setRemoving(true);
    const res = await safeAction(removeEvidenceAction(idleState, { workspaceSlug, evidenceId: item.id }), tc("errors.network"));
    setRemoving(false);
    if (res.status === "error") {
      toast.error(res.formError ?? t("removeFailed"));
      return;
    }
    toast.success(t("removed"));
    onRemoved(item.id);
  }

  return (
    <li className="grid grid-cols-1 gap-2 rounded-md border bg-card p-3 text-sm" data-testid="evidence-item" data-stance={item.stance}>
      <div className="flex items-center gap-2">
        <StanceBadge stance={item.stance} />
        <span className="text-xs text-muted-foreground">{t(`kind.${item.kind}`)}</span>
        {canWrite ? (
          <AlertDialog>
            <AlertDialogTrigger asChild>
              <Button variant="ghost" size="icon" className="ml-auto size-7 text-muted-foreground hover:text-destructive" aria-label={t("remove", { name })} title={t("remove", { name })} disabled={removing}>
                {removing ? <Loader2Icon className="size-4 animate-spin" aria-hidden /> : <Trash2Icon className="size-4" aria-hidden />}
              </Button>
            </AlertDialogTrigger>
            <AlertDialogContent>
              <AlertDialogHeader>
                <AlertDialogTitle>{t("removeTitle")}</AlertDialogTitle>
                <AlertDialogDescription>{t("removeDescription", { name })}</AlertDialogDescription>
              </AlertDialogHeader>
              <AlertDialogFooter>
                <AlertDialogCancel>{tc("cancel")}</AlertDialogCancel>
                <AlertDialogAction variant="destructive" onClick={() => void remove()}>
                  {t("removeConfirm")}
                </AlertDialogAction>
              </AlertDialogFooter>
            </AlertDialogContent>
          </AlertDialog>
        ) : null}
      </div>

      {item.kind === "url" ? (
        <div className="grid grid-cols-1 gap-0.5">
          {href ? (
            <a href={href} target="_blank" rel={SAFE_LINK_REL} className="inline-flex items-start gap-1.5 font-medium break-words text-primary hover:underline">
              <ExternalLinkIcon className="mt-0.5 size-3.5 shrink-0" aria-hidden />
              <span className="min-w-0 [overflow-wrap:anywhere]">
                {item.title || item.url}
                <span className="sr-only"> ({t("opensInNewTab")})</span>
              </span>
            </a>
          ) : (
            <span className="font-medium break-words">{item.title || item.url}</span>
          )}
          {item.title && item.url ? <span className="truncate pl-5 text-xs text-muted-foreground">{item.url}</span> : null}
        </div>
      ) : null}

      {item.kind === "document" ? (
        <div className="flex items-start gap-1.5">
          <FileTextIcon className="mt-0.5 size-3.5 shrink-0 text-muted-foreground" aria-hidden />
          <div className="min-w-0">
            <p className="font-medium break-words">{item.title || item.documentName}</p>
            {item.title && item.documentName ? <p className="truncate text-xs text-muted-foreground">{item.documentName}</p> : null}
            <SnapshotDialog workspaceSlug={workspaceSlug} item={item} />
          </div>
        </div>
      ) : null}

      {item.kind === "claim" && item.linkedClaim ? <LinkedClaim workspaceSlug={workspaceSlug} claim={item.linkedClaim} verdicts={verdicts} /> : null}

      {item.excerpt ? (
        <blockquote className="border-l-2 border-border pl-2.5 text-[13px] leading-relaxed break-words whitespace-pre-line text-foreground/90">
          <Quoted>{item.excerpt}</Quoted>
        </blockquote>
      ) : null}

      {item.kind === "url" ? <SnapshotLine workspaceSlug={workspaceSlug} item={item} /> : null}

      <p className="text-xs text-muted-foreground">
        {item.addedBy
          ? t.rich("addedBy", { name: item.addedBy.name, when: format.relativeTime(new Date(item.createdAt), now), time: (c) => <time dateTime={item.createdAt} title={format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short" })}>{c}</time> })
          : t.rich("addedAt", { when: format.relativeTime(new Date(item.createdAt), now), time: (c) => <time dateTime={item.createdAt}>{c}</time> })}
      </p>
    </li>
  );
}

function LinkedClaim({ workspaceSlug, claim, verdicts }: { workspaceSlug: string; claim: NonNullable<EvidenceDTO["linkedClaim"]>; verdicts: readonly VerdictDTO[] }) {
  const t = useTranslations("claimPanel.evidence");
  const verdict = verdicts.find((v) => v.id === claim.verdictId);
  return (
    <div className="grid grid-cols-1 gap-1 rounded-md bg-muted/40 p-2">
      <div className="flex items-start gap-1.5">
        <MessageSquareQuoteIcon className="mt-0.5 size-3.5 shrink-0 text-muted-foreground" aria-hidden />
        <Link href={`/w/${workspaceSlug}/articles/${claim.articleId}?claim=${claim.id}`} className="min-w-0 font-medium break-words text-primary hover:underline">
          {claim.statement || <Quoted>{claim.quote}</Quoted>}
        </Link>
      </div>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 pl-5 text-xs text-muted-foreground">
        {verdict ? <VerdictBadge verdict={verdict} variant="dot" size="sm" /> : null}
        <span className="min-w-0 truncate">{t("inArticle", { title: claim.articleTitle })}</span>
      </div>
    </div>
  );
}

function SnapshotLine({ workspaceSlug, item }: { workspaceSlug: string; item: EvidenceDTO }) {
  const t = useTranslations("claimPanel.evidence.snapshot");
  const te = useTranslations("errors");
  const format = useFormatter();
  if (item.snapshotStatus === "pending") {
    return (
      <p className="flex items-center gap-1.5 text-xs text-muted-foreground" role="status">
        <Loader2Icon className="size-3.5 animate-spin" aria-hidden />
        {t("pending")}
      </p>
    );
  }
  if (item.snapshotStatus === "failed") {
    // The stored reason is a message key without its values: shown when the item holds them (the host).
    const values = item.snapshotError && te.has(item.snapshotError) ? snapshotReasonValues(String(te.raw(item.snapshotError)), item.url) : null;
    const reason = item.snapshotError && values ? te(item.snapshotError, values) : null;
    return (
      <p className="flex items-start gap-1.5 text-xs text-warning">
        <AlertTriangleIcon className="mt-px size-3.5 shrink-0" aria-hidden />
        <span>
          {t("failed")}
          {reason ? ` ${reason}` : null}
        </span>
      </p>
    );
  }
  if (item.snapshotStatus !== "captured") return null;
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground">
      <span className="inline-flex items-center gap-1.5">
        <CheckCircle2Icon className="size-3.5 text-success" aria-hidden />
        {item.snapshotAt ? t("captured", { when: format.dateTime(new Date(item.snapshotAt), { dateStyle: "medium", timeStyle: "short" }) }) : t("capturedNoDate")}
      </span>
      <SnapshotDialog workspaceSlug={workspaceSlug} item={item} />
    </div>
  );
}

function SnapshotDialog({ workspaceSlug, item }: { workspaceSlug: string; item: EvidenceDTO }) {
  const t = useTranslations("claimPanel.evidence.snapshot");
  const tc = useTranslations("common");
  const format = useFormatter();
  const isDocument = item.kind === "document";
  const [state, setState] = useState<{ status: "idle" | "loading" | "error"; text?: string; error?: string }>({ status: "idle" });

  async function load() {
    setState({ status: "loading" });
    const res = await safeAction(getEvidenceSnapshotAction(idleState, { workspaceSlug, evidenceId: item.id }), tc("errors.network"));
    if (res.status === "success" && res.data) setState({ status: "idle", text: (res.data as { text: string }).text });
    else setState({ status: "error", error: res.formError ?? t("loadFailed") });
  }

  return (
    <Dialog
      onOpenChange={(open) => {
        if (open && state.text === undefined) void load();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="link" size="sm" className="h-auto text-xs" data-testid="view-snapshot">
          {isDocument ? t("viewDocument") : t("view")}
          {item.snapshotLength > 0 ? <span className="text-muted-foreground">({t("chars", { count: item.snapshotLength })})</span> : null}
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle className="pr-4 break-words">{isDocument ? t("documentTitle", { name: item.title || item.documentName || "" }) : t("title", { name: item.title || item.url || "" })}</DialogTitle>
          <DialogDescription>
            {isDocument ? t("documentDescription", { name: item.documentName ?? "" }) : item.snapshotAt ? t("description", { when: format.dateTime(new Date(item.snapshotAt), { dateStyle: "long", timeStyle: "short" }) }) : t("descriptionNoDate")}
          </DialogDescription>
        </DialogHeader>
        {state.status === "loading" ? (
          <div className="grid grid-cols-1 gap-2" aria-busy>
            <span className="sr-only">{tc("loading")}</span>
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-11/12" />
            <Skeleton className="h-4 w-4/5" />
          </div>
        ) : state.status === "error" ? (
          <Alert variant="destructive">
            <AlertDescription>
              <p>{state.error}</p>
              <Button variant="outline" size="sm" onClick={() => void load()}>
                {tc("retry")}
              </Button>
            </AlertDescription>
          </Alert>
        ) : (
          <div tabIndex={0} role="document" aria-label={t("textLabel")} className="max-h-[60vh] overflow-y-auto rounded-md border bg-muted/30 p-4 text-sm leading-relaxed break-words whitespace-pre-wrap" data-testid="snapshot-text">
            {state.text || <span className="text-muted-foreground italic">{t("emptyText")}</span>}
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}
