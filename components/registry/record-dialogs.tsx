"use client";
// The create and edit dialogs of a registry record (an entity, a source). A button opens a dialog
// whose form posts FormData to a pipeline action (useActionState); the record's own fields are a
// function of the action's last answer, so they show its errors and the values that were sent.
// Created, the record's page opens; saved, the page refreshes. Their words come from the
// registry's namespace: form.createTitle, form.createDescription, form.create, created, edit,
// form.editTitle, form.editDescription and saved.
import { PencilIcon, PlusIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type * as React from "react";
import { useActionState, useEffect, useEffectEvent } from "react";
import { toast } from "sonner";

import { SubmitButton } from "@/components/submit-button";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { type ActionState, idleState } from "@/lib/actions/state";

import { ButtonDialog } from "./button-dialog";
import type { RegistryNamespace } from "./registry-list";

type FormAction<T> = (state: ActionState<T>, payload: FormData) => Promise<ActionState<T>>;
type Fields<T> = (state: ActionState<T>) => React.ReactNode;

/** "New entity", "New source": creates the record, then opens its page. */
export function NewRecordDialog<T extends { id: string; name: string }>({
  namespace,
  label,
  variant = "default",
  slug,
  action,
  hrefOf,
  children,
}: {
  namespace: RegistryNamespace;
  /** The button's text. */
  label: string;
  variant?: "default" | "outline";
  slug: string;
  action: FormAction<T>;
  hrefOf: (id: string) => string;
  children: Fields<T>;
}) {
  const t = useTranslations(namespace);
  const router = useRouter();
  return (
    <ButtonDialog
      trigger={
        <Button variant={variant}>
          <PlusIcon aria-hidden />
          {label}
        </Button>
      }
      title={t("form.createTitle")}
      description={t("form.createDescription")}
    >
      {(close) => (
        <DialogForm
          action={action}
          hidden={{ workspaceSlug: slug }}
          submitLabel={t("form.create")}
          onSuccess={(created) => {
            toast.success(t("created", { name: created.name }));
            close();
            router.push(hrefOf(created.id));
          }}
        >
          {children}
        </DialogForm>
      )}
    </ButtonDialog>
  );
}

/** "Edit": saves the record's fields and refreshes its page. */
export function EditRecordDialog<T>({
  namespace,
  slug,
  ids,
  action,
  children,
}: {
  namespace: RegistryNamespace;
  slug: string;
  /** The record's id under the name its action expects, e.g. `{ sourceId }`. */
  ids: Record<string, string>;
  action: FormAction<T>;
  children: Fields<T>;
}) {
  const t = useTranslations(namespace);
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
          action={action}
          hidden={{ workspaceSlug: slug, ...ids }}
          submitLabel={tc("save")}
          onSuccess={() => {
            toast.success(t("saved"));
            close();
            router.refresh();
          }}
        >
          {children}
        </DialogForm>
      )}
    </ButtonDialog>
  );
}

/** The form inside either dialog: hidden ids, the fields, then Cancel and the submit button. */
function DialogForm<T>({
  action,
  hidden,
  submitLabel,
  onSuccess,
  children,
}: {
  action: FormAction<T>;
  hidden: Record<string, string>;
  submitLabel: string;
  /** A pipeline action's success always carries what its `run` returned. */
  onSuccess: (data: T) => void;
  children: Fields<T>;
}) {
  const tc = useTranslations("common");
  const [state, formAction, pending] = useActionState(action, idleState);
  const succeeded = useEffectEvent((data: T) => onSuccess(data));
  useEffect(() => {
    if (state.status === "success") succeeded(state.data as T);
  }, [state]);

  return (
    <form action={formAction} className="grid gap-4" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children(state)}
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {tc("cancel")}
          </Button>
        </DialogClose>
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
      </DialogFooter>
    </form>
  );
}
