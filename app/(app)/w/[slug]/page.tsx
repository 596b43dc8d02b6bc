import { FileText, Highlighter, UserPlus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/authz/authorize";
import { requireWorkspace } from "@/lib/workspaces/queries";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { workspace } = await requireWorkspace((await params).slug);
  return { title: workspace.name };
}

export default async function WorkspaceHomePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace, membership, user } = await requireWorkspace(slug);
  const t = await getTranslations("home");
  const tr = await getTranslations("common.roles");
  const role = membership.role;

  const steps = [
    { icon: FileText, title: t("stepImportTitle"), body: t("stepImportBody"), allowed: can(role, "articles.import"), href: `/w/${slug}/import` },
    { icon: Highlighter, title: t("stepClaimsTitle"), body: t("stepClaimsBody"), allowed: can(role, "claims.write") },
    { icon: UserPlus, title: t("stepInviteTitle"), body: t("stepInviteBody"), allowed: can(role, "members.manage"), href: `/w/${slug}/members` },
  ];

  return (
    <div className="grid gap-6">
      <PageHeader
        title={workspace.name}
        description={t("welcome", { name: user.name.split(" ")[0] ?? user.name })}
        actions={<Badge variant="secondary">{tr(role)}</Badge>}
      />
      <EmptyState
        icon={FileText}
        title={t("emptyTitle")}
        description={can(role, "articles.import") ? t("emptyDescriptionEditor") : t("emptyDescriptionViewer")}
      />
      <section aria-labelledby="next-steps" className="grid gap-3">
        <h2 id="next-steps" className="text-sm font-medium text-muted-foreground">
          {t("nextSteps")}
        </h2>
        <div className="grid gap-4 md:grid-cols-3">
          {steps.map((s) => (
            <Card key={s.title} className={s.allowed ? "" : "opacity-70"}>
              <CardHeader>
                <s.icon className="size-5 text-muted-foreground" aria-hidden />
                <CardTitle className="text-base">{s.title}</CardTitle>
                <CardDescription>{s.body}</CardDescription>
              </CardHeader>
              <CardContent>
                {s.href && s.allowed ? (
                  <Button asChild variant="outline" size="sm">
                    <Link href={s.href}>{t("open")}</Link>
                  </Button>
                ) : (
                  <p className="text-xs text-muted-foreground">{s.allowed ? t("comingSoon") : t("notForRole", { role: tr(role) })}</p>
                )}
              </CardContent>
            </Card>
          ))}
        </div>
      </section>
    </div>
  );
}
