import { FileText, Highlighter, UserPlus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listArticles } from "@/lib/articles/queries";
import { can } from "@/lib/authz/authorize";
import { requireWorkspace } from "@/lib/workspaces/queries";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { workspace } = await requireWorkspace((await params).slug);
  return { title: workspace.name };
}

export default async function WorkspaceHomePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace, membership, user, actor } = await requireWorkspace(slug);
  const t = await getTranslations("home");
  const recent = await listArticles({ actor, input: { sort: "createdAt", dir: "desc", pageSize: 10 } });
  const tr = await getTranslations("common.roles");
  const role = membership.role;

  const steps = [
    { icon: FileText, title: t("stepImportTitle"), body: t("stepImportBody"), allowed: can(role, "articles.import"), href: `/w/${slug}/import` },
    { icon: Highlighter, title: t("stepClaimsTitle"), body: t("stepClaimsBody"), allowed: can(role, "claims.write") },
    { icon: UserPlus, title: t("stepInviteTitle"), body: t("stepInviteBody"), allowed: can(role, "members.manage"), href: `/w/${slug}/members` },
  ];

  return (
    // min-w-0 on every row: a long truncated title must not widen the grid past the viewport.
    <div className="grid min-w-0 gap-6 [&>*]:min-w-0">
      <PageHeader
        title={workspace.name}
        description={t("welcome", { name: user.name.split(" ")[0] ?? user.name })}
        actions={<Badge variant="secondary">{tr(role)}</Badge>}
      />
      {recent.total === 0 ? (
        <EmptyState
          icon={FileText}
          title={t("emptyTitle")}
          description={can(role, "articles.import") ? t("emptyDescriptionEditor") : t("emptyDescriptionViewer")}
        />
      ) : (
        <Card>
          <CardHeader className="flex flex-row items-center justify-between gap-4">
            <CardTitle as="h2" className="text-base">
              {t("recentTitle", { count: recent.total })}
            </CardTitle>
            <Button asChild variant="outline" size="sm">
              <Link href={`/w/${slug}/articles`}>{t("allArticles")}</Link>
            </Button>
          </CardHeader>
          <CardContent>
            <ul className="divide-y">
              {recent.rows.map((a) => (
                <li key={a.id} className="flex items-baseline justify-between gap-4 py-2">
                  <Link href={`/w/${slug}/articles/${a.id}`} className="min-w-0 truncate font-medium underline-offset-4 hover:underline">
                    {a.title}
                  </Link>
                  <span className="shrink-0 text-sm text-muted-foreground">{a.outlet ?? a.language?.toUpperCase() ?? ""}</span>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      )}
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
