"use client";
// One suggestion in the side panel: its kind and score, the words, who said it (the registry's
// source, or the name that will become one), its figures and why it was suggested — each reason
// a chip in the reader's language — then Accept, Edit & accept and Dismiss.
import { CalendarCheckIcon, CheckIcon, HashIcon, Loader2Icon, PencilIcon, QuoteIcon, UserIcon, UserPlusIcon, XIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { memo } from "react";
import type * as React from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { SuggestionDTO } from "@/lib/suggestions/types";
import { claimQuantities } from "@/lib/suggestions/shape";
import { cn } from "@/lib/utils";

import { formatQuantity } from "../claim-panel/claim-draft";
import { Kbd } from "../kbd";

const KIND_ICONS = { numeric: HashIcon, quote: QuoteIcon, event: CalendarCheckIcon } as const;

/** Reasons that only repeat what the card shows elsewhere (the names are in the text) come last. */
const LATE = new Set(["person", "place", "organisation", "date"]);

export interface SuggestionCardProps {
  suggestion: SuggestionDTO;
  focused: boolean;
  busy: boolean;
  /** Another suggestion's action is under way. */
  locked: boolean;
  canWrite: boolean;
  onFocus: (id: string) => void;
  onAccept: (id: string) => void;
  onEdit: (id: string) => void;
  onDismiss: (id: string) => void;
  /** Arrow keys on the card move between suggestions. */
  onKeyDown?: (event: React.KeyboardEvent<HTMLElement>, id: string) => void;
}

export const SuggestionCard = memo(function SuggestionCard({ suggestion: s, focused, busy, locked, canWrite, onFocus, onAccept, onEdit, onDismiss, onKeyDown }: SuggestionCardProps) {
  const t = useTranslations("suggestions");
  const ti = useTranslations("intelligence");
  const locale = useLocale();
  const KindIcon = KIND_ICONS[s.kind];
  const quote = s.quote.replace(/\s+/gu, " ").trim();
  const short = quote.length > 80 ? `${quote.slice(0, 79)}…` : quote;
  const figures = claimQuantities(s.quantities);
  const reasons = [...s.reasons].sort((a, b) => Number(LATE.has(a.code)) - Number(LATE.has(b.code)));
  const reasonText = (r: SuggestionDTO["reasons"][number]) => (ti.has(`reasons.${r.code}`) ? ti(`reasons.${r.code}`, r.values) : r.text);
  const source = s.speaker?.source ?? null;

  return (
    <li
      data-suggestion-row={s.id}
      data-testid="suggestion-row"
      data-kind={s.kind}
      aria-current={focused ? "true" : undefined}
      className={cn(
        "grid gap-2 rounded-md border border-l-[3px] border-l-cyan-700 bg-card px-2.5 py-2 text-sm transition-colors dark:border-l-cyan-300",
        focused && "bg-accent/70 ring-1 ring-cyan-700/50 dark:ring-cyan-300/50",
      )}
    >
      <div className="flex items-center justify-between gap-2">
        <Badge variant="outline" className="gap-1" title={t("kind", { kind: ti(`kinds.${s.kind}`) })}>
          <KindIcon aria-hidden />
          {ti(`kinds.${s.kind}`)}
        </Badge>
        <span className="flex items-center gap-1.5 text-xs text-muted-foreground tabular-nums" title={t("score", { score: s.score })}>
          <span className="sr-only">{t("score", { score: s.score })}</span>
          <span aria-hidden className="relative h-1.5 w-10 overflow-hidden rounded-full bg-muted">
            <span className="absolute inset-y-0 left-0 rounded-full bg-cyan-700 dark:bg-cyan-300" style={{ width: `${Math.round(s.score * 100)}%` }} />
          </span>
          <span aria-hidden>{t("scoreShort", { score: s.score })}</span>
        </span>
      </div>

      <button
        type="button"
        onClick={() => onFocus(s.id)}
        onKeyDown={onKeyDown ? (e) => onKeyDown(e, s.id) : undefined}
        className="rounded-sm text-left text-[13px] leading-snug break-words text-foreground/90 outline-none focus-visible:ring-2 focus-visible:ring-ring/60"
        data-suggestion-focus={s.id}
      >
        <span className={cn(!focused && "line-clamp-3")}>{quote}</span>
      </button>

      <dl className="grid gap-1.5 text-xs">
        <div className="flex min-w-0 items-start gap-1.5">
          <dt className="sr-only">{t("speaker")}</dt>
          {source || !s.speaker ? <UserIcon className="mt-px size-3.5 shrink-0 text-muted-foreground" aria-hidden /> : <UserPlusIcon className="mt-px size-3.5 shrink-0 text-muted-foreground" aria-hidden />}
          <dd className="min-w-0 break-words" data-testid="suggestion-speaker">
            {s.speaker ? (
              <>
                <span className="font-medium">{source?.name ?? s.speaker.name}</span>
                {(source?.description ?? s.speaker.description) && <span className="text-muted-foreground"> — {source?.description ?? s.speaker.description}</span>}
                {source ? (
                  <span className="sr-only"> ({t("inRegistry")})</span>
                ) : (
                  <Badge variant="info" className="ml-1.5 align-middle" title={t("newSourceHint")}>
                    {t("newSource")}
                  </Badge>
                )}
              </>
            ) : (
              <span className="text-muted-foreground">{t("noSpeaker")}</span>
            )}
          </dd>
        </div>
        {figures.length > 0 && (
          <div className="flex min-w-0 items-start gap-1.5">
            <dt className="sr-only">{t("figures")}</dt>
            <HashIcon className="mt-px size-3.5 shrink-0 text-muted-foreground" aria-hidden />
            <dd className="flex flex-wrap gap-1" data-testid="suggestion-figures">
              {figures.map((q, i) => (
                <span key={i} className="rounded border bg-muted/50 px-1.5 font-medium tabular-nums" title={q.text}>
                  {formatQuantity(q, locale)}
                </span>
              ))}
            </dd>
          </div>
        )}
        <div className="grid gap-1">
          <dt className="sr-only">{t("reasons")}</dt>
          <dd>
            <ul className="flex flex-wrap gap-1" data-testid="suggestion-reasons">
              {reasons.map((r, i) => (
                <li key={i} className="max-w-full truncate rounded-full bg-muted px-2 py-0.5 text-[11px] leading-4 text-muted-foreground" title={reasonText(r)} data-reason={r.code}>
                  {reasonText(r)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>

      {canWrite && (
        <div className="flex flex-wrap items-center gap-1.5">
          <Button size="sm" className="h-7 gap-1 px-2 text-xs" disabled={locked || busy} aria-busy={busy || undefined} aria-label={t("acceptLabel", { quote: short })} aria-keyshortcuts="a" onClick={() => onAccept(s.id)} data-testid="suggestion-accept">
            {busy ? <Loader2Icon className="animate-spin" aria-hidden /> : <CheckIcon aria-hidden />}
            {t("accept")}
            {focused && <Kbd className="ml-0.5 h-4 min-w-4 border-primary-foreground/30 bg-primary-foreground/15 text-[10px] text-primary-foreground">A</Kbd>}
          </Button>
          <Button variant="outline" size="sm" className="h-7 gap-1 px-2 text-xs" disabled={locked || busy} aria-label={t("editLabel", { quote: short })} onClick={() => onEdit(s.id)} data-testid="suggestion-edit">
            <PencilIcon aria-hidden />
            {t("edit")}
          </Button>
          <Button variant="ghost" size="sm" className="h-7 gap-1 px-2 text-xs" disabled={locked || busy} aria-label={t("dismissLabel", { quote: short })} aria-keyshortcuts="x" onClick={() => onDismiss(s.id)} data-testid="suggestion-dismiss">
            <XIcon aria-hidden />
            {t("dismiss")}
            {focused && <Kbd className="ml-0.5 h-4 min-w-4 text-[10px]">X</Kbd>}
          </Button>
        </div>
      )}
    </li>
  );
});
