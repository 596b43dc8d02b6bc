"use client";
// Merging two registry records (entities, sources): find the other one, choose which one stays,
// then confirm in an AlertDialog that lists what happens. A merge cannot be undone, so nothing runs
// before that confirmation. Afterwards the page of the record that stayed opens (or refreshes).
import { GitMergeIcon, Loader2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type * as React from "react";
import { useId, useState, useTransition } from "react";
import { toast } from "sonner";

import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import type { ActionState } from "@/lib/actions/state";
import { cn } from "@/lib/utils";

import { ButtonDialog } from "./button-dialog";
import { LiveSearchField, useLiveSearch } from "./live-search";

interface RegistryRecord {
  id: string;
  name: string;
}

export interface MergeDialogProps<T extends RegistryRecord> {
  /**
   * Where the dialog's words are: `<namespace>.merge` holds open, title, description, searchLabel,
   * searchPlaceholder, found, pickLegend, keepLegend, keepThis, keepOther, continue, confirmTitle,
   * irreversible, confirm, done and the `effects` keys.
   */
  namespace: "entities" | "sources";
  /** The record whose page this is. */
  current: RegistryRecord;
  /** Keys under `<namespace>.merge` listing what the merge does, in order ({merged}, {kept}). */
  effects: string[];
  /** The search action for the other record; `current` is left out of its answer here. */
  search: (q: string) => Promise<ActionState<T[]>>;
  merge: (ids: { keepId: string; mergeId: string }) => Promise<ActionState<{ claimsMoved: number }>>;
  /** The page of a record, opened when the other one is kept. */
  hrefOf: (id: string) => string;
  /** The small line under a candidate's name (its type or kind, …). */
  describe: (record: T) => React.ReactNode;
  /** Shown at the end of a candidate's row. */
  badge?: (record: T) => React.ReactNode;
}

export function MergeDialog<T extends RegistryRecord>(props: MergeDialogProps<T>) {
  const t = useTranslations(`${props.namespace}.merge`);
  return (
    <ButtonDialog
      trigger={
        <Button variant="outline">
          <GitMergeIcon aria-hidden />
          {t("open")}
        </Button>
      }
      title={t("title", { name: props.current.name })}
      description={t("description")}
      className="sm:max-w-xl"
    >
      {(close) => <MergePicker {...props} onDone={close} />}
    </ButtonDialog>
  );
}

function MergePicker<T extends RegistryRecord>({ namespace, current, effects, search, merge, hrefOf, describe, badge, onDone }: MergeDialogProps<T> & { onDone: () => void }) {
  const t = useTranslations(`${namespace}.merge`);
  const tc = useTranslations("common");
  const router = useRouter();
  const ids = useId();
  const [q, setQ] = useState("");
  const found = useLiveSearch(search, q);
  const results = found.results.filter((r) => r.id !== current.id);
  const [picked, setPicked] = useState<T | null>(null);
  const [keepThis, setKeepThis] = useState(true);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();

  const kept = picked ? (keepThis ? current : picked) : null;
  const merged = picked ? (keepThis ? picked : current) : null;

  function run() {
    if (!kept || !merged) return;
    startTransition(async () => {
      const result = await merge({ keepId: kept.id, mergeId: merged.id });
      if (result.status === "error") {
        toast.error(result.formError ?? tc("errors.genericNoReference"));
        return;
      }
      toast.success(t("done", { merged: merged.name, kept: kept.name, count: result.data?.claimsMoved ?? 0 }));
      onDone();
      if (kept.id === current.id) router.refresh();
      else router.push(hrefOf(kept.id));
    });
  }

  return (
    <div className="grid gap-4">
      <LiveSearchField
        label={t("searchLabel")}
        placeholder={t("searchPlaceholder")}
        value={q}
        onChange={setQ}
        search={found}
        found={t("found", { count: results.length })}
      />

      {results.length > 0 && (
        <fieldset className="grid gap-1.5">
          <legend className="mb-1.5 text-sm font-medium">{t("pickLegend")}</legend>
          <ul className="grid max-h-64 gap-1 overflow-y-auto rounded-md border p-1">
            {results.map((r) => (
              <li key={r.id}>
                <label
                  className={cn(
                    "flex cursor-pointer items-start gap-3 rounded-sm px-2.5 py-2 text-sm hover:bg-muted has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
                    picked?.id === r.id && "bg-muted",
                  )}
                >
                  <input type="radio" name={`${ids}-pick`} value={r.id} checked={picked?.id === r.id} onChange={() => setPicked(r)} className="mt-1 accent-primary" />
                  <span className="flex min-w-0 flex-1 flex-col gap-0.5">
                    <span className="font-medium">{r.name}</span>
                    <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">{describe(r)}</span>
                  </span>
                  {badge?.(r)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}

      {picked && (
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">{t("keepLegend")}</legend>
          {[true, false].map((thisOne) => {
            const r = thisOne ? current : picked;
            return (
              <label key={String(thisOne)} className="flex cursor-pointer items-center gap-2.5 text-sm">
                <input type="radio" name={`${ids}-keep`} checked={keepThis === thisOne} onChange={() => setKeepThis(thisOne)} className="accent-primary" />
                {thisOne ? t("keepThis", { name: r.name }) : t("keepOther", { name: r.name })}
              </label>
            );
          })}
        </fieldset>
      )}

      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {tc("cancel")}
          </Button>
        </DialogClose>
        <Button type="button" disabled={!picked || pending} aria-busy={pending || undefined} onClick={() => setConfirming(true)}>
          {pending ? <Loader2Icon className="animate-spin" aria-hidden /> : <GitMergeIcon aria-hidden />}
          {t("continue")}
        </Button>
      </DialogFooter>

      <AlertDialog open={confirming} onOpenChange={setConfirming}>
        {kept && merged && (
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>{t("confirmTitle", { merged: merged.name, kept: kept.name })}</AlertDialogTitle>
              <AlertDialogDescription asChild>
                <div className="grid gap-2">
                  <ul className="grid list-disc gap-1 pl-5">
                    {effects.map((key) => (
                      <li key={key}>{t(key, { merged: merged.name, kept: kept.name })}</li>
                    ))}
                  </ul>
                  <p className="font-medium text-foreground">{t("irreversible")}</p>
                </div>
              </AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>{tc("cancel")}</AlertDialogCancel>
              <AlertDialogAction variant="destructive" onClick={run}>
                {t("confirm")}
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        )}
      </AlertDialog>
    </div>
  );
}
