"use client";
import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { deleteWorkspaceAction, updateWorkspaceAction } from "@/app/(app)/w/[slug]/settings/actions";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/submit-button";
import { idleState } from "@/lib/actions/state";
import { FormError } from "@/components/form-error";

export function WorkspaceNameForm({ slug, name, editable }: { slug: string; name: string; editable: boolean }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState(updateWorkspaceAction, idleState);
  useEffect(() => {
    if (state.status === "success") toast.success(t("saved"));
  }, [state, t]);
  return (
    <form action={action} className="grid max-w-md gap-4" noValidate>
      <input type="hidden" name="workspaceSlug" value={slug} />
      <FormField label={t("name")} name="name" errors={state.fieldErrors?.name}>
        <Input name="name" defaultValue={state.values?.name ?? name} readOnly={!editable} required />
      </FormField>
      <FormField label={t("slug")} name="slug-display" hint={t("slugHint")}>
        <Input name="slug-display" value={slug} readOnly disabled />
      </FormField>
      <FormError state={state} onlyWithoutFields />
      {editable && (
        <div>
          <SubmitButton pending={pending}>
            {tc("save")}
          </SubmitButton>
        </div>
      )}
    </form>
  );
}

export function DeleteWorkspaceForm({ slug }: { slug: string }) {
  const t = useTranslations("settings");
  const [state, action, pending] = useActionState(deleteWorkspaceAction, idleState);
  return (
    <form action={action} className="grid max-w-md gap-4" noValidate>
      <input type="hidden" name="workspaceSlug" value={slug} />
      <FormField label={t("confirmSlug", { slug })} name="confirmSlug" errors={state.fieldErrors?.confirmSlug}>
        <Input name="confirmSlug" autoComplete="off" spellCheck={false} />
      </FormField>
      <div>
        <Button type="submit" variant="destructive" disabled={pending}>
          {pending && <Loader2 className="size-4 animate-spin" aria-hidden />}
          {t("deleteWorkspace")}
        </Button>
      </div>
    </form>
  );
}
