"use client";
// Splitting an entity (editors): tick the spellings that name something else, optionally name and
// type the new entity, and split. The server moves the claims that mention only those spellings.
import { Loader2Icon, SplitIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type * as React from "react";
import { useId, useState, useTransition } from "react";
import { toast } from "sonner";

import { splitEntityAction } from "@/app/(app)/w/[slug]/entities/actions";
import { ButtonDialog } from "@/components/registry/button-dialog";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { idleState } from "@/lib/actions/state";
import { MAX_ENTITY_NAME } from "@/lib/entities/schemas";
import type { AliasStatus, EntityRef, EntityType } from "@/lib/entities/types";

import { EntityTypeSelect } from "./entity-form";

export interface SplittableAlias {
  id: string;
  alias: string;
  status: AliasStatus;
}

export function SplitEntityDialog({ slug, entity, aliases }: { slug: string; entity: EntityRef; aliases: SplittableAlias[] }) {
  const t = useTranslations("entities.split");
  return (
    <ButtonDialog
      trigger={
        <Button variant="outline">
          <SplitIcon aria-hidden />
          {t("open")}
        </Button>
      }
      title={t("title", { name: entity.name })}
      description={t("description")}
      className="sm:max-w-lg"
    >
      {(close) => <SplitForm slug={slug} entity={entity} aliases={aliases} onDone={close} />}
    </ButtonDialog>
  );
}

function SplitForm({ slug, entity, aliases, onDone }: { slug: string; entity: EntityRef; aliases: SplittableAlias[]; onDone: () => void }) {
  const t = useTranslations("entities.split");
  const te = useTranslations("entities");
  const tc = useTranslations("common");
  const router = useRouter();
  const ids = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const [name, setName] = useState("");
  const [type, setType] = useState<EntityType>(entity.type);
  const [error, setError] = useState<{ form?: string; fields?: Record<string, string[]> } | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(e: React.FormEvent) {
    e.preventDefault();
    startTransition(async () => {
      const result = await splitEntityAction(idleState, { workspaceSlug: slug, entityId: entity.id, aliasIds: chosen, name, type });
      if (result.status === "error") {
        setError({ form: result.formError, fields: result.fieldErrors });
        return;
      }
      const data = result.data!;
      toast.success(t("done", { name: data.created.name, aliases: data.aliasesMoved, claims: data.claimsMoved + data.claimsShared }));
      onDone();
      router.push(`/w/${slug}/entities/${data.created.id}`);
    });
  }

  if (aliases.length === 0) {
    return (
      <>
        <p className="text-sm text-muted-foreground">{t("noAliases", { name: entity.name })}</p>
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" variant="outline">
              {tc("close")}
            </Button>
          </DialogClose>
        </DialogFooter>
      </>
    );
  }

  const aliasError = error?.fields?.aliasIds?.[0];
  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      {error?.form && !error.fields && (
        <Alert variant="destructive" role="alert">
          <AlertDescription>{error.form}</AlertDescription>
        </Alert>
      )}
      <fieldset className="grid gap-1.5" aria-describedby={aliasError ? `${ids}-aliases-error` : undefined}>
        <legend className="mb-1.5 text-sm font-medium">{t("aliasesLegend")}</legend>
        <ul className="grid max-h-56 gap-1 overflow-y-auto rounded-md border p-1">
          {aliases.map((a) => (
            <li key={a.id}>
              <label className="flex cursor-pointer items-center gap-2.5 rounded-sm px-2.5 py-1.5 text-sm hover:bg-muted has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring">
                <input
                  type="checkbox"
                  checked={chosen.includes(a.id)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setChosen((c) => (on ? [...c, a.id] : c.filter((x) => x !== a.id)));
                  }}
                  className="accent-primary"
                />
                <span className="font-medium">{a.alias}</span>
                <span className="text-xs text-muted-foreground">{te(`${a.status}Title`)}</span>
              </label>
            </li>
          ))}
        </ul>
        {aliasError && (
          <p id={`${ids}-aliases-error`} className="text-[13px] font-medium text-destructive">
            {aliasError}
          </p>
        )}
      </fieldset>
      <FormField label={t("name")} name="name" hint={t("nameHint")} errors={error?.fields?.name}>
        <Input value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={MAX_ENTITY_NAME} autoComplete="off" />
      </FormField>
      <FormField label={t("type")} name="type" errors={error?.fields?.type}>
        {({ name: field, ...trigger }) => <EntityTypeSelect name={field ?? "type"} value={type} onChange={setType} trigger={trigger} />}
      </FormField>
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {tc("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" disabled={pending || chosen.length === 0} aria-busy={pending || undefined}>
          {pending ? <Loader2Icon className="animate-spin" aria-hidden /> : <SplitIcon aria-hidden />}
          {t("submit")}
        </Button>
      </DialogFooter>
    </form>
  );
}
