"use client";
// The claim's two histories: every verdict change (who, when, from → to, with the rationale given
// then), and every re-anchoring after the article got a new version (how the quote was found
// again, and how sure the match was).
import { ArrowRightIcon, ChevronRightIcon } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type * as React from "react";
import { useId, useState } from "react";

import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { VerdictBadge } from "@/components/verdicts/verdict-badge";
import type { AnchorEventDTO, VerdictChangeDTO, VerdictDTO } from "@/lib/claims/types";
import { cn } from "@/lib/utils";

function When({ iso }: { iso: string }) {
  const format = useFormatter();
  const d = new Date(iso);
  return (
    <time dateTime={iso} title={format.dateTime(d, { dateStyle: "long", timeStyle: "short" })}>
      {format.dateTime(d, { dateStyle: "medium", timeStyle: "short" })}
    </time>
  );
}

export function VerdictHistory({ history, verdicts }: { history: VerdictChangeDTO[] | null; verdicts: readonly VerdictDTO[] }) {
  const t = useTranslations("claimPanel.history");
  if (history === null) {
    return (
      <div className="grid grid-cols-1 gap-2" aria-busy>
        <span className="sr-only">{t("loading")}</span>
        <Skeleton className="h-12 w-full" />
      </div>
    );
  }
  if (history.length === 0) return <p className="text-sm text-muted-foreground">{t("empty")}</p>;
  const byId = new Map(verdicts.map((v) => [v.id, v]));
  const badge = (id: string | null) => {
    const v = id ? byId.get(id) : undefined;
    return v ? <VerdictBadge verdict={v} size="sm" /> : <span className="text-xs text-muted-foreground italic">{id ? t("unknownVerdict") : t("noVerdict")}</span>;
  };
  const sorted = [...history].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <ol className="grid grid-cols-1 gap-3" data-testid="verdict-history">
      {sorted.map((h) => (
        <li key={h.id} className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2.5 gap-y-1 text-sm">
          <Avatar name={h.actor?.name ?? "?"} size="sm" decorative className="mt-0.5" />
          <div className="grid grid-cols-1 min-w-0 gap-1">
            <p className="text-xs text-muted-foreground">
              {t.rich("changedBy", { name: h.actor?.name ?? t("someone"), strong: (c) => <span className="font-medium text-foreground">{c}</span> })} · <When iso={h.createdAt} />
            </p>
            <p className="flex flex-wrap items-center gap-1.5">
              <span className="sr-only">{t("from")}</span>
              {badge(h.fromVerdictId)}
              <ArrowRightIcon className="size-3.5 text-muted-foreground" aria-hidden />
              <span className="sr-only">{t("to")}</span>
              {badge(h.toVerdictId)}
            </p>
            {h.rationaleText ? <p className="text-[13px] leading-relaxed break-words whitespace-pre-line text-muted-foreground">{h.rationaleText}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** A collapsible section heading: a button with aria-expanded controlling the region below. */
export function Collapsible({ title, count, defaultOpen = false, children, testId }: { title: string; count?: number; defaultOpen?: boolean; children: React.ReactNode; testId?: string }) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <div className="grid grid-cols-1 gap-2">
      <h3 className="text-sm font-semibold">
        <Button variant="ghost" size="sm" className="-ml-2 h-8 gap-1.5 px-2 font-semibold" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)} data-testid={testId}>
          <ChevronRightIcon className={cn("size-4 transition-transform", open && "rotate-90")} aria-hidden />
          {title}
          {count !== undefined ? <span className="font-normal text-muted-foreground">({count})</span> : null}
        </Button>
      </h3>
      <div id={id} hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  );
}

export function AnchorHistory({ events }: { events: AnchorEventDTO[] | null }) {
  const t = useTranslations("claimPanel.anchors");
  const format = useFormatter();
  if (events === null) return <Skeleton className="h-10 w-full" />;
  if (events.length === 0) return <p className="text-sm text-muted-foreground">{t("empty")}</p>;
  const sorted = [...events].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <ol className="grid grid-cols-1 gap-2" data-testid="anchor-history">
      {sorted.map((e) => (
        <li key={e.id} className="grid grid-cols-1 gap-0.5 rounded-md border px-2.5 py-2 text-sm">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="font-medium tabular-nums">
              {e.method === "created" ? t("versionOnly", { version: e.toVersion }) : t("versions", { from: e.fromVersion, to: e.toVersion })}
            </span>
            <span className={cn("rounded-sm px-1.5 py-px text-xs font-medium", e.method === "orphan" ? "bg-warning/12 text-warning" : e.method === "fuzzy" ? "bg-primary/10 text-primary" : "bg-secondary text-secondary-foreground")}>
              {t(`method.${e.method}`)}
            </span>
            {e.score !== null ? <span className="text-xs text-muted-foreground tabular-nums">{t("score", { score: format.number(e.score > 1 ? e.score / 100 : e.score, { style: "percent", maximumFractionDigits: 0 }) })}</span> : null}
          </p>
          {e.reason ? <p className="text-xs text-muted-foreground">{e.reason}</p> : null}
          <p className="text-xs text-muted-foreground">
            {e.actor ? `${e.actor.name} · ` : null}
            <When iso={e.createdAt} />
          </p>
        </li>
      ))}
    </ol>
  );
}
