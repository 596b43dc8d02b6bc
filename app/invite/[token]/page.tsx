import { Clock, Ban, CheckCircle2, SearchX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { AcceptInvitationForm } from "@/components/members/accept-invitation-form";
import { Button } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/session";
import { findInvitationByToken } from "@/lib/invitations/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invite");
  return { title: t("title") };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invite");
  const tr = await getTranslations("common.roles");
  const format = await getFormatter();
  const user = await getCurrentUser();
  const invitation = await findInvitationByToken({ token, userId: user?.id });
  const here = `/invite/${token}`;

  if (!invitation || invitation.status !== "pending") {
    const status = invitation?.status === "expired" || invitation?.status === "revoked" || invitation?.status === "accepted" ? invitation.status : "notFound";
    const Icon = { notFound: SearchX, expired: Clock, revoked: Ban, accepted: CheckCircle2 }[status];
    return (
      <AuthCard title={t(`${status}Title`)} description={t(`${status}Body`)} icon={<Icon className="size-6 text-muted-foreground" aria-hidden />}>
        <Button asChild variant="outline" className="w-full">
          <Link href="/">{t("goHome")}</Link>
        </Button>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title={t("joinTitle", { workspace: invitation.workspace.name })}
      description={t("joinBody", { inviter: invitation.createdBy.name, role: tr(invitation.role), expires: format.dateTime(invitation.expiresAt, { dateStyle: "long" }) })}
    >
      {invitation.alreadyMember ? (
        <Button asChild className="w-full">
          <Link href={`/w/${invitation.workspace.slug}`}>{t("alreadyMember")}</Link>
        </Button>
      ) : user ? (
        <AcceptInvitationForm token={token} email={user.email} restrictedTo={invitation.email} />
      ) : (
        <div className="grid gap-3">
          <Button asChild className="w-full">
            <Link href={`/signup?callbackUrl=${encodeURIComponent(here)}`}>{t("signUpToAccept")}</Link>
          </Button>
          <Button asChild variant="outline" className="w-full">
            <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}`}>{t("signInToAccept")}</Link>
          </Button>
        </div>
      )}
    </AuthCard>
  );
}
