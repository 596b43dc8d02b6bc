"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { createWorkspaceAction } from "@/app/(app)/(personal)/workspaces/new/actions";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/submit-button";
import { idleState } from "@/lib/actions/state";
import { FormError } from "@/components/form-error";
import { slugify } from "@/lib/workspaces/schemas";

export function CreateWorkspaceForm() {
  const t = useTranslations("workspaces");
  const [state, action, pending] = useActionState(createWorkspaceAction, idleState);
  const [name, setName] = useState(state.values?.name ?? "");
  const [slug, setSlug] = useState(state.values?.slug ?? "");
  const [slugEdited, setSlugEdited] = useState(false);

  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormError state={state} />
      <FormField label={t("name")} name="name" errors={state.fieldErrors?.name}>
        <Input
          name="name"
          required
          autoFocus
          value={name}
          placeholder={t("namePlaceholder")}
          onChange={(e) => {
            setName(e.target.value);
            if (!slugEdited) setSlug(slugify(e.target.value));
          }}
        />
      </FormField>
      <FormField label={t("slug")} name="slug" errors={state.fieldErrors?.slug} hint={t("slugHint", { slug: slug || "desk" })}>
        <Input
          name="slug"
          required
          value={slug}
          spellCheck={false}
          autoCapitalize="none"
          onChange={(e) => {
            setSlugEdited(true);
            setSlug(e.target.value);
          }}
        />
      </FormField>
      <div className="flex justify-end">
        <SubmitButton pending={pending}>
          {t("create")}
        </SubmitButton>
      </div>
    </form>
  );
}
