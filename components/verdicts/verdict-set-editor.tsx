"use client";
// The verdict set on its settings page: every verdict in order with its swatch, name,
// description, ClaimReview mapping, evidence rule and state. Admins edit, add, move (buttons, so
// the keyboard can do it too: focus follows the moved verdict and a live region says where it
// went), retire/restore after a confirmation, and choose the starting verdict. Others read.
import { ArrowDown, ArrowUp, Archive, ArchiveRestore, FileCheck2, Flag, MoreHorizontal, Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { toast } from "sonner";

import {
  reorderVerdictsAction,
  restoreVerdictAction,
  retireVerdictAction,
  setInitialVerdictAction,
} from "@/app/(app)/w/[slug]/settings/verdicts/actions";
import { useAction } from "@/components/use-action";
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
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { idleState } from "@/lib/actions/state";
import type { VerdictAdminDTO } from "@/lib/verdicts/present";
import { cn } from "@/lib/utils";

import { VerdictBadge } from "./verdict-badge";
import { VerdictFormDialog, type VerdictFormTarget } from "./verdict-form-dialog";

type Row = VerdictAdminDTO & { claimCount: number };

export function VerdictSetEditor({ slug, verdicts, canManage }: { slug: string; verdicts: Row[]; canManage: boolean }) {
  const t = useTranslations("verdicts.settings");
  const router = useRouter();
  const listRef = useRef<HTMLOListElement>(null);
  const [formTarget, setFormTarget] = useState<VerdictFormTarget | null>(null);
  const [retiring, setRetiring] = useState<Row | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; direction: "up" | "down" } | null>(null);
  const retire = useAction(retireVerdictAction);
  const restore = useAction(restoreVerdictAction);
  const makeInitial = useAction(setInitialVerdictAction);
  const [, startTransition] = useTransition();

  // The order shown moves at once; the server catches up in the background, one move after the
  // other. A new list from the server (after refresh) replaces it.
  const serverOrder = verdicts.map((v) => v.id);
  const [order, setOrder] = useState(serverOrder);
  const [seenServerOrder, setSeenServerOrder] = useState(serverOrder.join());
  if (seenServerOrder !== serverOrder.join()) {
    setSeenServerOrder(serverOrder.join());
    setOrder(serverOrder);
  }
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const byId = new Map(verdicts.map((v) => [v.id, v]));
  const rows = order.map((id) => byId.get(id)).filter((v): v is Row => v !== undefined);

  function move(row: Row, delta: -1 | 1) {
    const from = order.indexOf(row.id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= order.length) return;
    const next = [...order];
    [next[from], next[to]] = [next[to]!, next[from]!];
    setOrder(next);
    setFocusAfterMove({ id: row.id, direction: delta < 0 ? "up" : "down" });
    setAnnouncement(t("moved", { name: row.name, position: to + 1, total: next.length }));
    queue.current = queue.current.then(async () => {
      const result = await reorderVerdictsAction(idleState, { workspaceSlug: slug, verdictIds: next });
      if (result.status === "error") toast.error(result.formError ?? "");
      startTransition(() => router.refresh());
    });
  }

  useEffect(() => {
    if (!focusAfterMove || !listRef.current) return;
    const { id, direction } = focusAfterMove;
    const buttons = listRef.current.querySelectorAll<HTMLButtonElement>(`[data-verdict-row="${id}"] [data-move]`);
    const wanted = [...buttons].find((b) => b.dataset.move === direction && !b.disabled) ?? [...buttons].find((b) => !b.disabled);
    wanted?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove, order]);

  const closeForm = useCallback(() => setFormTarget(null), []);

  return (
    <Card>
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <CardTitle className="text-base">
            {t("listTitle")} <span className="font-normal text-muted-foreground">· {t("count", { count: rows.length })}</span>
          </CardTitle>
          {!canManage && <CardDescription>{t("readOnly")}</CardDescription>}
        </div>
        {canManage && (
          <Button size="sm" onClick={() => setFormTarget({ kind: "create" })}>
            <Plus aria-hidden />
            {t("add")}
          </Button>
        )}
      </CardHeader>
      <CardContent>
        <p className="sr-only" role="status" aria-live="polite">
          {announcement}
        </p>
        <ol ref={listRef} aria-label={t("listTitle")} className="divide-y">
          {rows.map((v, index) => (
            <li key={v.id} data-verdict-row={v.id} className="flex items-start gap-3 py-3 first:pt-0 last:pb-0">
              {canManage && (
                <div className="flex shrink-0 flex-col gap-0.5">
                  <Button
                    variant="ghost"
                    size="icon"
                    className="size-7"
                    data-move="up"
                    disabled={index === 0}
                    aria-label={t("moveUp", { name: v.name })}
                    onClick={() => move(v, -1)}
                  >
                    <ArrowUp aria-hidden />
                  </Button>
                  <Button
                    variant="ghost"
                    size="icon"
                    className="size-7"
                    data-move="down"
                    disabled={index === rows.length - 1}
                    aria-label={t("moveDown", { name: v.name })}
                    onClick={() => move(v, 1)}
                  >
                    <ArrowDown aria-hidden />
                  </Button>
                </div>
              )}
              <div className="grid min-w-0 flex-1 gap-1.5">
                <div className="flex flex-wrap items-center gap-2">
                  <VerdictBadge verdict={v} showRetired={false} />
                  {v.isInitial && (
                    <Badge variant="info" title={t("initialHint")}>
                      <Flag aria-hidden />
                      {t("initial")}
                    </Badge>
                  )}
                  {v.retired && (
                    <Badge variant="outline">
                      <Archive aria-hidden />
                      {t("retired")}
                    </Badge>
                  )}
                </div>
                <p className={cn("text-sm text-pretty", v.description ? "text-muted-foreground" : "text-muted-foreground italic")}>{v.description ?? t("noDescription")}</p>
                <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
                  <span>
                    {t("claimReview")}{" "}
                    <span className="font-medium text-foreground" lang="en">
                      {t("claimReviewValue", { name: v.claimReviewName, rating: v.rating })}
                    </span>
                  </span>
                  {v.requiresEvidence && (
                    <span className="flex items-center gap-1 font-medium text-foreground" title={t("needsEvidenceHint")}>
                      <FileCheck2 className="size-3.5" aria-hidden />
                      {t("needsEvidence")}
                    </span>
                  )}
                  <span>{t("claims", { count: v.claimCount })}</span>
                </p>
              </div>
              {canManage && (
                <div className="flex shrink-0 items-center gap-1">
                  <Button variant="outline" size="sm" aria-label={t("editLabel", { name: v.name })} onClick={() => setFormTarget({ kind: "edit", verdict: v })}>
                    <Pencil aria-hidden />
                    <span className="hidden sm:inline">{t("edit")}</span>
                  </Button>
                  <DropdownMenu>
                    <DropdownMenuTrigger asChild>
                      <Button variant="ghost" size="icon" className="size-8" aria-label={t("more", { name: v.name })}>
                        <MoreHorizontal aria-hidden />
                      </Button>
                    </DropdownMenuTrigger>
                    <DropdownMenuContent align="end">
                      {!v.isInitial && !v.retired && (
                        <DropdownMenuItem
                          onSelect={() => makeInitial.run({ workspaceSlug: slug, verdictId: v.id }, { success: t("initialChanged", { name: v.name }) })}
                        >
                          <Flag aria-hidden />
                          {t("makeInitial")}
                        </DropdownMenuItem>
                      )}
                      {v.retired ? (
                        <DropdownMenuItem onSelect={() => restore.run({ workspaceSlug: slug, verdictId: v.id }, { success: t("restoredToast", { name: v.name }) })}>
                          <ArchiveRestore aria-hidden />
                          {t("restore")}
                        </DropdownMenuItem>
                      ) : (
                        <>
                          {!v.isInitial && <DropdownMenuSeparator />}
                          <DropdownMenuItem variant="destructive" disabled={v.isInitial} onSelect={() => setRetiring(v)}>
                            <Archive aria-hidden />
                            {v.isInitial ? t("retireInitialDisabled") : t("retire")}
                          </DropdownMenuItem>
                        </>
                      )}
                    </DropdownMenuContent>
                  </DropdownMenu>
                </div>
              )}
            </li>
          ))}
        </ol>
      </CardContent>
      {canManage && (
        <>
          <VerdictFormDialog slug={slug} target={formTarget} onClose={closeForm} />
          <AlertDialog open={retiring !== null} onOpenChange={(open) => !open && setRetiring(null)}>
            <AlertDialogContent>
              {retiring && (
                <>
                  <AlertDialogHeader>
                    <AlertDialogTitle>{t("retireTitle", { name: retiring.name })}</AlertDialogTitle>
                    <AlertDialogDescription>{t("retireBody", { count: retiring.claimCount })}</AlertDialogDescription>
                  </AlertDialogHeader>
                  <AlertDialogFooter>
                    <AlertDialogCancel>{t("cancel")}</AlertDialogCancel>
                    <AlertDialogAction
                      onClick={() => retire.run({ workspaceSlug: slug, verdictId: retiring.id }, { success: t("retiredToast", { name: retiring.name }) })}
                    >
                      {t("retireConfirm")}
                    </AlertDialogAction>
                  </AlertDialogFooter>
                </>
              )}
            </AlertDialogContent>
          </AlertDialog>
        </>
      )}
    </Card>
  );
}
