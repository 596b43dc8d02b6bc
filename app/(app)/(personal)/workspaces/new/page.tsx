import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardContent } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workspaces");
  return { title: t("createTitle") };
}

export default async function NewWorkspacePage() {
  const t = await getTranslations("workspaces");
  return (
    <div className="mx-auto w-full max-w-xl">
      <PageHeader title={t("createTitle")} description={t("createDescription")} />
      <Card>
        <CardContent className="pt-6">
          <CreateWorkspaceForm />
        </CardContent>
      </Card>
    </div>
  );
}
