"use client";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { toast } from "sonner";
import { changePasswordAction, updateProfileAction } from "@/app/(app)/(personal)/account/actions";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { SubmitButton } from "@/components/submit-button";
import { idleState } from "@/lib/actions/state";
import { FormError } from "@/components/form-error";
import { localeNames, locales } from "@/lib/i18n/config";

export function ProfileForm({ name, locale }: { name: string; locale: "en" | "fr" | null }) {
  const t = useTranslations("account");
  const tc = useTranslations("common");
  const router = useRouter();
  const [state, action, pending] = useActionState(updateProfileAction, idleState);
  useEffect(() => {
    if (state.status === "success") {
      toast.success(t("saved"));
      router.refresh();
    }
  }, [state, t, router]);
  return (
    <form action={action} className="grid max-w-md gap-4" noValidate>
      <FormField label={t("name")} name="name" errors={state.fieldErrors?.name}>
        <Input name="name" defaultValue={state.values?.name ?? name} required autoComplete="name" />
      </FormField>
      <FormField label={t("language")} name="locale" hint={t("languageHint")}>
        {({ name, ...trigger }) => (
          <Select name={name} defaultValue={state.values?.locale ?? locale ?? "en"}>
            <SelectTrigger {...trigger} className="w-48">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {locales.map((l) => (
                <SelectItem key={l} value={l}>
                  {localeNames[l]}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        )}
      </FormField>
      <div>
        <SubmitButton pending={pending}>
          {tc("save")}
        </SubmitButton>
      </div>
    </form>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const [state, action, pending] = useActionState(changePasswordAction, idleState);
  const next = useRef("");
  const form = useRef<HTMLFormElement>(null);
  // Other sessions were just invalidated (sessionVersion bumped); renew this one.
  useEffect(() => {
    if (state.status !== "success" || !state.data) return;
    void signIn("credentials", { email: state.data.email, password: next.current, redirect: false }).then(() => {
      toast.success(t("passwordChanged"));
      form.current?.reset();
    });
  }, [state, t]);
  return (
    <form ref={form} action={action} className="grid max-w-md gap-4" noValidate>
      <FormError state={state} onlyWithoutFields />
      <FormField label={t("currentPassword")} name="currentPassword" errors={state.fieldErrors?.currentPassword}>
        <Input name="currentPassword" type="password" autoComplete="current-password" required />
      </FormField>
      <FormField label={t("newPassword")} name="newPassword" errors={state.fieldErrors?.newPassword} hint={t("passwordHint")}>
        <Input name="newPassword" type="password" autoComplete="new-password" required onChange={(e) => (next.current = e.target.value)} />
      </FormField>
      <FormField label={t("confirmPassword")} name="confirmPassword" errors={state.fieldErrors?.confirmPassword}>
        <Input name="confirmPassword" type="password" autoComplete="new-password" required />
      </FormField>
      <div>
        <SubmitButton pending={pending}>
          {t("changePassword")}
        </SubmitButton>
      </div>
    </form>
  );
}
