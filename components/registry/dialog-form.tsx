"use client";
// The form inside a create or edit dialog: it posts FormData to a pipeline action
// (useActionState), shows the fields it is given with the action's answer, and ends with Cancel
// and the submit button. On success it hands over what the action returned.
import { useTranslations } from "next-intl";
import type * as React from "react";
import { useActionState, useEffect, useEffectEvent } from "react";

import { SubmitButton } from "@/components/submit-button";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { type ActionState, idleState } from "@/lib/actions/state";

export function DialogForm<T>({
  action,
  hidden,
  submitLabel,
  onSuccess,
  children,
}: {
  action: (state: ActionState<T>, payload: FormData) => Promise<ActionState<T>>;
  /** Posted with the fields: the workspace's slug, the edited record's id. */
  hidden: Record<string, string>;
  submitLabel: string;
  /** A pipeline action's success always carries what its `run` returned. */
  onSuccess: (data: T) => void;
  /** The fields, given the action's last answer (its errors and the values it was sent). */
  children: (state: ActionState<T>) => React.ReactNode;
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
