import { ChevronLeftIcon, ChevronRightIcon, ChevronsLeftIcon, FileTextIcon, QuoteIcon, SearchXIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type * as React from "react";
import { ClaimsFilters } from "@/components/claims-table/claims-filters";
import { ClaimsTable, type SortHead } from "@/components/claims-table/claims-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/authz/authorize";
import { getClaimsTableOptions, listClaims } from "@/lib/claims/table";
import { claimsQuery, hasFilters, type ClaimSort, type ListClaimsParams } from "@/lib/claims/table-schemas";
import { getVerdictsForUi } from "@/lib/verdicts/queries";
import { requireWorkspace } from "@/lib/workspaces/queries";
import { first } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("claimsTable");
  return { title: t("title") };
}

/** Dates read newest first; verdicts in the order of the verdict set. */
const FIRST_DIR: Record<ClaimSort, "asc" | "desc"> = { updatedAt: "desc", createdAt: "desc", claimDate: "desc", verdict: "asc" };

export default async function ClaimsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const sp = await searchParams;
  const { actor } = await requireWorkspace(slug);
  const t = await getTranslations("claimsTable");

  // The URL is user input: listClaims' schema replaces anything unexpected by its default.
  const page = await listClaims({
    actor,
    input: {
      q: first(sp.q),
      verdict: sp.verdict,
      speaker: first(sp.speaker),
      source: first(sp.source),
      tag: first(sp.tag),
      assignee: first(sp.assignee),
      article: first(sp.article),
      dateField: first(sp.dateField),
      from: first(sp.from),
      to: first(sp.to),
      sort: first(sp.sort),
      dir: first(sp.dir),
      after: first(sp.after),
      before: first(sp.before),
      pageSize: first(sp.pageSize),
    },
  });
  const p = page.params;
  const [verdicts, options] = await Promise.all([getVerdictsForUi({ actor }), getClaimsTableOptions({ actor, params: p })]);
  const base = `/w/${slug}/claims`;
  const href = (patch: Partial<ListClaimsParams>) => `${base}${claimsQuery({ ...p, after: undefined, before: undefined, ...patch })}`;
  const filtered = hasFilters(p);
  const { count, capped } = page.total;
  const summary = filtered
    ? capped
      ? t("matchingMore", { count })
      : t("matching", { count })
    : capped
      ? t("countMore", { count })
      : t("count", { count });

  if (!page.workspaceHasClaims) {
    return (
      <div className="grid grid-cols-1 gap-6">
        <PageHeader title={t("title")} />
        <EmptyState
          icon={QuoteIcon}
          title={t("emptyTitle")}
          description={can(actor.role, "claims.write") ? t("emptyDescriptionEditor") : t("emptyDescriptionViewer")}
          action={
            <Button asChild>
              <Link href={`/w/${slug}/articles`}>
                <FileTextIcon aria-hidden />
                {t("openArticles")}
              </Link>
            </Button>
          }
        />
      </div>
    );
  }

  const sortHead = (sort: ClaimSort): SortHead => {
    const active = p.sort === sort;
    const dir = active ? (p.dir === "asc" ? "desc" : "asc") : FIRST_DIR[sort];
    return { href: href({ sort, dir }), active, dir: active ? p.dir : FIRST_DIR[sort] };
  };
  const paged = Boolean(p.after || p.before);

  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader title={t("title")} description={page.rows.length === 0 && filtered ? undefined : summary} />
      <ClaimsFilters
        // Remounted (so its text fields show the URL again) only when a text field's value changed
        // from outside, e.g. "Clear filters"; picking from a menu keeps "More filters" open.
        key={[p.q, p.tag, p.from, p.to].join("|")}
        basePath={base}
        params={{ ...p, after: undefined, before: undefined }}
        verdicts={verdicts}
        options={options}
      />
      {page.spellings.length > 0 ? (
        <p className="-mt-3 text-sm text-muted-foreground" data-testid="search-spellings">
          {t("alsoSpellings", { spellings: page.spellings.join(", ") })}
        </p>
      ) : null}
      {page.rows.length === 0 ? (
        <EmptyState
          icon={SearchXIcon}
          title={filtered ? t("noMatchTitle") : t("pageEmptyTitle")}
          description={filtered ? t("noMatchDescription") : undefined}
          action={
            <Button asChild variant="outline">
              <Link href={filtered ? `${base}${claimsQuery({ sort: p.sort, dir: p.dir, pageSize: p.pageSize })}` : href({})}>
                {filtered ? t("clearFilters") : t("firstPage")}
              </Link>
            </Button>
          }
        />
      ) : (
        <ClaimsTable
          key={`${p.after ?? ""}|${p.before ?? ""}|${claimsQuery(p)}`}
          slug={slug}
          rows={page.rows}
          verdicts={verdicts}
          members={options.members}
          currentUserId={actor.userId}
          canWrite={can(actor.role, "claims.write")}
          canSetVerdict={can(actor.role, "verdicts.set")}
          now={new Date().toISOString()}
          sortHeads={{ verdict: sortHead("verdict"), updatedAt: sortHead("updatedAt") }}
          caption={t("caption", { count: page.rows.length })}
        />
      )}
      {(page.prevCursor || page.nextCursor) && (
        <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-end gap-2 text-sm">
          {paged && (
            <PageLink href={page.prevCursor ? href({}) : null}>
              <ChevronsLeftIcon aria-hidden />
              {t("firstPage")}
            </PageLink>
          )}
          <PageLink href={page.prevCursor ? href({ before: page.prevCursor }) : null} rel="prev">
            <ChevronLeftIcon aria-hidden />
            {t("previous")}
          </PageLink>
          <PageLink href={page.nextCursor ? href({ after: page.nextCursor }) : null} rel="next">
            {t("next")}
            <ChevronRightIcon aria-hidden />
          </PageLink>
        </nav>
      )}
    </div>
  );
}

function PageLink({ href, rel, children }: { href: string | null; rel?: "prev" | "next"; children: React.ReactNode }) {
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
