import { BookUserIcon } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { RegistryFirstUse, RegistryNameCell, RegistryTable } from "@/components/registry/registry-list";
import { countryName } from "@/components/sources/country-name";
import { KindLabel, ReliabilityBadge } from "@/components/sources/source-badges";
import { NewSourceDialog } from "@/components/sources/source-form";
import { SourcesFilters } from "@/components/sources/sources-filters";
import { PageHeader } from "@/components/ui/page-header";
import { TableCell, TableHead, TableRow } from "@/components/ui/table";
import { can } from "@/lib/authz/authorize";
import { listSources } from "@/lib/sources/queries";
import { requireWorkspace } from "@/lib/workspaces/queries";
import { first } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sources");
  return { title: t("title") };
}

export default async function SourcesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const sp = await searchParams;
  const { actor } = await requireWorkspace(slug);
  const t = await getTranslations("sources");
  const locale = await getLocale();
  const canWrite = can(actor.role, "sources.write");

  // The URL is user input: the schema turns anything unexpected into "no filter".
  const { rows, total, nextCursor, params: p } = await listSources({
    actor,
    input: { q: first(sp.q) || undefined, kind: first(sp.kind), reliability: first(sp.reliability), cursor: first(sp.cursor) },
  });
  const base = `/w/${slug}/sources`;
  const filters = { q: p.q, kind: p.kind, reliability: p.reliability };
  const filtered = Boolean(p.q || p.kind || p.reliability);
  const newButton = canWrite ? <NewSourceDialog slug={slug} /> : null;

  if (total === 0 && !filtered) return <RegistryFirstUse namespace="sources" icon={BookUserIcon} canWrite={canWrite} action={newButton} />;

  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader title={t("title")} description={t("count", { count: total })} actions={newButton} />
      <SourcesFilters key={`${p.q ?? ""}|${p.kind ?? ""}|${p.reliability ?? ""}`} basePath={base} values={filters} />
      <RegistryTable
        namespace="sources"
        basePath={base}
        filters={filters}
        cursor={p.cursor}
        nextCursor={nextCursor}
        head={
          <>
            <TableHead className="hidden md:table-cell">{t("colKind")}</TableHead>
            <TableHead>{t("colReliability")}</TableHead>
            <TableHead className="hidden lg:table-cell">{t("colCountry")}</TableHead>
            <TableHead className="hidden text-right sm:table-cell">{t("colMade")}</TableHead>
            <TableHead className="hidden pr-4 text-right sm:table-cell">{t("colCarried")}</TableHead>
          </>
        }
        rows={rows}
        row={(s) => (
          <TableRow key={s.id} data-testid="source-row">
            <RegistryNameCell
              namespace="sources"
              href={`${base}/${s.id}`}
              record={s}
              narrow={
                <>
                  <KindLabel kind={s.kind} />
                  <span className="sm:hidden">{t("madeCarried", { made: s.claimsMade, carried: s.claimsCarried })}</span>
                </>
              }
            />
            <TableCell className="hidden text-muted-foreground md:table-cell">
              <KindLabel kind={s.kind} />
            </TableCell>
            <TableCell>
              <ReliabilityBadge reliability={s.reliability} />
            </TableCell>
            <TableCell className="hidden text-muted-foreground lg:table-cell">{countryName(s.country, locale) ?? "—"}</TableCell>
            <TableCell className="hidden text-right text-muted-foreground tabular-nums sm:table-cell">{s.claimsMade}</TableCell>
            <TableCell className="hidden pr-4 text-right text-muted-foreground tabular-nums sm:table-cell">{s.claimsCarried}</TableCell>
          </TableRow>
        )}
      />
    </div>
  );
}
