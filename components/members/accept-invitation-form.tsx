"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { acceptInvitationAction } from "@/app/invite/[token]/actions";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { SubmitButton } from "@/components/submit-button";
import { idleState } from "@/lib/actions/state";
import { FormError } from "@/components/form-error";

export function AcceptInvitationForm({ token, email, restrictedTo }: { token: string; email: string; restrictedTo: string | null }) {
  const t = useTranslations("invite");
  const [state, action, pending] = useActionState(acceptInvitationAction, idleState);
  return (
    <form action={action} className="grid gap-3">
      <input type="hidden" name="token" value={token} />
      <FormError state={state} />
      {restrictedTo && restrictedTo !== email && (
        <Alert variant="destructive">
          <AlertDescription>{t("otherEmail", { email: restrictedTo })}</AlertDescription>
        </Alert>
      )}
      <p className="text-sm text-muted-foreground">{t("signedInAs", { email })}</p>
      <SubmitButton pending={pending} className="w-full">
        {t("accept")}
      </SubmitButton>
    </form>
  );
}
