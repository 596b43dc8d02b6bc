"use client";
// The lines the cleaner took out of an article (share prompts, comment forms, a repeated
// headline…), each with its reason and, for editors on the current version, a Restore button.
// Restoring re-cleans the original with that line kept and makes the result the current version.
import { CheckCircle2Icon, Loader2Icon, Undo2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { restoreRemovedLineAction } from "@/app/(app)/w/[slug]/articles/[id]/actions";
import { useAction } from "@/components/use-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

export interface RemovedLineView {
  id: string;
  text: string;
  reason: string;
}

const LONG = 180;

export function RemovedLines({
  slug,
  articleId,
  lines,
  canRestore,
  isCurrent,
}: {
  slug: string;
  articleId: string;
  lines: RemovedLineView[];
  /** The user may restore (editor+). */
  canRestore: boolean;
  /** Restoring works on the current version only. */
  isCurrent: boolean;
}) {
  const t = useTranslations("articles");
  const router = useRouter();
  const restore = useAction(restoreRemovedLineAction);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  if (lines.length === 0) {
    return (
      <p className="flex items-start gap-2 text-sm text-muted-foreground" data-testid="removed-lines-empty">
        <CheckCircle2Icon className="mt-0.5 size-4 shrink-0 text-success" aria-hidden />
        {t("removedEmpty")}
      </p>
    );
  }

  const reasonLabel = (reason: string) => (t.has(`reasons.${reason}`) ? t(`reasons.${reason}`) : reason);

  return (
    <div className="grid gap-3">
      {!canRestore ? (
        <p className="text-[13px] text-muted-foreground">{t("removedViewerNote")}</p>
      ) : !isCurrent ? (
        <p className="text-[13px] text-muted-foreground">{t("removedOldVersionNote")}</p>
      ) : null}
      <ul className="grid gap-2" data-testid="removed-lines">
        {lines.map((line) => {
          const long = line.text.length > LONG;
          const open = expanded.has(line.id);
          return (
            <li key={line.id} className="grid gap-2 rounded-md border bg-muted/30 p-3" data-testid="removed-line">
              <div className="flex items-center justify-between gap-2">
                <Badge variant="secondary">{reasonLabel(line.reason)}</Badge>
                {canRestore && isCurrent && (
                  <Button
                    variant="outline"
                    size="sm"
                    className="h-7 px-2.5"
                    disabled={restore.pending}
                    aria-busy={busyId === line.id || undefined}
                    aria-label={t("restoreLine", { text: line.text.slice(0, 80) })}
                    onClick={() => {
                      setBusyId(line.id);
                      restore.run(
                        { workspaceSlug: slug, articleId, lineId: line.id },
                        {
                          success: t("restored"),
                          // The restored text is a new version: show it rather than the one in the URL.
                          onSuccess: () => router.replace(`/w/${slug}/articles/${articleId}`, { scroll: false }),
                        },
                      );
                    }}
                  >
                    {restore.pending && busyId === line.id ? <Loader2Icon className="animate-spin" aria-hidden /> : <Undo2Icon aria-hidden />}
                    {t("restore")}
                  </Button>
                )}
              </div>
              <p className={long && !open ? "line-clamp-3 text-sm break-words whitespace-pre-line" : "text-sm break-words whitespace-pre-line"}>{line.text}</p>
              {long && (
                <Button
                  variant="link"
                  size="sm"
                  className="justify-self-start text-xs"
                  aria-expanded={open}
                  onClick={() =>
                    setExpanded((prev) => {
                      const next = new Set(prev);
                      if (open) next.delete(line.id);
                      else next.add(line.id);
                      return next;
                    })
                  }
                >
                  {open ? t("showLess") : t("showMore")}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
