"use client";
// Edit a verdict, or add one: name, description, colour (with the contrast preview), ClaimReview
// name and rating, and whether it needs a rationale and evidence. Posts to the settings page's
// server actions; field errors come back next to their fields.
import { RotateCcw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useState } from "react";
import { toast } from "sonner";

import { createVerdictAction, updateVerdictAction } from "@/app/(app)/w/[slug]/settings/verdicts/actions";
import { FormError } from "@/components/form-error";
import { SubmitButton } from "@/components/submit-button";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { idleState } from "@/lib/actions/state";
import type { VerdictAdminDTO } from "@/lib/verdicts/present";
import { MAX_CLAIM_REVIEW_NAME, MAX_VERDICT_DESCRIPTION, MAX_VERDICT_NAME } from "@/lib/verdicts/schemas";

import { ColorField } from "./color-field";

export type VerdictFormTarget = { kind: "edit"; verdict: VerdictAdminDTO } | { kind: "create" };

/** A new verdict starts teal: free in the default set and visible on both themes. */
const NEW_VERDICT_COLOR = "#0f766e";

export function VerdictFormDialog({ slug, target, onClose }: { slug: string; target: VerdictFormTarget | null; onClose: () => void }) {
  const t = useTranslations("verdicts.form");
  return (
    <Dialog open={target !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="sm:max-w-xl">
        {target && (
          <>
            <DialogHeader>
              <DialogTitle>{target.kind === "edit" ? t("editTitle", { name: target.verdict.name }) : t("addTitle")}</DialogTitle>
              <DialogDescription>{target.kind === "edit" ? t("editDescription") : t("addDescription")}</DialogDescription>
            </DialogHeader>
            <VerdictForm key={target.kind === "edit" ? target.verdict.id : "create"} slug={slug} target={target} onDone={onClose} />
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}

function VerdictForm({ slug, target, onDone }: { slug: string; target: VerdictFormTarget; onDone: () => void }) {
  const t = useTranslations("verdicts.form");
  const router = useRouter();
  const editing = target.kind === "edit" ? target.verdict : null;
  const [state, action, pending] = useActionState(editing ? updateVerdictAction : createVerdictAction, idleState);
  const [name, setName] = useState(editing?.name ?? "");
  const [description, setDescription] = useState(editing?.description ?? "");
  const [color, setColor] = useState(editing?.color ?? NEW_VERDICT_COLOR);
  const [rating, setRating] = useState(String(editing?.rating ?? 3));
  const evidenceId = useId();

  useEffect(() => {
    if (state.status !== "success") return;
    toast.success(editing ? t("saved") : t("created"));
    router.refresh();
    onDone();
  }, [state, editing, t, router, onDone]);

  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="workspaceSlug" value={slug} />
      {editing && <input type="hidden" name="verdictId" value={editing.id} />}
      <FormField
        label={t("name")}
        name="name"
        errors={errors.name}
        required={!editing?.defaultName}
        hint={editing?.defaultName ? t("nameHintDefault", { name: editing.defaultName }) : undefined}
      >
        <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={MAX_VERDICT_NAME} placeholder={editing?.defaultName ?? undefined} autoComplete="off" />
      </FormField>
      <FormField label={t("description")} name="description" errors={errors.description} hint={t("descriptionHint")}>
        <Textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={3} maxLength={MAX_VERDICT_DESCRIPTION} />
      </FormField>
      {editing?.defaultDescription && description !== editing.defaultDescription && (
        <div className="-mt-2">
          <Button type="button" variant="link" size="sm" onClick={() => setDescription(editing.defaultDescription ?? "")}>
            <RotateCcw aria-hidden />
            {t("resetDescription")}
          </Button>
        </div>
      )}
      <ColorField name="color" value={color} onChange={setColor} previewName={name.trim() || editing?.defaultName || t("addTitle")} errors={errors.color} />
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <FormField label={t("claimReviewName")} name="claimReviewName" errors={errors.claimReviewName} hint={t("claimReviewNameHint")} required>
          <Input defaultValue={state.values?.claimReviewName ?? editing?.claimReviewName ?? ""} maxLength={MAX_CLAIM_REVIEW_NAME} autoComplete="off" lang="en" />
        </FormField>
        <FormField label={t("rating")} name="rating" errors={errors.rating} hint={t("ratingHint")}>
          {({ name: field, ...trigger }) => (
            <Select name={field} value={rating} onValueChange={setRating}>
              <SelectTrigger {...trigger} className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {["1", "2", "3", "4", "5"].map((r) => (
                  <SelectItem key={r} value={r}>
                    {t("ratingOption", { rating: r })}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        </FormField>
      </div>
      <div className="flex items-start gap-2.5">
        {/* Unchecked boxes post nothing: the hidden "false" comes first, a ticked box overrides it. */}
        <input type="hidden" name="requiresEvidence" value="false" />
        <input
          id={evidenceId}
          type="checkbox"
          name="requiresEvidence"
          value="true"
          defaultChecked={editing?.requiresEvidence ?? false}
          aria-describedby={`${evidenceId}-hint`}
          className="mt-0.5 size-4 shrink-0 accent-primary"
        />
        <div className="grid gap-0.5">
          <label htmlFor={evidenceId} className="text-sm leading-5 font-medium">
            {t("requiresEvidence")}
          </label>
          <p id={`${evidenceId}-hint`} className="text-[13px] text-muted-foreground">
            {t("requiresEvidenceHint")}
          </p>
        </div>
      </div>
      <FormError state={state} onlyWithoutFields />
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline">{t("cancel")}</Button>
        </DialogClose>
        <SubmitButton pending={pending}>{editing ? t("save") : t("create")}</SubmitButton>
      </DialogFooter>
    </form>
  );
}
