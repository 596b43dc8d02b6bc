import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { InvitationsList } from "@/components/members/invitations-list";
import { InviteForm } from "@/components/members/invite-form";
import { MembersTable } from "@/components/members/members-table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/authz/authorize";
import { env } from "@/lib/env";
import { listInvitations } from "@/lib/invitations/queries";
import { listMembers } from "@/lib/members/queries";
import { requireWorkspace } from "@/lib/workspaces/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("members");
  return { title: t("title") };
}

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { actor, user } = await requireWorkspace(slug);
  const t = await getTranslations("members");
  const canManage = can(actor.role, "members.manage");
  const canManageOwners = can(actor.role, "members.manageOwners");
  const members = await listMembers({ actor });
  const invitations = canManage ? await listInvitations({ actor }) : [];
  const h = await headers();
  const origin = env().NEXTAUTH_URL ?? `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host")}`;

  return (
    <div className="grid gap-6">
      <PageHeader title={t("title")} description={canManage ? t("descriptionManage") : t("descriptionRead")} />
      {canManage && (
        <Card>
          <CardHeader>
            <CardTitle className="text-base">{t("inviteTitle")}</CardTitle>
            <CardDescription>{t("inviteDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <InviteForm slug={slug} origin={origin} canInviteOwners={canManageOwners} />
          </CardContent>
        </Card>
      )}
      <Card>
        <CardHeader>
          <CardTitle className="text-base">{t("membersCount", { count: members.length })}</CardTitle>
        </CardHeader>
        <CardContent>
          <MembersTable
            slug={slug}
            currentUserId={user.id}
            canManage={canManage}
            canManageOwners={canManageOwners}
            members={members.map((m) => ({ id: m.id, role: m.role, userId: m.user.id, name: m.user.name, email: m.user.email, since: m.createdAt.toISOString() }))}
          />
        </CardContent>
      </Card>
      {canManage && (
        <Card>
          <CardHeader>
            <CardTitle className="text-base">{t("invitationsTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <InvitationsList
              slug={slug}
              canManageOwners={canManageOwners}
              invitations={invitations.map((i) => ({
                id: i.id,
                role: i.role,
                email: i.email,
                status: i.status,
                expiresAt: i.expiresAt.toISOString(),
                createdBy: i.createdBy.name,
                acceptedBy: i.acceptedBy?.name ?? null,
              }))}
            />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
