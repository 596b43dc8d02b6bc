"use client";
// Someone saved the claim while this editor was changing it. The dialog shows, field by field,
// what they changed (what you both started from → theirs now) and what you changed, then lets
// the editor re-apply their own changes over the current version or drop them. Closing it keeps
// the edits unsaved; saving again brings the dialog back, so no one's update is ever lost.
import { useTranslations } from "next-intl";
import { memo } from "react";

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
import type { VerdictDTO } from "@/lib/claims/types";

import type { ClaimDraft, ClaimField, ConflictDiff } from "./claim-draft";
import { FieldValue } from "./field-value";

export interface ConflictView {
  diff: ConflictDiff;
  started: ClaimDraft;
  theirs: ClaimDraft;
  mine: ClaimDraft;
  /** Who saved the current version, and which. */
  by: string | null;
  version: number;
}

export const ConflictDialog = memo(function ConflictDialog({ conflict, verdicts, onReapply, onDiscard, onLater }: { conflict: ConflictView | null; verdicts: readonly VerdictDTO[]; onReapply: () => void; onDiscard: () => void; onLater: () => void }) {
  const t = useTranslations("claimPanel.conflict");
  const tf = useTranslations("claimPanel.fields");
  const open = conflict !== null;

  return (
    <AlertDialog open={open} onOpenChange={(o) => (o ? undefined : onLater())}>
      <AlertDialogContent className="max-w-xl grid-cols-1" data-testid="conflict-dialog">
        {conflict ? (
          <>
            <AlertDialogHeader>
              <AlertDialogTitle>{t("title")}</AlertDialogTitle>
              <AlertDialogDescription>{conflict.by ? t("descriptionBy", { name: conflict.by, version: conflict.version }) : t("description", { version: conflict.version })}</AlertDialogDescription>
            </AlertDialogHeader>

            <section className="grid grid-cols-1 gap-2" aria-labelledby="conflict-theirs">
              <h3 id="conflict-theirs" className="text-sm font-semibold">
                {t("theirs")}
              </h3>
              {conflict.diff.theirs.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t("theirsNone")}</p>
              ) : (
                <ul className="grid grid-cols-1 gap-2" data-testid="conflict-theirs">
                  {conflict.diff.theirs.map((f) => (
                    <FieldRow key={f} field={f} label={tf(f)} verdicts={verdicts} contested={conflict.diff.both.includes(f)} before={conflict.started} after={conflict.theirs} beforeLabel={t("startedFrom")} afterLabel={t("theirsNow")} />
                  ))}
                </ul>
              )}
            </section>

            <section className="grid grid-cols-1 gap-2" aria-labelledby="conflict-mine">
              <h3 id="conflict-mine" className="text-sm font-semibold">
                {t("mine")}
              </h3>
              {conflict.diff.mine.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t("mineNone")}</p>
              ) : (
                <ul className="grid grid-cols-1 gap-2" data-testid="conflict-mine">
                  {conflict.diff.mine.map((f) => (
                    <FieldRow key={f} field={f} label={tf(f)} verdicts={verdicts} contested={conflict.diff.both.includes(f)} before={conflict.started} after={conflict.mine} beforeLabel={t("startedFrom")} afterLabel={t("yours")} />
                  ))}
                </ul>
              )}
              {conflict.diff.both.length > 0 ? <p className="text-[13px] text-warning">{t("bothHint")}</p> : null}
            </section>

            <AlertDialogFooter className="flex-wrap">
              <AlertDialogCancel>{t("later")}</AlertDialogCancel>
              <AlertDialogAction variant="destructive" onClick={onDiscard} data-testid="conflict-discard">
                {t("discard")}
              </AlertDialogAction>
              <AlertDialogAction onClick={onReapply} data-testid="conflict-reapply">
                {t("reapply")}
              </AlertDialogAction>
            </AlertDialogFooter>
          </>
        ) : null}
      </AlertDialogContent>
    </AlertDialog>
  );
});

function FieldRow({
  field,
  label,
  verdicts,
  contested,
  before,
  after,
  beforeLabel,
  afterLabel,
}: {
  field: ClaimField;
  label: string;
  verdicts: readonly VerdictDTO[];
  contested: boolean;
  before: ClaimDraft;
  after: ClaimDraft;
  beforeLabel: string;
  afterLabel: string;
}) {
  const t = useTranslations("claimPanel.conflict");
  return (
    <li className="grid grid-cols-1 gap-1.5 rounded-md border p-2.5 text-sm" data-field={field}>
      <p className="flex flex-wrap items-center gap-2 font-medium">
        {label}
        {contested ? <Badge variant="warning">{t("contested")}</Badge> : null}
      </p>
      <dl className="grid grid-cols-[minmax(0,7rem)_1fr] gap-x-3 gap-y-1 text-[13px]">
        <dt className="text-muted-foreground">{beforeLabel}</dt>
        <dd className="min-w-0 text-muted-foreground line-through decoration-muted-foreground/50">
          <FieldValue field={field} draft={before} verdicts={verdicts} />
        </dd>
        <dt className="text-muted-foreground">{afterLabel}</dt>
        <dd className="min-w-0">
          <FieldValue field={field} draft={after} verdicts={verdicts} />
        </dd>
      </dl>
    </li>
  );
}
