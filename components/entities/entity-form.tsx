"use client";
// The create and edit dialogs of an entity. Both post FormData to a pipeline action. A name another
// entity of that type already answers to comes back as a conflict naming it, with a link.
import { useTranslations } from "next-intl";
import { useState } from "react";

import { createEntityAction, updateEntityAction } from "@/app/(app)/w/[slug]/entities/actions";
import { FormError } from "@/components/form-error";
import { existingRecord, ExistingRecordLink } from "@/components/registry/existing-record";
import { OptionSelect } from "@/components/registry/option-select";
import { EditRecordDialog, NewRecordDialog } from "@/components/registry/record-dialogs";
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
  return (
    <NewRecordDialog namespace="entities" label={t("newEntity")} variant={variant} slug={slug} action={createEntityAction} hrefOf={(id) => `/w/${slug}/entities/${id}`}>
      {(state) => <EntityFields state={state} slug={slug} withAliases />}
    </NewRecordDialog>
  );
}

/** Rename, retype, redescribe; the former name stays as a confirmed spelling. */
export function EditEntityDialog({ slug, entityId, initial }: { slug: string; entityId: string; initial: EntityFormValues }) {
  return (
    <EditRecordDialog namespace="entities" slug={slug} ids={{ entityId }} action={updateEntityAction}>
      {(state) => <EntityFields state={state} initial={initial} slug={slug} withAliases={false} />}
    </EditRecordDialog>
  );
}
