// The list pages of the registries (entities, sources): the first-use state, the table with its
// "no match" state and its cursor pagination, and the name cell every row starts with. Server
// components; their words come from the list's namespace, where both registries keep the same keys
// (title, colName, emptyTitle, emptyDescriptionEditor/Viewer, noMatchTitle, noMatchDescription,
// pageEmptyTitle, clearFilters, firstPage, next, pagination, tableCaption, aliases, aka).
import { ChevronRightIcon, ChevronsLeftIcon, type LucideIcon, SearchXIcon } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type * as React from "react";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export type RegistryNamespace = "entities" | "sources";

/** The whole page while the registry is empty: what it is for, and the button to add one. */
export function RegistryFirstUse({ namespace, icon, canWrite, action }: { namespace: RegistryNamespace; icon: LucideIcon; canWrite: boolean; action: React.ReactNode }) {
  const t = useTranslations(namespace);
  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader title={t("title")} />
      <EmptyState icon={icon} title={t("emptyTitle")} description={canWrite ? t("emptyDescriptionEditor") : t("emptyDescriptionViewer")} action={action} />
    </div>
  );
}

/**
 * One page of the registry as a table, or why it is empty, then the links to the first and the
 * next page. Those links keep the filters in force (`filters`: URL parameter → value).
 */
export function RegistryTable<T>({
  namespace,
  basePath,
  filters,
  cursor,
  nextCursor,
  head,
  rows,
  row,
}: {
  namespace: RegistryNamespace;
  basePath: string;
  filters: Record<string, string | undefined>;
  /** This page's cursor (none on the first page) and the next page's. */
  cursor: string | undefined;
  nextCursor: string | null;
  /** The header cells after the name's. */
  head: React.ReactNode;
  rows: T[];
  /** A row of the table: a TableRow that starts with a RegistryNameCell. */
  row: (item: T) => React.ReactNode;
}) {
  const t = useTranslations(namespace);
  const filtered = Object.values(filters).some(Boolean);
  const href = (extra: Record<string, string> = {}) => {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filters, ...extra })) if (v) qs.set(k, v);
    const s = qs.toString();
    return s ? `${basePath}?${s}` : basePath;
  };

  return (
    <>
      {rows.length === 0 ? (
        <EmptyState
          icon={SearchXIcon}
          title={filtered ? t("noMatchTitle") : t("pageEmptyTitle")}
          description={filtered ? t("noMatchDescription") : undefined}
          action={
            <Button asChild variant="outline">
              <Link href={basePath}>{filtered ? t("clearFilters") : t("firstPage")}</Link>
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
                {head}
              </TableRow>
            </TableHeader>
            <TableBody>{rows.map(row)}</TableBody>
          </Table>
        </Card>
      )}
      {(cursor || nextCursor) && (
        <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-end gap-2 text-sm">
          {cursor && (
            <Button asChild variant="outline" size="sm">
              <Link href={href()}>
                <ChevronsLeftIcon aria-hidden />
                {t("firstPage")}
              </Link>
            </Button>
          )}
          {nextCursor && (
            <Button asChild variant="outline" size="sm">
              <Link href={href({ cursor: nextCursor })} rel="next">
                {t("next")}
                <ChevronRightIcon aria-hidden />
              </Link>
            </Button>
          )}
        </nav>
      )}
    </>
  );
}

/**
 * The first cell of a row: the name linking to the record's page, its description and its other
 * names, then what the columns hidden on narrow screens would have said (`narrow`).
 */
export function RegistryNameCell({
  namespace,
  href,
  record,
  narrow,
}: {
  namespace: RegistryNamespace;
  href: string;
  record: { name: string; description: string | null; aliases: string[] };
  narrow: React.ReactNode;
}) {
  const t = useTranslations(namespace);
  return (
    <TableCell className="max-w-md pl-4">
      <Link href={href} className="font-medium text-pretty hover:underline">
        {record.name}
      </Link>
      {record.description && <div className="mt-0.5 line-clamp-1 text-xs text-muted-foreground">{record.description}</div>}
      {record.aliases.length > 0 && (
        <div className="mt-0.5 truncate text-xs text-muted-foreground">
          <span className="sr-only">{t("aliases")}: </span>
          {t("aka", { aliases: record.aliases.join(", ") })}
        </div>
      )}
      <div className="mt-1 flex flex-wrap gap-x-3 text-xs text-muted-foreground md:hidden">{narrow}</div>
    </TableCell>
  );
}
