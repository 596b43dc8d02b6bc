"use client";
// Adding a spelling by hand: confirmed at once. The form clears itself after each success so
// several spellings can be typed one after another.
import { PlusIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { toast } from "sonner";

import { addAliasAction } from "@/app/(app)/w/[slug]/entities/actions";
import { FormError } from "@/components/form-error";
import { SubmitButton } from "@/components/submit-button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { idleState } from "@/lib/actions/state";
import { MAX_ENTITY_NAME } from "@/lib/entities/schemas";

export function AddAliasForm({ slug, entityId }: { slug: string; entityId: string }) {
  const t = useTranslations("entities.addAlias");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [state, action, pending] = useActionState(addAliasAction, idleState);
  useEffect(() => {
    if (state.status !== "success" || !state.data) return;
    toast.success(t("added", { alias: state.data.alias }));
    form.current?.reset();
    router.refresh();
  }, [state, router, t]);
  const sent = state.status === "error" ? state.values : undefined;
  return (
    <form ref={form} action={action} className="grid gap-3" noValidate aria-labelledby="add-alias-title">
      <h3 id="add-alias-title" className="text-sm font-semibold">
        {t("title")}
      </h3>
      <input type="hidden" name="workspaceSlug" value={slug} />
      <input type="hidden" name="entityId" value={entityId} />
      <FormError state={state} onlyWithoutFields />
      <div className="grid items-start gap-3 sm:grid-cols-[1fr_9rem]">
        <FormField label={t("alias")} name="alias" required errors={state.fieldErrors?.alias}>
          <Input key={`alias-${state.status}`} defaultValue={sent?.alias} maxLength={MAX_ENTITY_NAME} autoComplete="off" placeholder={t("aliasPlaceholder")} />
        </FormField>
        <FormField label={t("language")} name="language" hint={t("languageHint")} errors={state.fieldErrors?.language}>
          <Input key={`language-${state.status}`} defaultValue={sent?.language} maxLength={2} autoComplete="off" className="lowercase" />
        </FormField>
      </div>
      <div>
        <SubmitButton pending={pending} variant="secondary">
          {!pending && <PlusIcon aria-hidden />}
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
