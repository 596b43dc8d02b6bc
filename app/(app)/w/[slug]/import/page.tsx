import { LockIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportClient } from "@/components/import/import-client";
import { toBatchView } from "@/components/import/types";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getImportBatch } from "@/lib/articles/queries";
import { can } from "@/lib/authz/authorize";
import { env } from "@/lib/env";
import { MAX_FILES_PER_BATCH, MAX_URLS_PER_BATCH } from "@/lib/import/schemas";
import { requireWorkspace } from "@/lib/workspaces/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("import");
  return { title: t("title") };
}

/** How many batches `?batch=` may resume at once (an upload plus its "new version" follow-ups). */
const MAX_RESUMED_BATCHES = 20;

export default async function ImportPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ batch?: string | string[] }>;
}) {
  const { slug } = await params;
  const { actor, membership } = await requireWorkspace(slug);
  const t = await getTranslations("import");
  const tr = await getTranslations("common.roles");

  if (!can(actor.role, "articles.import")) {
    return (
      <div className="grid grid-cols-1 gap-6">
        <PageHeader title={t("title")} />
        <EmptyState
          icon={LockIcon}
          title={t("viewerTitle")}
          description={t("viewerDescription", { role: tr(membership.role) })}
          action={
            <Button asChild variant="outline">
              <Link href={`/w/${slug}/articles`}>{t("viewerBrowse")}</Link>
            </Button>
          }
        />
      </div>
    );
  }

  // `?batch=<id>` (repeatable) resumes the progress of earlier uploads after a reload.
  const raw = (await searchParams).batch;
  const requested = [...new Set((Array.isArray(raw) ? raw : raw ? [raw] : []).filter(Boolean))].slice(0, MAX_RESUMED_BATCHES);
  const found = await Promise.all(requested.map((batchId) => getImportBatch({ actor, batchId })));
  const batches = found.flatMap((b) => {
    const view = b && toBatchView(b);
    return view ? [view] : [];
  });
  const missing = requested.length > batches.length;
  const maxFileBytes = env().IMPORT_MAX_FILE_BYTES;

  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      {missing && (
        <Alert>
          <AlertTitle>{t("batchNotFoundTitle")}</AlertTitle>
          <AlertDescription>{t("batchNotFound")}</AlertDescription>
        </Alert>
      )}
      <ImportClient slug={slug} initialBatches={batches} maxFileBytes={maxFileBytes} maxFiles={MAX_FILES_PER_BATCH} maxUrls={MAX_URLS_PER_BATCH} />
    </div>
  );
}
