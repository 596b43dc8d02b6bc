import { ChevronRightIcon, ChevronsLeftIcon, SearchXIcon, ShapesIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EntitiesFilters } from "@/components/entities/entities-filters";
import { EntityTypeLabel } from "@/components/entities/entity-badges";
import { NewEntityDialog } from "@/components/entities/entity-form";
import { ProposedAliasesQueue } from "@/components/entities/proposed-queue";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/authz/authorize";
import { getProposedAliases, listEntities } from "@/lib/entities/queries";
import { requireWorkspace } from "@/lib/workspaces/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("entities");
  return { title: t("title") };
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

export default async function EntitiesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const sp = await searchParams;
  const { actor } = await requireWorkspace(slug);
  const t = await getTranslations("entities");
  const canWrite = can(actor.role, "claims.write");

  // The URL is user input: the schema turns anything unexpected into "no filter".
  const [{ rows, total, nextCursor, params: p }, queue] = await Promise.all([
    listEntities({ actor, input: { q: first(sp.q) || undefined, type: first(sp.type), cursor: first(sp.cursor) } }),
    getProposedAliases({ actor }),
  ]);
  const base = `/w/${slug}/entities`;
  const filtered = Boolean(p.q || p.type);
  const filterQuery = new URLSearchParams();
  if (p.q) filterQuery.set("q", p.q);
  if (p.type) filterQuery.set("type", p.type);
  const withQuery = (extra: Record<string, string> = {}) => {
    const qs = new URLSearchParams(filterQuery);
    for (const [k, v] of Object.entries(extra)) qs.set(k, v);
    const s = qs.toString();
    return s ? `${base}?${s}` : base;
  };
  const newButton = canWrite ? <NewEntityDialog slug={slug} /> : null;

  if (total === 0 && !filtered) {
    return (
      <div className="grid grid-cols-1 gap-6">
        <PageHeader title={t("title")} />
        <EmptyState
          icon={ShapesIcon}
          title={t("emptyTitle")}
          description={canWrite ? t("emptyDescriptionEditor") : t("emptyDescriptionViewer")}
          action={newButton}
        />
      </div>
    );
  }

  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader title={t("title")} description={t("count", { count: total })} actions={newButton} className="pb-0" />
      {!p.cursor && !filtered && <ProposedAliasesQueue slug={slug} queue={queue} canWrite={canWrite} />}
      <EntitiesFilters key={`${p.q ?? ""}|${p.type ?? ""}`} basePath={base} values={{ q: p.q, type: p.type }} />
      {rows.length === 0 ? (
        <EmptyState
          icon={SearchXIcon}
          title={filtered ? t("noMatchTitle") : t("pageEmptyTitle")}
          description={filtered ? t("noMatchDescription") : undefined}
          action={
            <Button asChild variant="outline">
              <Link href={base}>{filtered ? t("clearFilters") : t("firstPage")}</Link>
            </Button>
          }
        />
      ) : (
        <Card className="gap-0 py-0">
          <Table>
            <caption className="sr-only">{t("tableCaption")}</caption>
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="min-w-56 pl-4">{t("colName")}</TableHead>
                <TableHead className="hidden md:table-cell">{t("colType")}</TableHead>
                <TableHead className="text-right">{t("colClaims")}</TableHead>
                <TableHead className="hidden pr-4 text-right sm:table-cell">{t("colProposed")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((e) => (
                <TableRow key={e.id} data-testid="entity-row">
                  <TableCell className="max-w-md pl-4">
                    <Link href={`${base}/${e.id}`} className="font-medium text-pretty hover:underline">
                      {e.name}
                    </Link>
                    {e.description && <div className="mt-0.5 line-clamp-1 text-xs text-muted-foreground">{e.description}</div>}
                    {e.aliases.length > 0 && (
                      <div className="mt-0.5 truncate text-xs text-muted-foreground">
                        <span className="sr-only">{t("aliases")}: </span>
                        {t("aka", { aliases: e.aliases.join(", ") })}
                      </div>
                    )}
                    {/* On narrow screens the hidden columns' essentials ride under the name. */}
                    <div className="mt-1 flex flex-wrap gap-x-3 text-xs text-muted-foreground md:hidden">
                      <EntityTypeLabel type={e.type} />
                      {e.proposedCount > 0 && <span className="sm:hidden">{t("proposedCount", { count: e.proposedCount })}</span>}
                    </div>
                  </TableCell>
                  <TableCell className="hidden text-muted-foreground md:table-cell">
                    <EntityTypeLabel type={e.type} />
                  </TableCell>
                  <TableCell className="text-right text-muted-foreground tabular-nums">{e.claimCount}</TableCell>
                  <TableCell className="hidden pr-4 text-right sm:table-cell">
                    {e.proposedCount > 0 ? (
                      <Badge variant="warning" className="tabular-nums">
                        {e.proposedCount}
                      </Badge>
                    ) : (
                      <span className="text-muted-foreground tabular-nums">0</span>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
      {(p.cursor || nextCursor) && (
        <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-end gap-2 text-sm">
          {p.cursor && (
            <Button asChild variant="outline" size="sm">
              <Link href={withQuery()}>
                <ChevronsLeftIcon aria-hidden />
                {t("firstPage")}
              </Link>
            </Button>
          )}
          {nextCursor && (
            <Button asChild variant="outline" size="sm">
              <Link href={withQuery({ cursor: nextCursor })} rel="next">
                {t("next")}
                <ChevronRightIcon aria-hidden />
              </Link>
            </Button>
          )}
        </nav>
      )}
    </div>
  );
}
