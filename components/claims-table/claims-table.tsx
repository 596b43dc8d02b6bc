"use client";
// The claims table's rows, with selection and the bulk bar. Rows arrive from the server page (one
// keyset page); selection is local to that page. After a bulk action the claims it changed are
// unselected and the ones it skipped stay selected, each showing why in its row, so the editor
// can fix them (add evidence, write a rationale) or pick another verdict.
import { ArrowDownIcon, ArrowUpIcon, ChevronsUpDownIcon, TriangleAlertIcon, UnlinkIcon } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { VerdictBadge } from "@/components/verdicts/verdict-badge";
import type { BulkSkipReason, ClaimTableRow } from "@/lib/claims/table-schemas";
import type { VerdictDTO } from "@/lib/claims/types";
import { cn } from "@/lib/utils";
import { BulkBar } from "./bulk-bar";
import { Quoted } from "@/components/workbench/claim-panel/quoted";

export interface SortHead {
  href: string;
  active: boolean;
  dir: "asc" | "desc";
}

const MAX_TAGS_SHOWN = 3;

export function ClaimsTable({
  slug,
  rows,
  verdicts,
  members,
  currentUserId,
  canWrite,
  canSetVerdict,
  now,
  sortHeads,
  caption,
}: {
  slug: string;
  rows: ClaimTableRow[];
  verdicts: VerdictDTO[];
  members: { id: string; name: string }[];
  currentUserId: string;
  canWrite: boolean;
  canSetVerdict: boolean;
  /** The server's clock when the page was rendered, so relative times match on both sides. */
  now: string;
  sortHeads: { verdict: SortHead; updatedAt: SortHead };
  caption: string;
}) {
  const t = useTranslations("claimsTable");
  const format = useFormatter();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [skipped, setSkipped] = useState<ReadonlyMap<string, BulkSkipReason>>(new Map());
  const selectable = canWrite || canSetVerdict;
  const verdictById = new Map(verdicts.map((v) => [v.id, v]));
  const nowDate = new Date(now);

  // Only this page's rows count: ids of rows that left it (changed by a bulk action so they no
  // longer match, deleted) stay in the set harmlessly.
  const allOnPage = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const someOnPage = rows.some((r) => selected.has(r.id));
  const headerBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (headerBox.current) headerBox.current.indeterminate = someOnPage && !allOnPage;
  }, [someOnPage, allOnPage]);

  function toggle(id: string, on: boolean) {
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  const sortHead = (head: SortHead, label: string, className?: string) => {
    const Icon = head.active ? (head.dir === "asc" ? ArrowUpIcon : ArrowDownIcon) : ChevronsUpDownIcon;
    return (
      <TableHead className={className} aria-sort={head.active ? (head.dir === "asc" ? "ascending" : "descending") : undefined}>
        <Link
          href={head.href}
          scroll={false}
          className="-mx-1.5 inline-flex items-center gap-1 rounded-sm px-1.5 py-1 hover:bg-muted hover:text-foreground data-[active]:text-foreground"
          data-active={head.active || undefined}
        >
          {label}
          <Icon className={head.active ? "size-3.5" : "size-3.5 opacity-50"} aria-hidden />
        </Link>
      </TableHead>
    );
  };

  const selectedRows = rows.filter((r) => selected.has(r.id));

  return (
    <div className="grid min-w-0 grid-cols-1 gap-3">
      {selectable && (
        <BulkBar
          slug={slug}
          selected={selectedRows}
          verdicts={verdicts}
          members={members}
          currentUserId={currentUserId}
          canWrite={canWrite}
          canSetVerdict={canSetVerdict}
          onClear={() => {
            setSelected(new Set());
            setSkipped(new Map());
          }}
          onDone={(result) => {
            // Changed claims leave the selection; skipped ones stay, with their reason shown.
            const reasons = new Map(result.skipped.filter((s) => s.reason !== "unchanged").map((s) => [s.id, s.reason] as const));
            setSkipped(reasons);
            setSelected(new Set(reasons.keys()));
          }}
        />
      )}
      <Card className="gap-0 py-0">
        <Table>
          <caption className="sr-only">{caption}</caption>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              {selectable && (
                <TableHead className="w-10 pl-4">
                  <input
                    ref={headerBox}
                    type="checkbox"
                    className="size-4 cursor-pointer align-middle accent-primary"
                    checked={allOnPage}
                    onChange={(e) => setSelected(e.currentTarget.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                    aria-label={t("selectPage", { count: rows.length })}
                  />
                </TableHead>
              )}
              <TableHead className={cn("min-w-64", !selectable && "pl-4")}>{t("col.quote")}</TableHead>
              <TableHead className="hidden min-w-56 2xl:table-cell">{t("col.statement")}</TableHead>
              <TableHead className="hidden md:table-cell">{t("col.speakers")}</TableHead>
              <TableHead className="hidden lg:table-cell">{t("col.article")}</TableHead>
              {sortHead(sortHeads.verdict, t("col.verdict"))}
              <TableHead className="hidden sm:table-cell">{t("col.assignee")}</TableHead>
              {sortHead(sortHeads.updatedAt, t("col.updated"), "hidden pr-4 sm:table-cell")}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((c) => {
              const verdict = verdictById.get(c.verdictId);
              const isSelected = selected.has(c.id);
              const reason = skipped.get(c.id);
              const updated = new Date(c.updatedAt);
              const articleHref = `/w/${slug}/articles/${c.article.id}?claim=${c.id}`;
              return (
                <TableRow key={c.id} data-testid="claim-row" data-claim-id={c.id} data-state={isSelected ? "selected" : undefined} className="align-top">
                  {selectable && (
                    <TableCell className="pt-3 pl-4">
                      <input
                        type="checkbox"
                        className="size-4 cursor-pointer accent-primary"
                        checked={isSelected}
                        onChange={(e) => toggle(c.id, e.currentTarget.checked)}
                        aria-label={t("selectClaim", { quote: c.quote.length > 80 ? `${c.quote.slice(0, 80)}…` : c.quote })}
                      />
                    </TableCell>
                  )}
                  <TableCell className={cn("max-w-md whitespace-normal", !selectable && "pl-4")}>
                    <Link href={articleHref} className="line-clamp-2 font-medium text-pretty hover:underline" title={c.quote}>
                      <Quoted>{c.quote}</Quoted>
                    </Link>
                    {c.statement ? (
                      <p className="mt-0.5 line-clamp-2 text-xs text-muted-foreground 2xl:hidden" title={c.statement}>
                        {c.statement}
                      </p>
                    ) : null}
                    {(c.tags.length > 0 || c.anchorStatus === "orphan") && (
                      <div className="mt-1 flex flex-wrap gap-1">
                        {c.anchorStatus === "orphan" && (
                          <Badge variant="outline" className="gap-1 text-[11px]" title={t("orphanHint")}>
                            <UnlinkIcon className="size-3" aria-hidden />
                            {t("orphan")}
                          </Badge>
                        )}
                        {c.tags.slice(0, MAX_TAGS_SHOWN).map((tag) => (
                          <Badge key={tag} variant="secondary" className="text-[11px] font-normal">
                            {tag}
                          </Badge>
                        ))}
                        {c.tags.length > MAX_TAGS_SHOWN && (
                          <span className="text-[11px] text-muted-foreground" title={c.tags.slice(MAX_TAGS_SHOWN).join(", ")}>
                            {t("moreTags", { count: c.tags.length - MAX_TAGS_SHOWN })}
                          </span>
                        )}
                      </div>
                    )}
                    {/* On narrow screens the hidden columns' essentials ride under the quote. */}
                    <div className="mt-1 truncate text-xs text-muted-foreground lg:hidden">
                      {[c.speakers.map((s) => s.name).join(", "), c.article.title].filter(Boolean).join(" · ")}
                    </div>
                  </TableCell>
                  <TableCell className="hidden max-w-sm whitespace-normal text-muted-foreground 2xl:table-cell">
                    {c.statement ? (
                      <p className="line-clamp-3 text-pretty" title={c.statement}>
                        {c.statement}
                      </p>
                    ) : (
                      <span className="text-muted-foreground/70">{t("noStatement")}</span>
                    )}
                  </TableCell>
                  <TableCell className="hidden max-w-44 whitespace-normal md:table-cell">
                    {c.speakers.length > 0 ? (
                      <span className="line-clamp-2" title={c.speakers.map((s) => s.name).join(", ")}>
                        {c.speakers.map((s) => s.name).join(", ")}
                      </span>
                    ) : (
                      <span className="text-muted-foreground">—</span>
                    )}
                  </TableCell>
                  <TableCell className="hidden max-w-52 whitespace-normal lg:table-cell">
                    <Link href={articleHref} className="line-clamp-2 text-muted-foreground hover:text-foreground hover:underline" title={c.article.title}>
                      {c.article.title}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {verdict ? <VerdictBadge verdict={verdict} size="sm" /> : <span className="text-muted-foreground">—</span>}
                    {reason && (
                      <p className="mt-1 flex max-w-40 items-start gap-1 text-xs whitespace-normal text-amber-800 dark:text-amber-300" data-testid="skip-reason">
                        <TriangleAlertIcon className="mt-px size-3.5 shrink-0" aria-hidden />
                        {t(`skip.${reason}`)}
                      </p>
                    )}
                  </TableCell>
                  <TableCell className="hidden max-w-36 truncate sm:table-cell">
                    {c.assignee ? (
                      <span title={c.assignee.name}>{c.assignee.id === currentUserId ? t("assigneeYou", { name: c.assignee.name }) : c.assignee.name}</span>
                    ) : (
                      <span className="text-muted-foreground" title={t("unassigned")}>
                        <span aria-hidden>—</span>
                        <span className="sr-only">{t("unassigned")}</span>
                      </span>
                    )}
                  </TableCell>
                  <TableCell className="hidden pr-4 whitespace-nowrap text-muted-foreground tabular-nums sm:table-cell">
                    <time dateTime={c.updatedAt} title={format.dateTime(updated, { dateStyle: "medium", timeStyle: "short" })}>
                      {format.relativeTime(updated, nowDate)}
                    </time>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Card>
    </div>
  );
}
