import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeft } from "lucide-react";
import { ClaimReviewHelp } from "@/components/verdicts/claim-review-help";
import { VerdictSetEditor } from "@/components/verdicts/verdict-set-editor";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/authz/authorize";
import { getVerdictsForSettings } from "@/lib/verdicts/queries";
import { requireWorkspace } from "@/lib/workspaces/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verdicts.settings");
  return { title: t("title") };
}

export default async function VerdictSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { actor } = await requireWorkspace(slug);
  const t = await getTranslations("verdicts.settings");
  const canManage = can(actor.role, "verdicts.manage");
  const verdicts = await getVerdictsForSettings({ actor });

  return (
    <div className="grid gap-6">
      <div>
        <Button asChild variant="link" size="sm" className="text-muted-foreground">
          <Link href={`/w/${slug}/settings`}>
            <ChevronLeft aria-hidden />
            {t("backToSettings")}
          </Link>
        </Button>
      </div>
      <PageHeader className="pb-0" title={t("title")} description={canManage ? t("descriptionManage") : t("descriptionRead")} />
      <VerdictSetEditor slug={slug} verdicts={verdicts} canManage={canManage} />
      <ClaimReviewHelp />
    </div>
  );
}
