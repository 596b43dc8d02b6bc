"use client";
// The create and edit dialogs of a source. Both post FormData to a pipeline action: one alias per
// line, empty optional fields clear them. A name another source already uses comes back as a
// conflict naming that source, with a link to it.
import { PencilIcon, PlusIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { toast } from "sonner";

import { createSourceAction, updateSourceAction } from "@/app/(app)/w/[slug]/sources/actions";
import { FormError } from "@/components/form-error";
import { SubmitButton } from "@/components/submit-button";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ActionState } from "@/lib/actions/state";
import { idleState } from "@/lib/actions/state";
import { SOURCE_KINDS, type SourceKind, type SourceRef } from "@/lib/claims/types";
import { MAX_SOURCE_DESCRIPTION, MAX_SOURCE_NAME } from "@/lib/sources/schemas";

import { KIND_ICONS } from "./source-badges";

export interface SourceFormValues {
  name: string;
  kind: SourceKind;
  description: string | null;
  url: string | null;
  country: string | null;
  aliases: string[];
}

function existingOf(state: ActionState<unknown>): SourceRef | null {
  if (state.status !== "error" || state.code !== "conflict") return null;
  const d = state.details as { existing?: SourceRef } | undefined;
  return d?.existing ?? null;
}

/** The fields both dialogs share; after a failed submit they show what was sent. */
function SourceFields({ state, initial, slug }: { state: ActionState<unknown>; initial?: SourceFormValues; slug: string }) {
  const t = useTranslations("sources.form");
  const tk = useTranslations("sources.kinds");
  const sent = state.status === "error" ? state.values : undefined;
  const [kind, setKind] = useState<string>(sent?.kind ?? initial?.kind ?? "person");
  const existing = existingOf(state);
  return (
    <div className="grid gap-4">
      {/* A duplicate name is reported on the name field, with a link to the source that has it. */}
      <FormField label={t("name")} name="name" required errors={state.fieldErrors?.name ?? (existing ? state.formError : undefined)}>
        <Input defaultValue={sent?.name ?? initial?.name} maxLength={MAX_SOURCE_NAME} autoComplete="off" placeholder={t("namePlaceholder")} />
      </FormField>
      {existing && (
        <p className="-mt-2 text-sm">
          <Link href={`/w/${slug}/sources/${existing.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
            {t("openExisting", { name: existing.name })}
          </Link>
        </p>
      )}
      <FormField label={t("kind")} name="kind" required errors={state.fieldErrors?.kind}>
        {({ name, ...trigger }) => (
          <Select name={name} value={kind} onValueChange={setKind}>
            <SelectTrigger {...trigger} className="w-full">
              <SelectValue>{tk(kind as SourceKind)}</SelectValue>
            </SelectTrigger>
            <SelectContent>
              {SOURCE_KINDS.map((k) => {
                const Icon = KIND_ICONS[k];
                return (
                  <SelectItem key={k} value={k}>
                    <Icon aria-hidden className="text-muted-foreground" />
                    {tk(k)}
                  </SelectItem>
                );
              })}
            </SelectContent>
          </Select>
        )}
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
  );
}

/** "New source" for roles with sources.write; opens the created source's page. */
export function NewSourceDialog({ slug, variant = "default" }: { slug: string; variant?: "default" | "outline" }) {
  const t = useTranslations("sources");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={variant}>
          <PlusIcon aria-hidden />
          {t("newSource")}
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
  const t = useTranslations("sources");
  const tc = useTranslations("common");
  const router = useRouter();
  const [state, action, pending] = useActionState(createSourceAction, idleState);
  useEffect(() => {
    if (state.status !== "success" || !state.data) return;
    toast.success(t("created", { name: state.data.name }));
    onDone();
    router.push(`/w/${slug}/sources/${state.data.id}`);
  }, [state, slug, router, onDone, t]);
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="workspaceSlug" value={slug} />
      {!existingOf(state) && <FormError state={state} onlyWithoutFields />}
      <SourceFields state={state} slug={slug} />
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

/** Edit a source's name, kind, description, URL, country and aliases. */
export function EditSourceDialog({ slug, sourceId, initial }: { slug: string; sourceId: string; initial: SourceFormValues }) {
  const t = useTranslations("sources");
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
        <EditForm slug={slug} sourceId={sourceId} initial={initial} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function EditForm({ slug, sourceId, initial, onDone }: { slug: string; sourceId: string; initial: SourceFormValues; onDone: () => void }) {
  const t = useTranslations("sources");
  const tc = useTranslations("common");
  const router = useRouter();
  const [state, action, pending] = useActionState(updateSourceAction, idleState);
  useEffect(() => {
    if (state.status !== "success") return;
    toast.success(t("saved"));
    onDone();
    router.refresh();
  }, [state, router, onDone, t]);
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="workspaceSlug" value={slug} />
      <input type="hidden" name="sourceId" value={sourceId} />
      {!existingOf(state) && <FormError state={state} onlyWithoutFields />}
      <SourceFields state={state} initial={initial} slug={slug} />
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
