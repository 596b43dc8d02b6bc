"use client";
// The suggestions beside the article: how many are waiting, "Show suggestions" (draws them in the
// text with a dotted underline) and "Suggest claims" (runs the engine now), then one card per
// suggestion in text order. Clicking a card scrolls to its words; ↑/↓ move between cards; with a
// suggestion focused, A accepts and X dismisses it.
import { EyeIcon, EyeOffIcon, Loader2Icon, RefreshCwIcon, SparklesIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import type * as React from "react";

import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";

import { Kbd } from "../kbd";
import { useShortcuts } from "../use-shortcuts";
import { AcceptDialog } from "./accept-dialog";
import { SuggestionCard } from "./suggestion-card";
import type { SuggestionsController } from "./use-suggestions";

export function SuggestionsSection({
  workspaceSlug,
  controller: c,
  canWrite,
  active = true,
}: {
  workspaceSlug: string;
  controller: SuggestionsController;
  canWrite: boolean;
  /** The section is on screen: its A / X shortcuts work. */
  active?: boolean;
}) {
  const t = useTranslations("suggestions");
  const listRef = useRef<HTMLOListElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = editingId ? (c.list.find((s) => s.id === editingId) ?? null) : null;
  const locked = c.busyId !== null;

  // Keep the focused card in view (a click in the text, A / X moving on).
  useEffect(() => {
    if (!c.focusedId) return;
    listRef.current?.querySelector(`[data-suggestion-row="${CSS.escape(c.focusedId)}"]`)?.scrollIntoView({ block: "nearest" });
  }, [c.focusedId]);

  const { focus, accept, dismiss } = c;
  const onFocus = useCallback((id: string) => focus(id), [focus]);
  const onAccept = useCallback(
    (id: string) => {
      focus(id, { scroll: false });
      void accept(id);
    },
    [focus, accept],
  );
  const onDismiss = useCallback(
    (id: string) => {
      focus(id, { scroll: false });
      void dismiss(id);
    },
    [focus, dismiss],
  );
  const onEdit = useCallback(
    (id: string) => {
      focus(id, { scroll: false });
      setEditingId(id);
    },
    [focus],
  );
  const list = c.list;
  const onKeyDown = useCallback(
    (event: React.KeyboardEvent<HTMLElement>, id: string) => {
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
      event.preventDefault();
      const i = list.findIndex((s) => s.id === id);
      const next = list[Math.min(list.length - 1, Math.max(0, i + (event.key === "ArrowDown" ? 1 : -1)))];
      if (!next) return;
      focus(next.id);
      listRef.current?.querySelector<HTMLElement>(`[data-suggestion-focus="${CSS.escape(next.id)}"]`)?.focus();
    },
    [list, focus],
  );

  // Only while the section is on screen (not behind an open claim panel or a closed sheet).
  const visible = () => sectionRef.current !== null && sectionRef.current.offsetParent !== null;
  useShortcuts(
    {
      a: () => {
        if (c.focusedId && !locked && visible()) onAccept(c.focusedId);
      },
      x: () => {
        if (c.focusedId && !locked && visible()) onDismiss(c.focusedId);
      },
    },
    active && canWrite,
  );

  return (
    <section ref={sectionRef} className="grid min-h-0 grid-rows-[auto_minmax(0,1fr)] gap-3" aria-labelledby="suggestions-title" data-testid="suggestions">
      <div className="grid gap-1.5">
        <h3 id="suggestions-title" className="sr-only">
          {t("title")}
        </h3>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-xs text-muted-foreground" aria-live="polite" data-testid="suggestions-status">
            {c.status === "ready" ? (c.pending ? t("pending") : t("count", { count: c.list.length })) : ""}
          </p>
          <div className="ml-auto flex items-center gap-1.5">
            <Button
              variant="ghost"
              size="sm"
              className="h-7 gap-1 px-2 text-xs"
              aria-pressed={c.show}
              title={t("showHint")}
              onClick={() => c.setShow(!c.show)}
              data-testid="suggestions-toggle"
            >
              {c.show ? <EyeIcon aria-hidden /> : <EyeOffIcon aria-hidden />}
              {t("show")}
            </Button>
            {canWrite && (
              <Button variant="outline" size="sm" className="h-7 gap-1 px-2 text-xs" onClick={() => void c.run()} disabled={c.running} aria-busy={c.running || undefined} data-testid="suggestions-run">
                {c.running ? <Loader2Icon className="animate-spin" aria-hidden /> : <SparklesIcon aria-hidden />}
                {c.running ? t("running") : t("run")}
              </Button>
            )}
          </div>
        </div>
        <p className="text-xs text-muted-foreground">
          {t.rich(canWrite ? "intro" : "introViewer", {
            dotted: (chunks) => <span className="text-foreground underline decoration-cyan-700 decoration-dotted decoration-2 underline-offset-4 dark:decoration-cyan-300">{chunks}</span>,
          })}
        </p>
        {canWrite && c.list.length > 0 && <p className="text-xs text-muted-foreground">{t.rich("shortcutsHint", { kbd: (chunks) => <Kbd>{chunks}</Kbd> })}</p>}
      </div>

      <div className="-mx-1 min-h-0 overflow-y-auto px-1 pb-2">
        {c.status === "loading" && c.version === null ? (
          <div className="grid gap-1.5" aria-busy="true">
            <Skeleton className="h-28 w-full" />
            <Skeleton className="h-28 w-full" />
          </div>
        ) : c.status === "error" ? (
          <Alert variant="destructive">
            <AlertDescription>
              <p>{t("loadFailed")}</p>
              <Button variant="outline" size="sm" className="mt-2" onClick={c.reload}>
                <RefreshCwIcon aria-hidden />
                {t("retry")}
              </Button>
            </AlertDescription>
          </Alert>
        ) : c.list.length === 0 ? (
          c.pending ? (
            <p className="flex items-center gap-2 py-6 text-sm text-muted-foreground">
              <Loader2Icon className="size-4 animate-spin" aria-hidden />
              {t("pending")}
            </p>
          ) : (
            <EmptyState icon={SparklesIcon} headingLevel="h3" title={t("emptyTitle")} description={canWrite ? t("emptyEditor") : t("emptyViewer")} className="py-10" data-testid="suggestions-empty" />
          )
        ) : (
          <ol ref={listRef} className="grid gap-1.5" aria-label={t("listLabel")} data-testid="suggestions-list">
            {c.list.map((s) => (
              <SuggestionCard
                key={s.id}
                suggestion={s}
                focused={s.id === c.focusedId}
                busy={s.id === c.busyId}
                locked={locked}
                canWrite={canWrite}
                onFocus={onFocus}
                onAccept={onAccept}
                onEdit={onEdit}
                onDismiss={onDismiss}
                onKeyDown={onKeyDown}
              />
            ))}
          </ol>
        )}
      </div>

      {canWrite && (
        <AcceptDialog
          workspaceSlug={workspaceSlug}
          suggestion={editing}
          onOpenChange={(open) => {
            if (!open) setEditingId(null);
          }}
          onSubmit={async (id, edit) => {
            const res = await c.accept(id, edit);
            if (res.status === "success" || (res.code !== "validation" && !res.fieldErrors)) setEditingId(null);
            return res;
          }}
        />
      )}
    </section>
  );
}
