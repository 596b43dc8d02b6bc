"use client";
// The create and edit dialogs of an entity. Both post FormData to a pipeline action. A name another
// entity of that type already answers to comes back as a conflict naming it, with a link.
import { PencilIcon, PlusIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { toast } from "sonner";

import { createEntityAction, updateEntityAction } from "@/app/(app)/w/[slug]/entities/actions";
import { FormError } from "@/components/form-error";
import { SubmitButton } from "@/components/submit-button";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormField, type FormFieldControlProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { idleState, type ActionState } from "@/lib/actions/state";
import { MAX_ENTITY_DESCRIPTION, MAX_ENTITY_NAME } from "@/lib/entities/schemas";
import { ENTITY_TYPES, type EntityRef, type EntityType } from "@/lib/entities/types";

import { TYPE_ICONS } from "./entity-badges";

export interface EntityFormValues {
  name: string;
  type: EntityType;
  description: string | null;
}

function existingOf(state: ActionState<unknown>): EntityRef | null {
  if (state.status !== "error" || state.code !== "conflict") return null;
  return (state.details as { existing?: EntityRef } | undefined)?.existing ?? null;
}

export function EntityTypeSelect({ name, value, onChange, trigger }: { name: string; value: EntityType; onChange: (v: EntityType) => void; trigger: Omit<FormFieldControlProps, "name"> }) {
  const t = useTranslations("entities.types");
  return (
    <Select name={name} value={value} onValueChange={(v) => onChange(v as EntityType)}>
      <SelectTrigger {...trigger} className="w-full">
        <SelectValue>{t(value)}</SelectValue>
      </SelectTrigger>
      <SelectContent>
        {ENTITY_TYPES.map((k) => {
          const Icon = TYPE_ICONS[k];
          return (
            <SelectItem key={k} value={k}>
              <Icon aria-hidden className="text-muted-foreground" />
              {t(k)}
            </SelectItem>
          );
        })}
      </SelectContent>
    </Select>
  );
}

/** The fields both dialogs share; after a failed submit they show what was sent. */
function EntityFields({ state, initial, slug, withAliases }: { state: ActionState<unknown>; initial?: EntityFormValues; slug: string; withAliases: boolean }) {
  const t = useTranslations("entities.form");
  const sent = state.status === "error" ? state.values : undefined;
  const [type, setType] = useState<EntityType>((sent?.type as EntityType | undefined) ?? initial?.type ?? "person");
  const existing = existingOf(state);
  return (
    <div className="grid gap-4">
      <FormField label={t("name")} name="name" required errors={state.fieldErrors?.name}>
        <Input defaultValue={sent?.name ?? initial?.name} maxLength={MAX_ENTITY_NAME} autoComplete="off" placeholder={t("namePlaceholder")} />
      </FormField>
      {existing && (
        <p className="-mt-2 text-sm">
          <Link href={`/w/${slug}/entities/${existing.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
            {t("openExisting", { name: existing.name })}
          </Link>
        </p>
      )}
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
  );
}

/** "New entity" for editors; opens the created entity's page. */
export function NewEntityDialog({ slug, variant = "default" }: { slug: string; variant?: "default" | "outline" }) {
  const t = useTranslations("entities");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={variant}>
          <PlusIcon aria-hidden />
          {t("newEntity")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("form.createTitle")}</DialogTitle>
          <DialogDescription>{t("form.createDescription")}</DialogDescription>
        </DialogHeader>
        <CreateForm slug={slug} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function CreateForm({ slug, onDone }: { slug: string; onDone: () => void }) {
  const t = useTranslations("entities");
  const tc = useTranslations("common");
  const router = useRouter();
  const [state, action, pending] = useActionState(createEntityAction, idleState);
  useEffect(() => {
    if (state.status !== "success" || !state.data) return;
    toast.success(t("created", { name: state.data.name }));
    onDone();
    router.push(`/w/${slug}/entities/${state.data.id}`);
  }, [state, slug, router, onDone, t]);
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="workspaceSlug" value={slug} />
      <FormError state={state} onlyWithoutFields />
      <EntityFields state={state} slug={slug} withAliases />
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {tc("cancel")}
          </Button>
        </DialogClose>
        <SubmitButton pending={pending}>{t("form.create")}</SubmitButton>
      </DialogFooter>
    </form>
  );
}

/** Rename, retype, redescribe; the former name stays as a confirmed spelling. */
export function EditEntityDialog({ slug, entityId, initial }: { slug: string; entityId: string; initial: EntityFormValues }) {
  const t = useTranslations("entities");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <PencilIcon aria-hidden />
          {t("edit")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("form.editTitle")}</DialogTitle>
          <DialogDescription>{t("form.editDescription")}</DialogDescription>
        </DialogHeader>
        <EditForm slug={slug} entityId={entityId} initial={initial} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function EditForm({ slug, entityId, initial, onDone }: { slug: string; entityId: string; initial: EntityFormValues; onDone: () => void }) {
  const t = useTranslations("entities");
  const tc = useTranslations("common");
  const router = useRouter();
  const [state, action, pending] = useActionState(updateEntityAction, idleState);
  useEffect(() => {
    if (state.status !== "success") return;
    toast.success(t("saved"));
    onDone();
    router.refresh();
  }, [state, router, onDone, t]);
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="workspaceSlug" value={slug} />
      <input type="hidden" name="entityId" value={entityId} />
      <FormError state={state} onlyWithoutFields />
      <EntityFields state={state} initial={initial} slug={slug} withAliases={false} />
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {tc("cancel")}
          </Button>
        </DialogClose>
        <SubmitButton pending={pending}>{tc("save")}</SubmitButton>
      </DialogFooter>
    </form>
  );
}
