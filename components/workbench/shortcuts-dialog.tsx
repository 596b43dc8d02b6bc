"use client";
// The "?" dialog: every workbench shortcut, and which verdict each digit gives.
import { useTranslations } from "next-intl";
import { memo } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { VerdictSwatch } from "@/components/verdicts/verdict-badge";
import type { VerdictDTO } from "@/lib/claims/types";
import { Kbd } from "./kbd";

/** Memoised: the workbench re-renders on every claim move, the closed dialog need not. */
export const ShortcutsDialog = memo(function ShortcutsDialog({
  open,
  onOpenChange,
  shortcutVerdicts,
  canWrite,
  canSetVerdict,
  canEditText,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The verdicts 1–9 give, in order. */
  shortcutVerdicts: readonly VerdictDTO[];
  canWrite: boolean;
  canSetVerdict: boolean;
  canEditText: boolean;
}) {
  const t = useTranslations("workbench.shortcuts");
  const ts = useTranslations("suggestions.shortcuts");
  const rows: { keys: string[]; label: string; show: boolean }[] = [
    { keys: ["J"], label: t("next"), show: true },
    { keys: ["K"], label: t("previous"), show: true },
    { keys: ["C"], label: t("create"), show: canWrite },
    { keys: ["1", "…", "9"], label: t("verdict"), show: canSetVerdict },
    { keys: ["/"], label: t("search"), show: true },
    { keys: ["E"], label: t("edit"), show: canEditText },
    { keys: ["A"], label: ts("accept"), show: canWrite },
    { keys: ["X"], label: ts("dismiss"), show: canWrite },
    { keys: ["?"], label: t("help"), show: true },
    { keys: ["Esc"], label: t("close"), show: true },
  ];
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-w-md" data-testid="shortcuts-dialog">
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-2 text-sm">
          {rows
            .filter((r) => r.show)
            .map((r) => (
              <div key={r.label} className="contents">
                <dt className="flex items-center gap-1">
                  {r.keys.map((k) => (k === "…" ? <span key={k} className="text-muted-foreground">–</span> : <Kbd key={k}>{k}</Kbd>))}
                </dt>
                <dd>{r.label}</dd>
              </div>
            ))}
        </dl>
        {canSetVerdict && shortcutVerdicts.length > 0 && (
          <section className="grid gap-2" aria-labelledby="verdict-keys-title">
            <h3 id="verdict-keys-title" className="text-sm font-semibold">
              {t("verdictKeys")}
            </h3>
            <ol className="grid grid-cols-1 gap-x-4 gap-y-1.5 text-sm sm:grid-cols-2">
              {shortcutVerdicts.map((v, i) => (
                <li key={v.id} className="flex min-w-0 items-center gap-2">
                  <Kbd>{i + 1}</Kbd>
                  <VerdictSwatch color={v.color} />
                  <span className="truncate">{v.name}</span>
                </li>
              ))}
            </ol>
          </section>
        )}
      </DialogContent>
    </Dialog>
  );
});
