"use client";
// Admins and owners rate a source. The note says why; both land in the source's history.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { toast } from "sonner";

import { setReliabilityAction } from "@/app/(app)/w/[slug]/sources/actions";
import { FormError } from "@/components/form-error";
import { SubmitButton } from "@/components/submit-button";
import { FormField } from "@/components/ui/form-field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { idleState } from "@/lib/actions/state";
import { RELIABILITIES, type Reliability } from "@/lib/claims/types";
import { MAX_RELIABILITY_NOTE } from "@/lib/sources/schemas";

import { ReliabilityIcon } from "./source-badges";

export function ReliabilityForm({ slug, sourceId, reliability, note }: { slug: string; sourceId: string; reliability: Reliability; note: string | null }) {
  const t = useTranslations("sources");
  const router = useRouter();
  const [state, action, pending] = useActionState(setReliabilityAction, idleState);
  const [rating, setRating] = useState<Reliability>(reliability);
  useEffect(() => {
    if (state.status !== "success") return;
    toast.success(t("reliabilitySaved"));
    router.refresh();
  }, [state, router, t]);

  return (
    <form action={action} className="grid gap-3" noValidate aria-label={t("reliabilityFormLabel")}>
      <input type="hidden" name="workspaceSlug" value={slug} />
      <input type="hidden" name="sourceId" value={sourceId} />
      <FormError state={state} onlyWithoutFields />
      <FormField label={t("rating")} name="rating" errors={state.fieldErrors?.rating}>
        {({ name, ...trigger }) => (
          <Select name={name} value={rating} onValueChange={(v) => setRating(v as Reliability)}>
            <SelectTrigger {...trigger} className="w-full">
              <SelectValue>
                <span className="flex items-center gap-2">
                  <ReliabilityIcon reliability={rating} className="text-muted-foreground" />
                  {t(`reliability.${rating}`)}
                </span>
              </SelectValue>
            </SelectTrigger>
            <SelectContent>
              {RELIABILITIES.map((r) => (
                <SelectItem key={r} value={r}>
                  <ReliabilityIcon reliability={r} className="text-muted-foreground" />
                  {t(`reliability.${r}`)}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        )}
      </FormField>
      <FormField label={t("note")} name="note" hint={t("noteHint")} errors={state.fieldErrors?.note}>
        <Textarea defaultValue={state.status === "error" ? state.values?.note : (note ?? "")} maxLength={MAX_RELIABILITY_NOTE} rows={3} />
      </FormField>
      <div>
        <SubmitButton pending={pending}>{t("saveRating")}</SubmitButton>
      </div>
    </form>
  );
}
