import { ShapesIcon } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EntitiesFilters } from "@/components/entities/entities-filters";
import { EntityTypeLabel } from "@/components/entities/entity-badges";
import { NewEntityDialog } from "@/components/entities/entity-form";
import { ProposedAliasesQueue } from "@/components/entities/proposed-queue";
import { RegistryFirstUse, RegistryNameCell, RegistryTable } from "@/components/registry/registry-list";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { TableCell, TableHead, TableRow } from "@/components/ui/table";
import { can } from "@/lib/authz/authorize";
import { getProposedAliases, listEntities } from "@/lib/entities/queries";
import { requireWorkspace } from "@/lib/workspaces/queries";
import { first } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("entities");
  return { title: t("title") };
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
  const filters = { q: p.q, type: p.type };
  const filtered = Boolean(p.q || p.type);
  const newButton = canWrite ? <NewEntityDialog slug={slug} /> : null;

  if (total === 0 && !filtered) return <RegistryFirstUse namespace="entities" icon={ShapesIcon} canWrite={canWrite} action={newButton} />;

  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader title={t("title")} description={t("count", { count: total })} actions={newButton} className="pb-0" />
      {!p.cursor && !filtered && <ProposedAliasesQueue slug={slug} queue={queue} canWrite={canWrite} />}
      <EntitiesFilters key={`${p.q ?? ""}|${p.type ?? ""}`} basePath={base} values={filters} />
      <RegistryTable
        namespace="entities"
        basePath={base}
        filters={filters}
        cursor={p.cursor}
        nextCursor={nextCursor}
        head={
          <>
            <TableHead className="hidden md:table-cell">{t("colType")}</TableHead>
            <TableHead className="text-right">{t("colClaims")}</TableHead>
            <TableHead className="hidden pr-4 text-right sm:table-cell">{t("colProposed")}</TableHead>
          </>
        }
        rows={rows}
        row={(e) => (
          <TableRow key={e.id} data-testid="entity-row">
            <RegistryNameCell
              namespace="entities"
              href={`${base}/${e.id}`}
              record={e}
              narrow={
                <>
                  <EntityTypeLabel type={e.type} />
                  {e.proposedCount > 0 && <span className="sm:hidden">{t("proposedCount", { count: e.proposedCount })}</span>}
                </>
              }
            />
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
        )}
      />
    </div>
  );
}
