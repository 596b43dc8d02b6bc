"use client";
// The create and edit dialogs of a source. Both post FormData to a pipeline action: one alias per
// line, empty optional fields clear them. A name another source already uses comes back as a
// conflict naming that source, with a link to it.
import { useTranslations } from "next-intl";
import { useState } from "react";

import { createSourceAction, updateSourceAction } from "@/app/(app)/w/[slug]/sources/actions";
import { FormError } from "@/components/form-error";
import { existingRecord, ExistingRecordLink } from "@/components/registry/existing-record";
import { OptionSelect } from "@/components/registry/option-select";
import { EditRecordDialog, NewRecordDialog } from "@/components/registry/record-dialogs";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ActionState } from "@/lib/actions/state";
import type { SourceKind } from "@/lib/claims/types";
import { MAX_SOURCE_DESCRIPTION, MAX_SOURCE_NAME } from "@/lib/sources/schemas";

import { useSourceKindOptions } from "./source-badges";

export interface SourceFormValues {
  name: string;
  kind: SourceKind;
  description: string | null;
  url: string | null;
  country: string | null;
  aliases: string[];
}

/** The fields both dialogs share; after a failed submit they show what was sent. */
function SourceFields({ state, initial, slug }: { state: ActionState<unknown>; initial?: SourceFormValues; slug: string }) {
  const t = useTranslations("sources.form");
  const kinds = useSourceKindOptions();
  const sent = state.status === "error" ? state.values : undefined;
  const [kind, setKind] = useState<string>(sent?.kind ?? initial?.kind ?? "person");
  const existing = existingRecord(state);
  return (
    <>
      {!existing && <FormError state={state} onlyWithoutFields />}
      <div className="grid gap-4">
        {/* A duplicate name is reported on the name field, with a link to the source that has it. */}
        <FormField label={t("name")} name="name" required errors={state.fieldErrors?.name ?? (existing ? state.formError : undefined)}>
          <Input defaultValue={sent?.name ?? initial?.name} maxLength={MAX_SOURCE_NAME} autoComplete="off" placeholder={t("namePlaceholder")} />
        </FormField>
        {existing && <ExistingRecordLink href={`/w/${slug}/sources/${existing.id}`}>{t("openExisting", { name: existing.name })}</ExistingRecordLink>}
        <FormField label={t("kind")} name="kind" required errors={state.fieldErrors?.kind}>
          {({ name, ...trigger }) => <OptionSelect name={name} options={kinds} value={kind} onValueChange={setKind} trigger={trigger} />}
        </FormField>
        <FormField label={t("description")} name="description" hint={t("descriptionHint")} errors={state.fieldErrors?.description}>
          <Input defaultValue={sent?.description ?? initial?.description ?? ""} maxLength={MAX_SOURCE_DESCRIPTION} autoComplete="off" />
        </FormField>
        <div className="grid items-start gap-4 sm:grid-cols-[1fr_9rem]">
          <FormField label={t("url")} name="url" errors={state.fieldErrors?.url}>
            <Input type="url" inputMode="url" defaultValue={sent?.url ?? initial?.url ?? ""} placeholder="https://" autoComplete="off" />
          </FormField>
          <FormField label={t("country")} name="country" hint={t("countryHint")} errors={state.fieldErrors?.country}>
            <Input defaultValue={sent?.country ?? initial?.country ?? ""} maxLength={2} autoComplete="off" placeholder="FR" className="uppercase" />
          </FormField>
        </div>
        <FormField label={t("aliases")} name="aliases" hint={t("aliasesHint")} errors={state.fieldErrors?.aliases}>
          <Textarea defaultValue={sent?.aliases ?? initial?.aliases.join("\n") ?? ""} rows={3} />
        </FormField>
      </div>
    </>
  );
}

/** "New source" for roles with sources.write; opens the created source's page. */
export function NewSourceDialog({ slug, variant = "default" }: { slug: string; variant?: "default" | "outline" }) {
  const t = useTranslations("sources");
  return (
    <NewRecordDialog namespace="sources" label={t("newSource")} variant={variant} slug={slug} action={createSourceAction} hrefOf={(id) => `/w/${slug}/sources/${id}`}>
      {(state) => <SourceFields state={state} slug={slug} />}
    </NewRecordDialog>
  );
}

/** Edit a source's name, kind, description, URL, country and aliases. */
export function EditSourceDialog({ slug, sourceId, initial }: { slug: string; sourceId: string; initial: SourceFormValues }) {
  return (
    <EditRecordDialog namespace="sources" slug={slug} ids={{ sourceId }} action={updateSourceAction}>
      {(state) => <SourceFields state={state} initial={initial} slug={slug} />}
    </EditRecordDialog>
  );
}
