"use client";
// The live view of an import: a progress bar over every item (it can grow while a zip unpacks)
// and one row per item with its status, its reason when it failed, and what to do next.
import {
  AlertCircleIcon,
  CheckCircle2Icon,
  ClipboardPasteIcon,
  ClockIcon,
  CopyIcon,
  FileArchiveIcon,
  FileTextIcon,
  LinkIcon,
  Loader2Icon,
} from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { importAsNewVersionAction } from "@/app/(app)/w/[slug]/import/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { isTerminal, type ImportItemStatus, type ImportItemView } from "./types";

const STATUS_STYLE: Record<ImportItemStatus, { variant: "secondary" | "info" | "success" | "warning" | "destructive"; icon: typeof ClockIcon }> = {
  queued: { variant: "secondary", icon: ClockIcon },
  processing: { variant: "info", icon: Loader2Icon },
  done: { variant: "success", icon: CheckCircle2Icon },
  duplicate: { variant: "warning", icon: CopyIcon },
  failed: { variant: "destructive", icon: AlertCircleIcon },
};

/** A zip's own row: done once its entries were queued as rows of their own. */
function expandedCount(item: ImportItemView): number | null {
  const n = item.errorValues?.expanded;
  return item.status === "done" && !item.articleId && typeof n === "number" ? n : null;
}

export function batchCounts(items: ImportItemView[]) {
  let done = 0;
  let duplicate = 0;
  let failed = 0;
  for (const i of items) {
    if (i.status === "done" && expandedCount(i) === null) done++;
    else if (i.status === "duplicate") duplicate++;
    else if (i.status === "failed") failed++;
  }
  const processed = items.filter((i) => isTerminal(i.status)).length;
  return { done, duplicate, failed, processed, total: items.length, finished: items.length > 0 && processed === items.length };
}

export function StatusBadge({ status }: { status: ImportItemStatus }) {
  const t = useTranslations("import.status");
  const { variant, icon: Icon } = STATUS_STYLE[status];
  return (
    <Badge variant={variant} data-status={status}>
      <Icon className={cn(status === "processing" && "animate-spin")} aria-hidden />
      {t(status)}
    </Badge>
  );
}

/** The accessible bar: processed (done + duplicate + failed) over all items known so far. */
export function ImportProgressBar({ processed, total, label }: { processed: number; total: number; label: string }) {
  const pct = total === 0 ? 0 : Math.round((processed / total) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={Math.max(total, 1)}
      aria-valuenow={processed}
      aria-valuetext={`${processed} / ${total}`}
      data-testid="import-progress"
      className="h-2 w-full overflow-hidden rounded-full bg-muted"
    >
      <div className={cn("h-full rounded-full bg-primary transition-[width] duration-500 ease-out", total > 0 && processed === total && "bg-success")} style={{ width: `${pct}%` }} />
    </div>
  );
}

export function ItemRow({
  slug,
  item,
  onNewVersion,
}: {
  slug: string;
  item: ImportItemView;
  /** Called with the batch created by "Import as new version", to follow its progress too. */
  onNewVersion: (batchId: string) => void;
}) {
  const t = useTranslations("import");
  const te = useTranslations("errors");
  const [pending, startTransition] = useTransition();
  const [requested, setRequested] = useState(false);
  const expanded = expandedCount(item);
  const SourceIcon = expanded !== null ? FileArchiveIcon : item.source === "url" ? LinkIcon : item.source === "paste" ? ClipboardPasteIcon : FileTextIcon;

  const reason =
    item.status === "failed"
      ? item.errorKey && te.has(item.errorKey)
        ? te(item.errorKey, item.errorValues ?? undefined)
        : t("failedUnknown")
      : null;

  function importAsNewVersion() {
    startTransition(async () => {
      const result = await importAsNewVersionAction({ status: "idle" }, { workspaceSlug: slug, itemId: item.id });
      if (result.status !== "success" || !result.data) {
        toast.error(result.formError ?? t("failedUnknown"));
        return;
      }
      setRequested(true);
      toast.success(t("newVersionQueued"));
      onNewVersion(result.data.batchId);
    });
  }

  const articleHref = item.status === "done" && item.articleId ? `/w/${slug}/articles/${item.articleId}` : null;

  return (
    <li className="grid gap-1.5 px-3 py-3 sm:px-5" data-testid="import-item" data-status={item.status}>
      <div className="flex min-w-0 items-center gap-3">
        <SourceIcon className="size-4 shrink-0 text-muted-foreground" aria-hidden />
        <span className="min-w-0 flex-1 truncate text-sm font-medium" title={item.name}>
          {item.name}
        </span>
        {articleHref && (
          <Link href={articleHref} className="hidden shrink-0 text-sm font-medium text-primary underline-offset-4 hover:underline sm:inline">
            {t("openArticle")}
          </Link>
        )}
        {expanded !== null ? (
          <Badge variant="secondary">
            <FileArchiveIcon aria-hidden />
            {t("unpacked")}
          </Badge>
        ) : (
          <StatusBadge status={item.status} />
        )}
      </div>
      {articleHref && (
        // Narrow screens: the link gets its own line so the name is not cut to a few letters.
        <Link href={articleHref} className="ml-7 w-fit text-sm font-medium text-primary underline-offset-4 hover:underline sm:hidden">
          {t("openArticle")}
        </Link>
      )}
      {(expanded !== null || reason || (item.status === "duplicate" && item.duplicateOfId)) && (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 pl-7 text-sm">
          {expanded !== null ? (
            <span className="text-muted-foreground">{t("unpackedCount", { count: expanded })}</span>
          ) : reason ? (
            <span className="text-destructive" data-testid="import-item-reason">
              {reason}
            </span>
          ) : item.duplicateOfId ? (
            <>
              <span className="text-muted-foreground">{t("duplicateOf")}</span>
              <Button asChild variant="outline" size="sm">
                <Link href={`/w/${slug}/articles/${item.duplicateOfId}`}>{t("openExisting")}</Link>
              </Button>
              <Button variant="secondary" size="sm" onClick={importAsNewVersion} disabled={pending || requested} aria-busy={pending || undefined}>
                {pending && <Loader2Icon className="animate-spin" aria-hidden />}
                {requested ? t("newVersionRequested") : t("importAsNewVersion")}
              </Button>
            </>
          ) : null}
        </div>
      )}
    </li>
  );
}
