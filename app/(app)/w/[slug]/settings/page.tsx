import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DeleteWorkspaceForm, WorkspaceNameForm } from "@/components/workspaces/settings-forms";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listAuditEvents } from "@/lib/audit/queries";
import { can } from "@/lib/authz/authorize";
import { requireWorkspace } from "@/lib/workspaces/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { actor, workspace } = await requireWorkspace(slug);
  const t = await getTranslations("settings");
  const tv = await getTranslations("verdicts.settingsLink");
  const format = await getFormatter();
  const events = can(actor.role, "audit.read") ? await listAuditEvents({ actor, limit: 30 }) : null;

  return (
    <div className="grid gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardHeader>
          <CardTitle className="text-base">{t("general")}</CardTitle>
          {!can(actor.role, "workspace.settings") && <CardDescription>{t("readOnly")}</CardDescription>}
        </CardHeader>
        <CardContent>
          <WorkspaceNameForm slug={slug} name={workspace.name} editable={can(actor.role, "workspace.settings")} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle className="text-base">{tv("title")}</CardTitle>
          <CardDescription>{tv("description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <Button asChild variant="outline">
            <Link href={`/w/${slug}/settings/verdicts`}>{can(actor.role, "verdicts.manage") ? tv("manage") : tv("view")}</Link>
          </Button>
        </CardContent>
      </Card>
      {events && (
        <Card>
          <CardHeader>
            <CardTitle className="text-base">{t("auditTitle")}</CardTitle>
            <CardDescription>{t("auditDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("auditWhen")}</TableHead>
                  <TableHead>{t("auditWho")}</TableHead>
                  <TableHead>{t("auditWhat")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {events.map((e) => (
                  <TableRow key={e.id}>
                    <TableCell className="whitespace-nowrap text-sm text-muted-foreground">{format.dateTime(e.createdAt, { dateStyle: "short", timeStyle: "short" })}</TableCell>
                    <TableCell className="text-sm">{e.actorName ?? t("auditSystem")}</TableCell>
                    <TableCell className="font-mono text-xs">{e.action}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      )}
      {can(actor.role, "workspace.delete") && (
        <Card className="border-destructive/40">
          <CardHeader>
            <CardTitle className="text-base text-destructive">{t("dangerTitle")}</CardTitle>
            <CardDescription>{t("deleteDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <DeleteWorkspaceForm slug={slug} />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
