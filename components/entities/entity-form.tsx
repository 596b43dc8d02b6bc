"use client";
// The create and edit dialogs of an entity. Both post FormData to a pipeline action. A name another
// entity of that type already answers to comes back as a conflict naming it, with a link.
import { PencilIcon, PlusIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";

import { createEntityAction, updateEntityAction } from "@/app/(app)/w/[slug]/entities/actions";
import { FormError } from "@/components/form-error";
import { ButtonDialog } from "@/components/registry/button-dialog";
import { DialogForm } from "@/components/registry/dialog-form";
import { existingRecord, ExistingRecordLink } from "@/components/registry/existing-record";
import { OptionSelect } from "@/components/registry/option-select";
import { Button } from "@/components/ui/button";
import { FormField, type FormFieldControlProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ActionState } from "@/lib/actions/state";
import { MAX_ENTITY_DESCRIPTION, MAX_ENTITY_NAME } from "@/lib/entities/schemas";
import type { EntityType } from "@/lib/entities/types";

import { useEntityTypeOptions } from "./entity-badges";

export interface EntityFormValues {
  name: string;
  type: EntityType;
  description: string | null;
}

export function EntityTypeSelect({ name, value, onChange, trigger }: { name: string; value: EntityType; onChange: (v: EntityType) => void; trigger: Omit<FormFieldControlProps, "name"> }) {
  const options = useEntityTypeOptions();
  return <OptionSelect name={name} options={options} value={value} onValueChange={(v) => onChange(v as EntityType)} trigger={trigger} />;
}

/** The fields both dialogs share; after a failed submit they show what was sent. */
function EntityFields({ state, initial, slug, withAliases }: { state: ActionState<unknown>; initial?: EntityFormValues; slug: string; withAliases: boolean }) {
  const t = useTranslations("entities.form");
  const sent = state.status === "error" ? state.values : undefined;
  const [type, setType] = useState<EntityType>((sent?.type as EntityType | undefined) ?? initial?.type ?? "person");
  const existing = existingRecord(state);
  return (
    <>
      <FormError state={state} onlyWithoutFields />
      <div className="grid gap-4">
        <FormField label={t("name")} name="name" required errors={state.fieldErrors?.name}>
          <Input defaultValue={sent?.name ?? initial?.name} maxLength={MAX_ENTITY_NAME} autoComplete="off" placeholder={t("namePlaceholder")} />
        </FormField>
        {existing && <ExistingRecordLink href={`/w/${slug}/entities/${existing.id}`}>{t("openExisting", { name: existing.name })}</ExistingRecordLink>}
        <FormField label={t("type")} name="type" required errors={state.fieldErrors?.type}>
          {({ name, ...trigger }) => <EntityTypeSelect name={name ?? "type"} value={type} onChange={setType} trigger={trigger} />}
        </FormField>
        <FormField label={t("description")} name="description" hint={t("descriptionHint")} errors={state.fieldErrors?.description}>
          <Input defaultValue={sent?.description ?? initial?.description ?? ""} maxLength={MAX_ENTITY_DESCRIPTION} autoComplete="off" />
        </FormField>
        {withAliases && (
          <FormField label={t("aliases")} name="aliases" hint={t("aliasesHint")} errors={state.fieldErrors?.aliases}>
            <Textarea defaultValue={sent?.aliases ?? ""} rows={3} />
          </FormField>
        )}
      </div>
    </>
  );
}

/** "New entity" for editors; opens the created entity's page. */
export function NewEntityDialog({ slug, variant = "default" }: { slug: string; variant?: "default" | "outline" }) {
  const t = useTranslations("entities");
  const router = useRouter();
  return (
    <ButtonDialog
      trigger={
        <Button variant={variant}>
          <PlusIcon aria-hidden />
          {t("newEntity")}
        </Button>
      }
      title={t("form.createTitle")}
      description={t("form.createDescription")}
    >
      {(close) => (
        <DialogForm
          action={createEntityAction}
          hidden={{ workspaceSlug: slug }}
          submitLabel={t("form.create")}
          onSuccess={(created) => {
            toast.success(t("created", { name: created.name }));
            close();
            router.push(`/w/${slug}/entities/${created.id}`);
          }}
        >
          {(state) => <EntityFields state={state} slug={slug} withAliases />}
        </DialogForm>
      )}
    </ButtonDialog>
  );
}

/** Rename, retype, redescribe; the former name stays as a confirmed spelling. */
export function EditEntityDialog({ slug, entityId, initial }: { slug: string; entityId: string; initial: EntityFormValues }) {
  const t = useTranslations("entities");
  const tc = useTranslations("common");
  const router = useRouter();
  return (
    <ButtonDialog
      trigger={
        <Button variant="outline">
          <PencilIcon aria-hidden />
          {t("edit")}
        </Button>
      }
      title={t("form.editTitle")}
      description={t("form.editDescription")}
    >
      {(close) => (
        <DialogForm
          action={updateEntityAction}
          hidden={{ workspaceSlug: slug, entityId }}
          submitLabel={tc("save")}
          onSuccess={() => {
            toast.success(t("saved"));
            close();
            router.refresh();
          }}
        >
          {(state) => <EntityFields state={state} initial={initial} slug={slug} withAliases={false} />}
        </DialogForm>
      )}
    </ButtonDialog>
  );
}
