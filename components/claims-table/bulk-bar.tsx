"use client";
// The bulk bar above the claims table: assign, tag or set a verdict on the selected claims of the
// page. Before a verdict is picked it says how many selected claims the rules would skip (the same
// verdictProblem() the server applies); afterwards a toast sums up what changed and what was
// skipped, and the table marks each skipped claim with its reason (onDone).
import { CheckIcon, ChevronDownIcon, GavelIcon, TagIcon, UserRoundIcon, UserRoundXIcon, XIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { bulkAssignAction, bulkSetVerdictAction, bulkTagAction } from "@/app/(app)/w/[slug]/claims/bulk-actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useAction } from "@/components/use-action";
import { VerdictSwatch } from "@/components/verdicts/verdict-badge";
import { verdictProblem } from "@/lib/claims/rules";
import type { BulkResult, BulkSkipReason, ClaimTableRow } from "@/lib/claims/table-schemas";
import type { VerdictDTO } from "@/lib/claims/types";

export function BulkBar({
  slug,
  selected,
  verdicts,
  members,
  currentUserId,
  canWrite,
  canSetVerdict,
  onClear,
  onDone,
}: {
  slug: string;
  selected: ClaimTableRow[];
  verdicts: VerdictDTO[];
  members: { id: string; name: string }[];
  currentUserId: string;
  canWrite: boolean;
  canSetVerdict: boolean;
  onClear: () => void;
  onDone: (result: BulkResult) => void;
}) {
  const t = useTranslations("claimsTable.bulk");
  const assign = useAction(bulkAssignAction);
  const tag = useAction(bulkTagAction);
  const verdict = useAction(bulkSetVerdictAction);
  const pending = assign.pending || tag.pending || verdict.pending;
  const [tagOpen, setTagOpen] = useState(false);
  const [tagValue, setTagValue] = useState("");
  const [tagError, setTagError] = useState<string | undefined>();
  const count = selected.length;
  const claimIds = selected.map((c) => c.id);
  const none = count === 0;

  /** The toast after a bulk action: what changed, and why the rest did not. */
  function report(kind: "assigned" | "tagged" | "verdictSet", result: BulkResult) {
    onDone(result);
    const byReason = new Map<BulkSkipReason, number>();
    for (const s of result.skipped) byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
    const done = t(`done.${kind}`, { count: result.updated.length });
    if (result.skipped.length === 0) {
      toast.success(done);
      return;
    }
    const reasons = [...byReason].map(([reason, n]) => t(`reason.${reason}`, { count: n })).join(" · ");
    const message = `${done} ${t("skipped", { count: result.skipped.length })}`;
    if (result.updated.length === 0) toast.warning(message, { description: reasons });
    else toast.success(message, { description: reasons });
  }

  function runAssign(assigneeId: string | null) {
    assign.run({ workspaceSlug: slug, claimIds, assigneeId }, { onSuccess: (r) => r && report("assigned", r) });
  }

  function runTag(mode: "add" | "remove") {
    const value = tagValue.trim();
    if (!value) {
      setTagError(t("tagRequired"));
      return;
    }
    tag.run(
      { workspaceSlug: slug, claimIds, [mode]: [value] },
      {
        onSuccess: (r) => {
          setTagOpen(false);
          setTagValue("");
          if (r) report("tagged", r);
        },
      },
    );
  }

  /** How many selected claims `v` would skip under the rules (already having it aside). */
  function refused(v: VerdictDTO): number {
    return selected.filter((c) => c.verdictId !== v.id && verdictProblem(v, { rationaleText: c.hasRationale ? "x" : "", evidenceCount: c.evidenceCount }) !== null).length;
  }

  return (
    <div
      role="region"
      aria-label={t("label")}
      data-testid="bulk-bar"
      className="flex flex-wrap items-center gap-2 rounded-lg border bg-card px-3 py-2 text-sm shadow-xs"
    >
      <p className="mr-auto min-w-0 text-muted-foreground" aria-live="polite">
        {none ? t("hint") : <span className="font-medium text-foreground">{t("selected", { count })}</span>}
      </p>
      {canWrite && (
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="outline" size="sm" disabled={none || pending}>
              <UserRoundIcon aria-hidden />
              {t("assign")}
              <ChevronDownIcon className="text-muted-foreground" aria-hidden />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end" className="max-h-80 w-56 overflow-y-auto">
            <DropdownMenuLabel>{t("assignTo", { count })}</DropdownMenuLabel>
            <DropdownMenuItem onSelect={() => runAssign(currentUserId)}>
              <UserRoundIcon aria-hidden />
              {t("assignMe")}
            </DropdownMenuItem>
            <DropdownMenuSeparator />
            {members
              .filter((m) => m.id !== currentUserId)
              .map((m) => (
                <DropdownMenuItem key={m.id} onSelect={() => runAssign(m.id)}>
                  <span className="truncate">{m.name}</span>
                </DropdownMenuItem>
              ))}
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => runAssign(null)}>
              <UserRoundXIcon aria-hidden />
              {t("unassign")}
            </DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
      )}
      {canWrite && (
        <Button
          variant="outline"
          size="sm"
          disabled={none || pending}
          onClick={() => {
            setTagError(undefined);
            setTagOpen(true);
          }}
        >
          <TagIcon aria-hidden />
          {t("tag")}
        </Button>
      )}
      {canSetVerdict && (
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="outline" size="sm" disabled={none || pending}>
              <GavelIcon aria-hidden />
              {t("setVerdict")}
              <ChevronDownIcon className="text-muted-foreground" aria-hidden />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end" className="w-72">
            <DropdownMenuLabel>{t("setVerdictFor", { count })}</DropdownMenuLabel>
            {verdicts
              .filter((v) => !v.retired)
              .map((v) => {
                const n = refused(v);
                return (
                  <DropdownMenuItem
                    key={v.id}
                    onSelect={() => verdict.run({ workspaceSlug: slug, claimIds, verdictId: v.id }, { onSuccess: (r) => r && report("verdictSet", r) })}
                    className="items-start"
                  >
                    <VerdictSwatch color={v.color} className="mt-1" />
                    <span className="grid min-w-0">
                      <span className="truncate">{v.name}</span>
                      {n > 0 && <span className="text-xs text-muted-foreground">{n === count ? t("allRefused") : t("someRefused", { count: n })}</span>}
                    </span>
                  </DropdownMenuItem>
                );
              })}
          </DropdownMenuContent>
        </DropdownMenu>
      )}
      {!none && (
        <Button variant="ghost" size="sm" onClick={onClear} disabled={pending}>
          <XIcon aria-hidden />
          {t("clearSelection")}
        </Button>
      )}

      <Dialog open={tagOpen} onOpenChange={setTagOpen}>
        <DialogContent className="sm:max-w-md">
          <form
            className="grid gap-4"
            onSubmit={(e) => {
              e.preventDefault();
              runTag("add");
            }}
          >
            <DialogHeader>
              <DialogTitle>{t("tagTitle", { count })}</DialogTitle>
              <DialogDescription>{t("tagDescription")}</DialogDescription>
            </DialogHeader>
            <FormField label={t("tagLabel")} id="bulk-tag" errors={tagError}>
              <Input
                value={tagValue}
                onChange={(e) => {
                  setTagValue(e.currentTarget.value);
                  setTagError(undefined);
                }}
                maxLength={40}
                autoComplete="off"
                autoFocus
              />
            </FormField>
            <DialogFooter>
              <Button variant="outline" onClick={() => runTag("remove")} disabled={tag.pending}>
                <XIcon aria-hidden />
                {t("removeTag")}
              </Button>
              <Button type="submit" disabled={tag.pending} aria-busy={tag.pending || undefined}>
                <CheckIcon aria-hidden />
                {t("addTag")}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </div>
  );
}
