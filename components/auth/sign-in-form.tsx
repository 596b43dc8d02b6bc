"use client";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { SubmitButton } from "@/components/submit-button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** Turns next-auth's error string ("tooManyAttempts:840") into a translated sentence. */
function useSignInError() {
  const t = useTranslations("errors");
  return (raw: string) => {
    const [key, seconds] = raw.split(":");
    if (key === "tooManyAttempts" && seconds) {
      const s = Number(seconds);
      return t("tooManyAttempts", { minutes: Math.ceil(s / 60), seconds: s });
    }
    return key && t.has(key) ? t(key) : t("invalidCredentials");
  };
}

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const describe = useSignInError();
  const [error, setError] = useState<string | null>(null);
  const [email, setEmail] = useState("");
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    startTransition(async () => {
      const res = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!res || res.error) {
        setError(describe(res?.error ?? "invalidCredentials"));
        return;
      }
      // A full navigation: every server component re-renders with the new session, and the
      // client router cache (which still holds signed-out redirects) starts empty.
      window.location.assign(callbackUrl);
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate aria-describedby={error ? "signin-error" : undefined}>
      {error && (
        <Alert variant="destructive" id="signin-error" role="alert">
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      )}
      <div className="grid gap-2">
        <Label htmlFor="email">{t("email")}</Label>
        <Input id="email" name="email" type="email" autoComplete="username" required autoFocus value={email} onChange={(e) => setEmail(e.target.value)} />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="password">{t("password")}</Label>
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <SubmitButton pending={pending} className="w-full">
        {t("signIn")}
      </SubmitButton>
      <p className="text-center text-sm text-muted-foreground">
        {t("noAccount")}{" "}
        <Link className="font-medium text-foreground underline-offset-4 hover:underline" href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          {t("signUp")}
        </Link>
      </p>
    </form>
  );
}
