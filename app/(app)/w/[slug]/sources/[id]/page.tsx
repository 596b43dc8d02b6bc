import { ExternalLinkIcon, HistoryIcon, MessageSquareQuoteIcon, NewspaperIcon } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type * as React from "react";
import { MetaList, RegistryDetailHeader } from "@/components/registry/detail-header";
import { countryName } from "@/components/sources/country-name";
import { DeleteSourceButton } from "@/components/sources/delete-source";
import { MergeSourceDialog } from "@/components/sources/merge-source-dialog";
import { ReliabilityForm } from "@/components/sources/reliability-form";
import { KindLabel, ReliabilityBadge } from "@/components/sources/source-badges";
import { SourceClaimsList } from "@/components/sources/source-claims";
import { EditSourceDialog } from "@/components/sources/source-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Separator } from "@/components/ui/separator";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { can } from "@/lib/authz/authorize";
import { isSafeHref, SAFE_LINK_REL } from "@/lib/editor/safe-link";
import { getSource } from "@/lib/sources/queries";
import { getVerdictsForUi } from "@/lib/verdicts/queries";
import { requireWorkspace } from "@/lib/workspaces/queries";

type PageProps = { params: Promise<{ slug: string; id: string }> };

async function load({ params }: PageProps) {
  const { slug, id } = await params;
  const ws = await requireWorkspace(slug);
  const source = await getSource({ actor: ws.actor, sourceId: id });
  if (!source) notFound();
  return { slug, ws, source };
}

export async function generateMetadata(props: PageProps): Promise<Metadata> {
  const { source } = await load(props);
  return { title: source.name };
}

export default async function SourcePage(props: PageProps) {
  const { slug, ws, source } = await load(props);
  const t = await getTranslations("sources");
  const format = await getFormatter();
  const locale = await getLocale();
  const verdicts = await getVerdictsForUi({ actor: ws.actor });
  const canWrite = can(ws.actor.role, "sources.write");
  const canRate = can(ws.actor.role, "sources.reliability");
  const canMerge = can(ws.actor.role, "sources.merge");
  const ref = { id: source.id, name: source.name, kind: source.kind, description: source.description, reliability: source.reliability };
  const url = source.url && isSafeHref(source.url) ? source.url : null;

  const meta: { label: string; value: React.ReactNode }[] = [
    { label: t("metaKind"), value: <KindLabel kind={source.kind} /> },
    { label: t("metaCountry"), value: countryName(source.country, locale) },
    {
      label: t("metaAdded"),
      value: <time dateTime={source.createdAt}>{format.dateTime(new Date(source.createdAt), { dateStyle: "medium" })}</time>,
    },
    { label: t("colMade"), value: format.number(source.madeTotal) },
    { label: t("colCarried"), value: format.number(source.carriedTotal) },
  ];

  return (
    <div className="grid grid-cols-1 gap-6">
      <RegistryDetailHeader
        namespace="sources"
        listHref={`/w/${slug}/sources`}
        title={source.name}
        description={source.description}
        actions={
          canWrite || canMerge ? (
            <>
              {canWrite && (
                <EditSourceDialog
                  slug={slug}
                  sourceId={source.id}
                  initial={{ name: source.name, kind: source.kind, description: source.description, url: source.url, country: source.country, aliases: source.aliases }}
                />
              )}
              {canMerge && <MergeSourceDialog slug={slug} source={ref} />}
            </>
          ) : null
        }
      >
        <div className="mt-1">
          <ReliabilityBadge reliability={source.reliability} />
        </div>
        <MetaList items={meta} />
        {url && (
          <a href={url} target="_blank" rel={SAFE_LINK_REL} className="mt-1 inline-flex max-w-full items-center gap-1.5 text-sm text-primary hover:underline">
            <ExternalLinkIcon className="size-3.5 shrink-0" aria-hidden />
            <span className="truncate">{url}</span>
          </a>
        )}
        {source.aliases.length > 0 && (
          <div className="mt-1 flex flex-wrap items-center gap-1.5 text-sm">
            <span className="text-xs text-muted-foreground">{t("aliases")}</span>
            <ul className="flex flex-wrap gap-1.5" aria-label={t("aliases")} data-testid="source-aliases">
              {source.aliases.map((a) => (
                <li key={a}>
                  <Badge variant="outline">{a}</Badge>
                </li>
              ))}
            </ul>
          </div>
        )}
      </RegistryDetailHeader>

      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Tabs defaultValue="made" className="min-w-0">
          <TabsList aria-label={t("claimsLabel")}>
            <TabsTrigger value="made">
              <MessageSquareQuoteIcon aria-hidden />
              {t("madeTab", { count: source.madeTotal })}
            </TabsTrigger>
            <TabsTrigger value="carried">
              <NewspaperIcon aria-hidden />
              {t("carriedTab", { count: source.carriedTotal })}
            </TabsTrigger>
          </TabsList>
          <TabsContent value="made">
            <SourceClaimsList
              slug={slug}
              claims={source.made}
              total={source.madeTotal}
              verdicts={verdicts}
              empty={t("madeEmpty")}
              emptyHint={t("madeEmptyHint")}
            />
          </TabsContent>
          <TabsContent value="carried">
            <SourceClaimsList
              slug={slug}
              claims={source.carried}
              total={source.carriedTotal}
              verdicts={verdicts}
              empty={t("carriedEmpty")}
              emptyHint={t("carriedEmptyHint", { names: [source.name, ...source.aliases].join(", ") })}
            />
          </TabsContent>
        </Tabs>

        <div className="grid gap-6">
          <Card>
            <CardHeader>
              <CardTitle as="h2">{t("reliabilityTitle")}</CardTitle>
              <CardDescription>{canRate ? t("reliabilityDescriptionAdmin") : t("reliabilityDescription")}</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-4">
              <div className="grid gap-1.5">
                <ReliabilityBadge reliability={source.reliability} className="text-sm" />
                {/* Admins see the note in the form below, ready to edit. */}
                {source.reliabilityNote && !canRate && <p className="text-sm whitespace-pre-line text-pretty">{source.reliabilityNote}</p>}
              </div>
              {canRate && (
                <>
                  <Separator />
                  <ReliabilityForm slug={slug} sourceId={source.id} reliability={source.reliability} note={source.reliabilityNote} />
                </>
              )}
              <Separator />
              <section aria-labelledby="reliability-history" className="grid gap-2">
                <h3 id="reliability-history" className="inline-flex items-center gap-1.5 text-sm font-semibold">
                  <HistoryIcon className="size-4 text-muted-foreground" aria-hidden />
                  {t("historyTitle")}
                </h3>
                {source.history.length === 0 ? (
                  <p className="text-sm text-muted-foreground">{t("historyEmpty")}</p>
                ) : (
                  <ol className="grid gap-3" data-testid="reliability-history">
                    {source.history.map((h) => (
                      <li key={h.id} className="grid gap-1 border-l-2 pl-3 text-sm">
                        <div className="flex flex-wrap items-center gap-1.5">
                          <ReliabilityBadge reliability={h.from} />
                          <span aria-hidden>→</span>
                          <span className="sr-only">{t("historyTo")}</span>
                          <ReliabilityBadge reliability={h.to} />
                        </div>
                        {h.note && <p className="whitespace-pre-line text-pretty">{h.note}</p>}
                        <p className="text-xs text-muted-foreground">
                          {t("historyBy", { name: h.actor?.name ?? t("formerMember") })} ·{" "}
                          <time dateTime={h.createdAt}>{format.dateTime(new Date(h.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
                        </p>
                      </li>
                    ))}
                  </ol>
                )}
              </section>
            </CardContent>
          </Card>

          {canWrite && (
            <Card>
              <CardHeader>
                <CardTitle as="h2">{t("deleteCardTitle")}</CardTitle>
                <CardDescription>
                  {source.madeTotal > 0 ? t("deleteInUse", { count: source.madeTotal }) : t("deleteCardDescription")}
                </CardDescription>
              </CardHeader>
              {source.madeTotal === 0 && (
                <CardContent>
                  <DeleteSourceButton slug={slug} sourceId={source.id} name={source.name} />
                </CardContent>
              )}
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
