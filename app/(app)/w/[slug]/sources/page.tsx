import { BookUserIcon, ChevronRightIcon, ChevronsLeftIcon, SearchXIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/components/sources/country-name";
import { KindLabel, ReliabilityBadge } from "@/components/sources/source-badges";
import { NewSourceDialog } from "@/components/sources/source-form";
import { SourcesFilters } from "@/components/sources/sources-filters";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/authz/authorize";
import { listSources } from "@/lib/sources/queries";
import { requireWorkspace } from "@/lib/workspaces/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sources");
  return { title: t("title") };
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
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
  const filtered = Boolean(p.q || p.kind || p.reliability);
  const filterQuery = new URLSearchParams();
  if (p.q) filterQuery.set("q", p.q);
  if (p.kind) filterQuery.set("kind", p.kind);
  if (p.reliability) filterQuery.set("reliability", p.reliability);
  const withQuery = (extra: Record<string, string> = {}) => {
    const qs = new URLSearchParams(filterQuery);
    for (const [k, v] of Object.entries(extra)) qs.set(k, v);
    const s = qs.toString();
    return s ? `${base}?${s}` : base;
  };
  const newButton = canWrite ? <NewSourceDialog slug={slug} /> : null;

  if (total === 0 && !filtered) {
    return (
      <div className="grid grid-cols-1 gap-6">
        <PageHeader title={t("title")} />
        <EmptyState
          icon={BookUserIcon}
          title={t("emptyTitle")}
          description={canWrite ? t("emptyDescriptionEditor") : t("emptyDescriptionViewer")}
          action={newButton}
        />
      </div>
    );
  }

  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader title={t("title")} description={t("count", { count: total })} actions={newButton} />
      <SourcesFilters key={`${p.q ?? ""}|${p.kind ?? ""}|${p.reliability ?? ""}`} basePath={base} values={{ q: p.q, kind: p.kind, reliability: p.reliability }} />
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
                <TableHead className="hidden md:table-cell">{t("colKind")}</TableHead>
                <TableHead>{t("colReliability")}</TableHead>
                <TableHead className="hidden lg:table-cell">{t("colCountry")}</TableHead>
                <TableHead className="hidden text-right sm:table-cell">{t("colMade")}</TableHead>
                <TableHead className="hidden pr-4 text-right sm:table-cell">{t("colCarried")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((s) => (
                <TableRow key={s.id} data-testid="source-row">
                  <TableCell className="max-w-md pl-4">
                    <Link href={`${base}/${s.id}`} className="font-medium text-pretty hover:underline">
                      {s.name}
                    </Link>
                    {s.description && <div className="mt-0.5 line-clamp-1 text-xs text-muted-foreground">{s.description}</div>}
                    {s.aliases.length > 0 && (
                      <div className="mt-0.5 truncate text-xs text-muted-foreground">
                        <span className="sr-only">{t("aliases")}: </span>
                        {t("aka", { aliases: s.aliases.join(", ") })}
                      </div>
                    )}
                    {/* On narrow screens the hidden columns' essentials ride under the name. */}
                    <div className="mt-1 flex flex-wrap gap-x-3 text-xs text-muted-foreground md:hidden">
                      <KindLabel kind={s.kind} />
                      <span className="sm:hidden">{t("madeCarried", { made: s.claimsMade, carried: s.claimsCarried })}</span>
                    </div>
                  </TableCell>
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
