import { ArrowDownIcon, ArrowUpIcon, ChevronLeftIcon, ChevronRightIcon, ChevronsUpDownIcon, FileTextIcon, SearchXIcon, UploadIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type * as React from "react";
import { ArticlesFilters } from "@/components/articles/articles-filters";
import { languageName } from "@/components/articles/language-name";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listArticles } from "@/lib/articles/queries";
import { ARTICLE_SORTS, listArticlesSchema } from "@/lib/articles/schemas";
import { can } from "@/lib/authz/authorize";
import { requireWorkspace } from "@/lib/workspaces/queries";
import { first } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("articles");
  return { title: t("title") };
}

type Sort = (typeof ARTICLE_SORTS)[number];
type Params = ReturnType<typeof listArticlesSchema.parse>;

const DEFAULTS = listArticlesSchema.parse({});
/** Text columns read best A→Z first; dates newest first. */
const FIRST_DIR: Record<Sort, "asc" | "desc"> = { title: "asc", outlet: "asc", publishedAt: "desc", createdAt: "desc" };

/** The list's query string for `p`, leaving out defaults so URLs stay short. */
function query(p: Params): string {
  const qs = new URLSearchParams();
  if (p.q) qs.set("q", p.q);
  if (p.language) qs.set("language", p.language);
  if (p.outlet) qs.set("outlet", p.outlet);
  if (p.sort !== DEFAULTS.sort) qs.set("sort", p.sort);
  if (p.dir !== DEFAULTS.dir) qs.set("dir", p.dir);
  if (p.page !== 1) qs.set("page", String(p.page));
  if (p.pageSize !== DEFAULTS.pageSize) qs.set("pageSize", String(p.pageSize));
  const s = qs.toString();
  return s ? `?${s}` : "";
}

export default async function ArticlesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const sp = await searchParams;
  const { actor } = await requireWorkspace(slug);
  const t = await getTranslations("articles");
  const format = await getFormatter();
  const locale = await getLocale();
  const canImport = can(actor.role, "articles.import");

  // The URL is user input: anything unexpected falls back to the schema's defaults.
  const input = listArticlesSchema.parse({
    sort: first(sp.sort),
    dir: first(sp.dir),
    q: first(sp.q) || undefined,
    language: first(sp.language) || undefined,
    outlet: first(sp.outlet) || undefined,
    page: first(sp.page),
    pageSize: first(sp.pageSize),
  });
  const { rows, total, pages, params: p, languages, outlets } = await listArticles({ actor, input });
  const base = `/w/${slug}/articles`;
  // Past the last page (an old link, articles removed since): go to the last one.
  if (total > 0 && p.page > pages) redirect(`${base}${query({ ...p, page: pages })}`);
  const filtered = Boolean(p.q || p.language || p.outlet);

  const languageLabel = (code: string | null) => languageName(code, locale) ?? (code && code !== "und" ? code : t("languageUnknown"));

  const importButton = canImport ? (
    <Button asChild>
      <Link href={`/w/${slug}/import`}>
        <UploadIcon aria-hidden />
        {t("importAction")}
      </Link>
    </Button>
  ) : null;

  if (total === 0 && !filtered) {
    return (
      <div className="grid grid-cols-1 gap-6">
        <PageHeader title={t("title")} />
        <EmptyState
          icon={FileTextIcon}
          title={t("emptyTitle")}
          description={canImport ? t("emptyDescriptionEditor") : t("emptyDescriptionViewer")}
          action={importButton}
        />
      </div>
    );
  }

  const sortHead = (sort: Sort, label: string, className?: string) => {
    const active = p.sort === sort;
    const dir = active ? (p.dir === "asc" ? "desc" : "asc") : FIRST_DIR[sort];
    const Icon = active ? (p.dir === "asc" ? ArrowUpIcon : ArrowDownIcon) : ChevronsUpDownIcon;
    return (
      <TableHead className={className} aria-sort={active ? (p.dir === "asc" ? "ascending" : "descending") : undefined}>
        <Link
          href={`${base}${query({ ...p, sort, dir, page: 1 })}`}
          scroll={false}
          className="-mx-1.5 inline-flex items-center gap-1 rounded-sm px-1.5 py-1 hover:bg-muted hover:text-foreground data-[active]:text-foreground"
          data-active={active || undefined}
        >
          {label}
          <Icon className={active ? "size-3.5" : "size-3.5 opacity-50"} aria-hidden />
        </Link>
      </TableHead>
    );
  };

  const keep: Record<string, string> = {};
  if (p.sort !== DEFAULTS.sort) keep.sort = p.sort;
  if (p.dir !== DEFAULTS.dir) keep.dir = p.dir;
  if (p.pageSize !== DEFAULTS.pageSize) keep.pageSize = String(p.pageSize);
  const page = p.page;

  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader title={t("title")} description={t("count", { count: total })} actions={importButton} />
      <ArticlesFilters
        key={`${p.q ?? ""}|${p.language ?? ""}|${p.outlet ?? ""}`}
        basePath={base}
        values={{ q: p.q, language: p.language, outlet: p.outlet }}
        keep={keep}
        languages={languages.map((code) => ({ value: code, label: `${languageLabel(code)} (${code})` }))}
        outlets={outlets}
      />
      {rows.length === 0 ? (
        <EmptyState
          icon={SearchXIcon}
          title={filtered ? t("noMatchTitle") : t("pageEmptyTitle")}
          description={filtered ? t("noMatchDescription") : undefined}
          action={
            <Button asChild variant="outline">
              <Link href={filtered ? `${base}${query({ ...p, q: undefined, language: undefined, outlet: undefined, page: 1 })}` : base}>
                {filtered ? t("clearFilters") : t("firstPage")}
              </Link>
            </Button>
          }
        />
      ) : (
        <Card className="gap-0 py-0">
          <Table>
            <caption className="sr-only">{t("tableCaption", { page, pages })}</caption>
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                {sortHead("title", t("colTitle"), "min-w-56 pl-4")}
                {sortHead("outlet", t("colOutlet"), "hidden md:table-cell")}
                {sortHead("publishedAt", t("colPublished"), "hidden sm:table-cell")}
                <TableHead className="pr-4 sm:pr-3">{t("colLanguage")}</TableHead>
                <TableHead className="hidden text-right lg:table-cell">{t("colWords")}</TableHead>
                <TableHead className="hidden text-right lg:table-cell">{t("colVersion")}</TableHead>
                {sortHead("createdAt", t("colImported"), "hidden xl:table-cell")}
                <TableHead className="hidden pr-4 text-right sm:table-cell">{t("colClaims")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((a) => (
                <TableRow key={a.id} data-testid="article-row">
                  <TableCell className="max-w-md pl-4">
                    <Link href={`${base}/${a.id}`} className="line-clamp-2 font-medium text-pretty hover:underline">
                      {a.title}
                    </Link>
                    {/* On narrow screens the hidden columns' essentials ride under the title. */}
                    <div className="mt-0.5 truncate text-xs text-muted-foreground md:hidden">
                      {[a.outlet, a.publishedAt ? format.dateTime(a.publishedAt, { dateStyle: "medium" }) : null].filter(Boolean).join(" · ")}
                    </div>
                  </TableCell>
                  <TableCell className="hidden max-w-48 truncate text-muted-foreground md:table-cell">{a.outlet ?? "—"}</TableCell>
                  <TableCell className="hidden whitespace-nowrap text-muted-foreground tabular-nums sm:table-cell">
                    {a.publishedAt ? <time dateTime={a.publishedAt.toISOString()}>{format.dateTime(a.publishedAt, { dateStyle: "medium" })}</time> : "—"}
                  </TableCell>
                  <TableCell className="pr-4 sm:pr-3">
                    {a.language && a.language !== "und" ? (
                      <Badge variant="outline" className="font-mono uppercase" title={languageLabel(a.language)}>
                        <span aria-hidden>{a.language}</span>
                        <span className="sr-only">{languageLabel(a.language)}</span>
                      </Badge>
                    ) : (
                      <span className="text-muted-foreground" title={t("languageUnknown")}>
                        —
                      </span>
                    )}
                  </TableCell>
                  <TableCell className="hidden text-right text-muted-foreground tabular-nums lg:table-cell">{format.number(a.wordCount)}</TableCell>
                  <TableCell className="hidden text-right text-muted-foreground tabular-nums lg:table-cell">v{a.currentVersion}</TableCell>
                  <TableCell className="hidden whitespace-nowrap text-muted-foreground tabular-nums xl:table-cell">
                    <time dateTime={a.createdAt.toISOString()}>{format.dateTime(a.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                  </TableCell>
                  <TableCell className="hidden pr-4 text-right text-muted-foreground sm:table-cell" title={t("claimsLater")}>
                    <span aria-hidden>—</span>
                    <span className="sr-only">{t("claimsLater")}</span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
      {total > 0 && (
        <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-3 text-sm">
          <p className="text-muted-foreground tabular-nums">{t("pageOf", { page, pages, total })}</p>
          <div className="flex items-center gap-2">
            <PageLink href={page > 1 ? `${base}${query({ ...p, page: page - 1 })}` : null} rel="prev">
              <ChevronLeftIcon aria-hidden />
              {t("previous")}
            </PageLink>
            <PageLink href={page < pages ? `${base}${query({ ...p, page: page + 1 })}` : null} rel="next">
              {t("next")}
              <ChevronRightIcon aria-hidden />
            </PageLink>
          </div>
        </nav>
      )}
    </div>
  );
}

function PageLink({ href, rel, children }: { href: string | null; rel: "prev" | "next"; children: React.ReactNode }) {
  if (!href) {
    return (
      <Button variant="outline" size="sm" disabled>
        {children}
      </Button>
    );
  }
  return (
    <Button asChild variant="outline" size="sm">
      <Link href={href} rel={rel}>
        {children}
      </Link>
    </Button>
  );
}
