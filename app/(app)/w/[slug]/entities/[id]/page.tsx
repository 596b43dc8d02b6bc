import { MessageSquareQuoteIcon, SpellCheckIcon } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type * as React from "react";
import { AddAliasForm } from "@/components/entities/add-alias-form";
import { DeleteEntityButton } from "@/components/entities/delete-entity";
import { EntityAliases } from "@/components/entities/entity-aliases";
import { EntityTypeLabel } from "@/components/entities/entity-badges";
import { EntityClaimsList } from "@/components/entities/entity-claims";
import { EditEntityDialog } from "@/components/entities/entity-form";
import { LinkClaimDialog } from "@/components/entities/link-claim-dialog";
import { MergeEntityDialog } from "@/components/entities/merge-entity-dialog";
import { SplitEntityDialog } from "@/components/entities/split-entity-dialog";
import { MetaList, RegistryDetailHeader } from "@/components/registry/detail-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Separator } from "@/components/ui/separator";
import { can } from "@/lib/authz/authorize";
import { getEntity } from "@/lib/entities/queries";
import { getVerdictsForUi } from "@/lib/verdicts/queries";
import { requireWorkspace } from "@/lib/workspaces/queries";

type PageProps = { params: Promise<{ slug: string; id: string }> };

async function load({ params }: PageProps) {
  const { slug, id } = await params;
  const ws = await requireWorkspace(slug);
  const entity = await getEntity({ actor: ws.actor, entityId: id, slug });
  if (!entity) notFound();
  return { slug, ws, entity };
}

export async function generateMetadata(props: PageProps): Promise<Metadata> {
  const { entity } = await load(props);
  return { title: entity.name };
}

export default async function EntityPage(props: PageProps) {
  const { slug, ws, entity } = await load(props);
  const t = await getTranslations("entities");
  const format = await getFormatter();
  const verdicts = await getVerdictsForUi({ actor: ws.actor });
  const canWrite = can(ws.actor.role, "claims.write");
  const ref = { id: entity.id, name: entity.name, type: entity.type, description: entity.description };
  const splittable = [...entity.aliases.confirmed, ...entity.aliases.proposed, ...entity.aliases.rejected].map((a) => ({ id: a.id, alias: a.alias, status: a.status }));

  const meta: { label: string; value: React.ReactNode }[] = [
    { label: t("metaType"), value: <EntityTypeLabel type={entity.type} /> },
    { label: t("metaClaims"), value: format.number(entity.claimTotal) },
    {
      label: t("metaAdded"),
      value: <time dateTime={entity.createdAt}>{format.dateTime(new Date(entity.createdAt), { dateStyle: "medium" })}</time>,
    },
  ];

  return (
    <div className="grid grid-cols-1 gap-6">
      <RegistryDetailHeader
        namespace="entities"
        listHref={`/w/${slug}/entities`}
        title={entity.name}
        description={entity.description}
        actions={
          canWrite ? (
            <>
              <EditEntityDialog slug={slug} entityId={entity.id} initial={{ name: entity.name, type: entity.type, description: entity.description }} />
              <MergeEntityDialog slug={slug} entity={ref} />
              <SplitEntityDialog slug={slug} entity={ref} aliases={splittable} />
              <DeleteEntityButton slug={slug} entityId={entity.id} name={entity.name} />
            </>
          ) : null
        }
      >
        <MetaList items={meta}>
          <div className="grid gap-0.5">
            <dt className="text-xs text-muted-foreground" title={t("keysHint")}>
              {t("metaKeys")}
            </dt>
            <dd className="flex flex-wrap gap-1.5 font-mono text-xs" data-testid="entity-keys">
              {entity.keys.map((k) => (
                <code key={k} className="rounded bg-muted px-1.5 py-0.5">
                  {k}
                </code>
              ))}
            </dd>
          </div>
        </MetaList>
        {!canWrite && <p className="mt-1 text-sm text-muted-foreground">{t("readOnly")}</p>}
      </RegistryDetailHeader>

      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="entity-claims-title" className="grid min-w-0 grid-cols-1 gap-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="entity-claims-title" className="inline-flex items-center gap-2 text-base font-semibold">
              <MessageSquareQuoteIcon className="size-4 text-muted-foreground" aria-hidden />
              {t("claimsTitle")}
              <span className="font-normal text-muted-foreground tabular-nums">({entity.claimTotal})</span>
            </h2>
            {canWrite && <LinkClaimDialog slug={slug} entityId={entity.id} entityName={entity.name} />}
          </div>
          <EntityClaimsList
            slug={slug}
            entityId={entity.id}
            entityName={entity.name}
            claims={entity.claims}
            total={entity.claimTotal}
            verdicts={verdicts}
            canWrite={canWrite}
          />
        </section>

        <Card>
          <CardHeader>
            <CardTitle as="h2" className="inline-flex items-center gap-2">
              <SpellCheckIcon className="size-4 text-muted-foreground" aria-hidden />
              {t("aliasesTitle")}
            </CardTitle>
            <CardDescription>{t("aliasesDescription")}</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-5">
            <EntityAliases slug={slug} entityName={entity.name} aliases={entity.aliases} canWrite={canWrite} />
            {canWrite && (
              <>
                <Separator />
                <AddAliasForm slug={slug} entityId={entity.id} />
              </>
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
