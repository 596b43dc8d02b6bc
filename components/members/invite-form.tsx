"use client";
import { Check, Copy } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { createInvitationAction } from "@/app/(app)/w/[slug]/members/actions";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { RoleItems } from "@/components/members/role-items";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { SubmitButton } from "@/components/submit-button";
import { idleState } from "@/lib/actions/state";
import { FormError } from "@/components/form-error";
import { INVITATION_EXPIRY_DAYS } from "@/lib/invitations/schemas";

export function InviteForm({ slug, origin, canInviteOwners }: { slug: string; origin: string; canInviteOwners: boolean }) {
  const t = useTranslations("members");
  const tr = useTranslations("common.roles");
  const router = useRouter();
  const [state, action, pending] = useActionState(createInvitationAction, idleState);
  const [copied, setCopied] = useState(false);
  const link = state.status === "success" && state.data ? `${origin}/invite/${state.data.token}` : null;

  useEffect(() => {
    if (link) router.refresh();
  }, [link, router]);

  return (
    <div className="grid gap-4">
      <form action={action} className="grid gap-4 md:grid-cols-[10rem_10rem_1fr_auto] md:items-start" noValidate>
        <input type="hidden" name="workspaceSlug" value={slug} />
        <FormField label={t("inviteRole")} name="role" errors={state.fieldErrors?.role}>
          {({ name, ...trigger }) => (
          <Select name={name} defaultValue={state.values?.role ?? "editor"}>
            <SelectTrigger {...trigger} className="w-full">
              <SelectValue />
            </SelectTrigger>
            <RoleItems includeOwner={canInviteOwners} />
          </Select>
          )}
        </FormField>
        <FormField label={t("inviteExpiry")} name="expiresInDays" errors={state.fieldErrors?.expiresInDays}>
          {({ name, ...trigger }) => (
          <Select name={name} defaultValue={state.values?.expiresInDays ?? "7"}>
            <SelectTrigger {...trigger} className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {INVITATION_EXPIRY_DAYS.map((d) => (
                <SelectItem key={d} value={String(d)}>
                  {t("days", { count: d })}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          )}
        </FormField>
        <FormField label={t("inviteEmail")} name="email" errors={state.fieldErrors?.email} hint={t("inviteEmailHint")}>
          <Input name="email" type="email" placeholder="name@newsroom.example" defaultValue={state.values?.email} />
        </FormField>
        <div className="md:pt-[1.375rem]">
          <SubmitButton pending={pending} className="w-full md:w-auto">
            {t("createLink")}
          </SubmitButton>
        </div>
      </form>
      <FormError state={state} onlyWithoutFields />
      {link && state.data && (
        <Alert role="status">
          <AlertTitle>{t("linkReady", { role: tr(state.data.role) })}</AlertTitle>
          <AlertDescription>
            <p className="mb-2">{t("linkOnce")}</p>
            <div className="flex w-full gap-2">
              <Input readOnly value={link} aria-label={t("inviteLink")} data-testid="invite-link" onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 font-mono text-xs" />
              <Button
                type="button"
                variant="outline"
                onClick={async () => {
                  await navigator.clipboard?.writeText(link).catch(() => {});
                  setCopied(true);
                  setTimeout(() => setCopied(false), 2000);
                }}
              >
                {copied ? <Check className="size-4" aria-hidden /> : <Copy className="size-4" aria-hidden />}
                {copied ? t("copied") : t("copy")}
              </Button>
            </div>
          </AlertDescription>
        </Alert>
      )}
    </div>
  );
}
