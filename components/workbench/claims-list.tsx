"use client";
// The article's claims beside the text: search and verdict filter, the anchored claims in text
// order, then the orphans (claims a later version lost) with "Re-attach to selection". Rows are
// memoised, so moving the selection redraws two rows, not the list; and only the rows scrolled to
// are drawn: the first ones with the page, the others as the list is scrolled towards them (a
// spacer of their estimated height keeps the scrollbar right) or when one of them is selected.
import { Link2Icon, SearchIcon, Unlink2Icon, XIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { memo, useEffect, useRef, useState } from "react";
import type * as React from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { VerdictBadge, VerdictSwatch } from "@/components/verdicts/verdict-badge";
import type { ClaimDTO, VerdictDTO } from "@/lib/claims/types";
import { cn } from "@/lib/utils";
import { Quoted } from "./claim-panel/quoted";
import { Kbd } from "./kbd";

export const ALL_VERDICTS = "all";

/**
 * The line under the filters: how many claims the filters let through (placed or orphaned), else
 * how many are listed in text order — the orphans are counted in their own section, so an article
 * whose claims all lost their place says "No claims in text order", not "1 claim".
 */
export function listSummary({ anchored, orphans, total, filtered }: { anchored: number; orphans: number; total: number; filtered: boolean }): ListSummary {
  return filtered ? { key: "list.shownOf", values: { shown: anchored + orphans, total } } : { key: "list.count", values: { count: anchored } };
}

/** A message key of the "workbench" namespace with its values. */
export type ListSummary = { key: "list.shownOf"; values: { shown: number; total: number } } | { key: "list.count"; values: { count: number } };
/**
 * Rows drawn with the page. A thousand rows drawn at once (even in a background render) took about
 * a second of the main thread on a small machine after the page became interactive, mostly their
 * style and layout, for rows nobody had scrolled to yet.
 */
const FIRST_ROWS = 40;
/** Rows added at a time as the list is scrolled towards the ones not drawn yet. */
const MORE_ROWS = 60;
/** Estimated height of a row with the gap after it (px): a two-line quote, the statement, the verdict line. */
const ROW_ESTIMATE = 98;
/** How far ahead of the visible part of the list rows are drawn (px). */
const DRAW_AHEAD = 800;

export interface ClaimsListProps {
  /** Claims placed in the text, filtered, in text order. */
  anchored: readonly ClaimDTO[];
  /** Claims without a place in this version, filtered. */
  orphans: readonly ClaimDTO[];
  /** Claims on the article before filtering. */
  total: number;
  verdicts: readonly VerdictDTO[];
  verdictsById: ReadonlyMap<string, VerdictDTO>;
  /** Claims per verdict id, before filtering (for the filter's labels). */
  verdictCounts: ReadonlyMap<string, number>;
  verdictFilter: string;
  onVerdictFilter: (value: string) => void;
  query: string;
  onQuery: (value: string) => void;
  searchRef: React.Ref<HTMLInputElement>;
  selectedId: string | null;
  onSelect: (claimId: string) => void;
  canWrite: boolean;
  reattachingId: string | null;
  onReattach: (claimId: string) => void;
}

export const ClaimsList = memo(function ClaimsList({
  anchored,
  orphans,
  total,
  verdicts,
  verdictsById,
  verdictCounts,
  verdictFilter,
  onVerdictFilter,
  query,
  onQuery,
  searchRef,
  selectedId,
  onSelect,
  canWrite,
  reattachingId,
  onReattach,
}: ClaimsListProps) {
  const t = useTranslations("workbench");
  const listRef = useRef<HTMLDivElement>(null);
  const spacerRef = useRef<HTMLLIElement>(null);
  const filtered = query.trim() !== "" || verdictFilter !== ALL_VERDICTS;
  const summary = listSummary({ anchored: anchored.length, orphans: orphans.length, total, filtered });

  // How many rows are drawn: only grows (scrolling down, selecting a row further down).
  const [limit, setLimit] = useState(FIRST_ROWS);
  const selectedIndex = selectedId && anchored.length > limit ? anchored.findIndex((c) => c.id === selectedId) : -1;
  if (selectedIndex >= limit) setLimit(selectedIndex + MORE_ROWS);
  const rows = anchored.length > limit ? anchored.slice(0, limit) : anchored;
  const notDrawn = anchored.length - rows.length;

  // The spacer standing for the rows not drawn yet comes near the visible part: draw down to it.
  useEffect(() => {
    const list = listRef.current;
    const spacer = spacerRef.current;
    if (!list || !spacer || notDrawn === 0) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        // A scrollbar dragged far down: draw every row down to where the list now shows.
        const reach = list.getBoundingClientRect().bottom + DRAW_AHEAD - spacer.getBoundingClientRect().top;
        setLimit((n) => n + Math.max(MORE_ROWS, Math.ceil(reach / ROW_ESTIMATE)));
      },
      { root: list, rootMargin: `${DRAW_AHEAD}px 0px` },
    );
    observer.observe(spacer);
    return () => observer.disconnect();
  }, [notDrawn]);

  // Keep the selected row in view (j/k, a click in the text).
  useEffect(() => {
    if (!selectedId) return;
    const row = listRef.current?.querySelector(`[data-claim-row="${CSS.escape(selectedId)}"]`);
    row?.scrollIntoView({ block: "nearest" });
  }, [selectedId, rows]);

  if (total === 0) {
    return (
      <EmptyState
        icon={Link2Icon}
        headingLevel="h3"
        title={t("list.emptyTitle")}
        description={canWrite ? t.rich("list.emptyEditor", { kbd: (chunks) => <Kbd>{chunks}</Kbd> }) : t("list.emptyViewer")}
        className="py-10"
        data-testid="claims-empty"
      />
    );
  }

  return (
    <div className="grid min-h-0 grid-rows-[auto_minmax(0,1fr)] gap-3">
      <div className="grid gap-2" role="search">
        <div className="relative">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
          <Input
            ref={searchRef}
            type="search"
            value={query}
            onChange={(e) => onQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") {
                e.preventDefault();
                if (query) onQuery("");
                else e.currentTarget.blur();
              }
            }}
            placeholder={t("list.searchPlaceholder")}
            aria-label={t("list.searchLabel")}
            aria-keyshortcuts="/"
            className="h-8 pr-8 pl-8 text-sm"
            data-testid="claims-search"
          />
          <Kbd className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2" aria-hidden>
            /
          </Kbd>
        </div>
        <div className="flex items-center gap-2">
          <Select value={verdictFilter} onValueChange={onVerdictFilter}>
            <SelectTrigger size="sm" className="min-w-0 flex-1 text-sm" aria-label={t("list.filterLabel")} data-testid="verdict-filter">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ALL_VERDICTS}>{t("list.allVerdicts", { count: total })}</SelectItem>
              {verdicts
                .filter((v) => !v.retired || (verdictCounts.get(v.id) ?? 0) > 0)
                .map((v) => (
                  <SelectItem key={v.id} value={v.id}>
                    {/* Its own flex box: the closed select's line-clamp-1 drops the trigger's gap. */}
                    <span className="flex min-w-0 items-center gap-2">
                      <VerdictSwatch color={v.color} />
                      <span className="truncate">{v.name}</span>
                      <span className="text-muted-foreground tabular-nums">{verdictCounts.get(v.id) ?? 0}</span>
                    </span>
                  </SelectItem>
                ))}
            </SelectContent>
          </Select>
          {filtered && (
            <Button
              variant="ghost"
              size="sm"
              className="h-8 px-2"
              onClick={() => {
                onQuery("");
                onVerdictFilter(ALL_VERDICTS);
              }}
            >
              <XIcon aria-hidden />
              {t("list.clearFilters")}
            </Button>
          )}
        </div>
        <p className="text-xs text-muted-foreground" aria-live="polite" data-testid="claims-summary">
          {t(summary.key, summary.values)}
        </p>
      </div>

      <div ref={listRef} className="-mx-1 min-h-0 overflow-y-auto px-1 pb-2" data-testid="claims-list">
        {anchored.length === 0 && orphans.length === 0 ? (
          <p className="py-6 text-center text-sm text-muted-foreground">{t("list.noMatch")}</p>
        ) : null}
        {anchored.length === 0 && orphans.length > 0 && !filtered ? (
          <p className="rounded-md border border-dashed px-3 py-4 text-center text-[13px] text-muted-foreground" data-testid="claims-none-in-text">
            {t("list.allOrphaned", { count: orphans.length })}
          </p>
        ) : null}
        {rows.length > 0 && (
          <ol className="grid gap-1.5" aria-label={t("list.label")}>
            {rows.map((c) => (
              <ClaimRow key={c.id} claim={c} verdict={verdictsById.get(c.verdictId)} selected={c.id === selectedId} onSelect={onSelect} />
            ))}
            {notDrawn > 0 ? <li ref={spacerRef} aria-hidden style={{ height: notDrawn * ROW_ESTIMATE - 6 }} data-testid="claims-not-drawn" /> : null}
          </ol>
        )}
        {orphans.length > 0 && (
          <section className="mt-5 grid gap-2" aria-labelledby="orphans-title" data-testid="orphans">
            <div className="grid gap-1">
              <h3 id="orphans-title" className="flex items-center gap-1.5 text-sm font-semibold">
                <Unlink2Icon className="size-4 text-warning" aria-hidden />
                {t("orphans.title")}
                <span className="font-normal text-muted-foreground tabular-nums">{orphans.length}</span>
              </h3>
              <p className="text-xs text-muted-foreground">{canWrite ? t("orphans.descriptionEditor") : t("orphans.description")}</p>
            </div>
            <ul className="grid gap-1.5">
              {orphans.map((c) => (
                <ClaimRow
                  key={c.id}
                  claim={c}
                  verdict={verdictsById.get(c.verdictId)}
                  selected={c.id === selectedId}
                  onSelect={onSelect}
                  orphan
                  action={
                    canWrite ? (
                      <Button
                        variant="outline"
                        size="sm"
                        className="h-7 justify-self-start px-2 text-xs"
                        disabled={reattachingId !== null}
                        aria-busy={reattachingId === c.id || undefined}
                        // Keep the article selection the button acts on.
                        onMouseDown={(e) => e.preventDefault()}
                        onClick={() => onReattach(c.id)}
                      >
                        <Link2Icon aria-hidden />
                        {t("orphans.reattach")}
                      </Button>
                    ) : null
                  }
                />
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );

});

const ClaimRow = memo(function ClaimRow({
  claim,
  verdict,
  selected,
  onSelect,
  orphan = false,
  action,
}: {
  claim: ClaimDTO;
  verdict: VerdictDTO | undefined;
  selected: boolean;
  onSelect: (claimId: string) => void;
  orphan?: boolean;
  action?: React.ReactNode;
}) {
  return (
    <li
      data-claim-row={claim.id}
      data-testid={orphan ? "orphan-claim" : "claim-row"}
      className="grid gap-1.5"
    >
      <button
        type="button"
        onClick={() => onSelect(claim.id)}
        aria-current={selected ? "true" : undefined}
        className={cn(
          "grid w-full gap-1 rounded-md border border-l-[3px] bg-card px-2.5 py-2 text-left text-sm transition-colors outline-none hover:bg-accent/60 focus-visible:ring-2 focus-visible:ring-ring/60",
          selected && "bg-accent ring-1 ring-primary/40",
          orphan && "border-dashed",
        )}
        style={{ borderLeftColor: verdict?.color }}
      >
        <span className="line-clamp-2 text-[13px] leading-snug break-words text-foreground/90">
          <Quoted>{claim.quote}</Quoted>
        </span>
        {claim.statement && <span className="line-clamp-2 text-[13px] leading-snug font-medium break-words">{claim.statement}</span>}
        <span className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground">
          {verdict && <VerdictBadge verdict={verdict} variant="dot" size="sm" />}
          {claim.speakers.length > 0 && <span className="min-w-0 truncate">{claim.speakers.map((s) => s.name).join(", ")}</span>}
        </span>
      </button>
      {action}
    </li>
  );
});
