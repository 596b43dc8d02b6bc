"use client";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { signUpAction } from "@/app/(auth)/signup/actions";
import { SubmitButton } from "@/components/submit-button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { idleState } from "@/lib/actions/state";
import { FormError } from "@/components/form-error";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(signUpAction, idleState);
  const password = useRef("");

  // Account created: sign in with the same credentials, then continue (e.g. to an invitation).
  useEffect(() => {
    if (state.status !== "success" || !state.data) return;
    void signIn("credentials", { email: state.data.email, password: password.current, redirect: false }).then(() => {
      window.location.assign(callbackUrl === "/" ? "/workspaces/new" : callbackUrl);
    });
  }, [state, callbackUrl]);

  const v = state.values ?? {};
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormError state={state} />
      <FormField label={t("name")} name="name" errors={state.fieldErrors?.name}>
        <Input name="name" autoComplete="name" required defaultValue={v.name} autoFocus />
      </FormField>
      <FormField label={t("email")} name="email" errors={state.fieldErrors?.email}>
        <Input name="email" type="email" autoComplete="email" required defaultValue={v.email} />
      </FormField>
      <FormField label={t("password")} name="password" errors={state.fieldErrors?.password} hint={t("passwordHint")}>
        <Input name="password" type="password" autoComplete="new-password" required onChange={(e) => (password.current = e.target.value)} />
      </FormField>
      {/* Stays busy after success while the new account signs in and navigates away. */}
      <SubmitButton pending={pending || state.status === "success"} className="w-full">
        {t("createAccount")}
      </SubmitButton>
      <p className="text-center text-sm text-muted-foreground">
        {t("haveAccount")}{" "}
        <Link className="font-medium text-foreground underline-offset-4 hover:underline" href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          {t("signIn")}
        </Link>
      </p>
    </form>
  );
}
