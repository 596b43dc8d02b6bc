"use client";
// The verdict and its rationale. Conclusive verdicts (Verified, Mostly true, Misleading, False:
// `requiresEvidence`) need a written rationale and at least one evidence item; the checklist
// under the picker says so, from the same rule the server applies (lib/claims/rules.ts), before
// the editor tries to save.
import { CheckIcon, CircleIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { memo, useId } from "react";

import { VerdictBadge } from "@/components/verdicts/verdict-badge";
import { VerdictSelect } from "@/components/verdicts/verdict-select";
import { Label } from "@/components/ui/label";
import type { JSONContent } from "@tiptap/core";
import { verdictProblem, type VerdictProblem } from "@/lib/claims/rules";
import type { VerdictDTO } from "@/lib/claims/types";
import { cn } from "@/lib/utils";

import { ChangedMark } from "./changed-mark";
import type { ClaimDraft } from "./claim-draft";
import type { EditStore } from "./edit-store";
import { RationaleEditor } from "./rationale-editor";
import { useShownEdit } from "./use-edit-store";

/** The verdict picker, redrawn only when the verdict or the list changes (not as the rationale is typed). */
const VerdictPicker = memo(VerdictSelect);

/** What stops saving the draft's verdict now (only when the verdict or rationale was touched). */
export function draftVerdictProblem(draft: Pick<ClaimDraft, "verdictId" | "rationaleText">, verdicts: readonly VerdictDTO[], evidenceCount: number, verdictChanged: boolean): VerdictProblem | null {
  const v = verdicts.find((x) => x.id === draft.verdictId);
  if (!v) return null;
  const problem = verdictProblem(v, { rationaleText: draft.rationaleText, evidenceCount });
  // A retired verdict may stay on a claim; it only cannot be given anew.
  if (problem === "verdictRetired" && !verdictChanged) return null;
  return problem;
}

/**
 * Memoised: typing in the claim's details does not redraw the verdict select and the rationale
 * editor, and neither does typing in the rationale — what shows the rationale's state (its
 * "changed" mark, the rules checklist) follows the store on its own.
 */
export const VerdictForm = memo(function VerdictForm({
  store,
  verdictId,
  rationale,
  verdicts,
  evidenceCount,
  verdictChanged,
  canSetVerdict,
  onVerdictChange,
  onRationaleChange,
  rationaleError,
}: {
  store: EditStore;
  verdictId: string;
  /** The rationale the editor starts from, or replaces its text with (a conflict resolved, a newer copy adopted). */
  rationale: ClaimDraft["rationale"];
  verdicts: readonly VerdictDTO[];
  evidenceCount: number;
  verdictChanged: boolean;
  canSetVerdict: boolean;
  onVerdictChange: (id: string) => void;
  onRationaleChange: (doc: JSONContent, text: string) => void;
  rationaleError?: string;
}) {
  const t = useTranslations("claimPanel.verdict");
  const ids = useId();
  const verdict = verdicts.find((v) => v.id === verdictId);

  return (
    <div className="grid grid-cols-1 gap-4">
      <div className="grid grid-cols-1 gap-1.5">
        {/* The section heading already says "Verdict": the label is for assistive tech, the mark for everyone. */}
        <Label id={`${ids}-verdict`} htmlFor={`${ids}-verdict-select`} className="sr-only">
          {t("label")}
        </Label>
        {canSetVerdict ? (
          <VerdictPicker id={`${ids}-verdict-select`} verdicts={verdicts} value={verdictId} onValueChange={onVerdictChange} aria-labelledby={`${ids}-verdict`} aria-describedby={`${ids}-rules`} className="w-full" />
        ) : verdict ? (
          <VerdictBadge verdict={verdict} className="w-fit" />
        ) : (
          <span className="text-sm text-muted-foreground">{t("unknown")}</span>
        )}
        {verdict?.description ? <p className="text-[13px] text-muted-foreground">{verdict.description}</p> : null}
        <div id={`${ids}-rules`}>{verdict && canSetVerdict ? <RuleChecklist store={store} verdict={verdict} evidenceCount={evidenceCount} verdictChanged={verdictChanged} /> : null}</div>
      </div>

      <div className="grid grid-cols-1 gap-1.5">
        <Label id={`${ids}-rationale`} className={cn(rationaleError && "text-destructive")}>
          {t("rationale")}
          {canSetVerdict ? <RationaleMark store={store} /> : null}
        </Label>
        <RationaleEditor value={rationale} editable={canSetVerdict} onChange={onRationaleChange} labelId={`${ids}-rationale`} describedBy={canSetVerdict ? `${ids}-rationale-hint` : undefined} />
        {canSetVerdict ? (
          <p id={`${ids}-rationale-hint`} className="text-[13px] text-muted-foreground">
            {t("rationaleHint")}
          </p>
        ) : null}
        {rationaleError ? <p className="text-[13px] font-medium text-destructive">{rationaleError}</p> : null}
      </div>
    </div>
  );
});

/** "changed" next to the rationale's label while it has unsaved edits. */
function RationaleMark({ store }: { store: EditStore }) {
  return <ChangedMark show={useShownEdit(store).look.changed} />;
}

function RuleChecklist({ store, verdict, evidenceCount, verdictChanged }: { store: EditStore; verdict: VerdictDTO; evidenceCount: number; verdictChanged: boolean }) {
  const t = useTranslations("claimPanel.verdict.rules");
  const { look } = useShownEdit(store);
  if (verdict.retired) {
    return verdictChanged ? <p className="text-[13px] font-medium text-destructive">{t("retired", { verdict: verdict.name })}</p> : <p className="text-[13px] text-muted-foreground">{t("retiredKept", { verdict: verdict.name })}</p>;
  }
  if (!verdict.requiresEvidence) return null;
  const hasRationale = !look.blank;
  const hasEvidence = evidenceCount > 0;
  const ok = hasRationale && hasEvidence;
  return (
    <div className={cn("grid grid-cols-1 gap-1 rounded-md border px-3 py-2 text-[13px]", ok ? "border-success/40 bg-success/8" : "border-warning/40 bg-warning/8")} data-testid="verdict-rules" role="status">
      <p className="font-medium">{t("needs", { verdict: verdict.name })}</p>
      <ul className="grid grid-cols-1 gap-0.5">
        <Requirement met={hasRationale} text={hasRationale ? t("rationaleMet") : t("rationaleMissing")} />
        <Requirement met={hasEvidence} text={hasEvidence ? t("evidenceMet", { count: evidenceCount }) : t("evidenceMissing")} />
      </ul>
    </div>
  );
}

function Requirement({ met, text }: { met: boolean; text: string }) {
  const t = useTranslations("claimPanel.verdict.rules");
  return (
    <li className={cn("flex items-center gap-1.5", met ? "text-success" : "text-foreground")}>
      {met ? <CheckIcon className="size-3.5 shrink-0" aria-hidden /> : <CircleIcon className="size-3.5 shrink-0 text-warning" aria-hidden />}
      <span className="sr-only">{met ? t("met") : t("missing")}: </span>
      {text}
    </li>
  );
}
