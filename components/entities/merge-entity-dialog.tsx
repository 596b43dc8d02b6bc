"use client";
// Merging two entities (editors): find the other one by any spelling, choose whose name stays, then
// confirm in an AlertDialog that says what happens. Nothing runs before that confirmation.
import { GitMergeIcon, Loader2Icon, SearchIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { toast } from "sonner";

import { mergeEntitiesAction, searchEntitiesAction } from "@/app/(app)/w/[slug]/entities/actions";
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
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { idleState } from "@/lib/actions/state";
import type { EntityListItem, EntityRef } from "@/lib/entities/types";
import { cn } from "@/lib/utils";

import { EntityTypeLabel } from "./entity-badges";

const DEBOUNCE_MS = 200;

export function MergeEntityDialog({ slug, entity }: { slug: string; entity: EntityRef }) {
  const t = useTranslations("entities.merge");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <GitMergeIcon aria-hidden />
          {t("open")}
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{t("title", { name: entity.name })}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        <MergePicker slug={slug} entity={entity} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function MergePicker({ slug, entity, onDone }: { slug: string; entity: EntityRef; onDone: () => void }) {
  const t = useTranslations("entities.merge");
  const te = useTranslations("entities");
  const tc = useTranslations("common");
  const router = useRouter();
  const ids = useId();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<EntityListItem[]>([]);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [picked, setPicked] = useState<EntityRef | null>(null);
  const [keepThis, setKeepThis] = useState(true);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const seq = useRef(0);

  // Search as the user types; only the latest answer is shown.
  useEffect(() => {
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      setSearching(true);
      const result = await searchEntitiesAction(idleState, { workspaceSlug: slug, q, excludeId: entity.id, limit: 8 });
      if (mine !== seq.current) return;
      setSearching(false);
      if (result.status === "error") {
        setSearchError(result.formError ?? tc("errors.genericNoReference"));
        return;
      }
      setSearchError(null);
      setResults(result.data ?? []);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q, slug, entity.id, tc]);

  const kept = picked ? (keepThis ? entity : picked) : null;
  const merged = picked ? (keepThis ? picked : entity) : null;

  function merge() {
    if (!kept || !merged) return;
    startTransition(async () => {
      const result = await mergeEntitiesAction(idleState, { workspaceSlug: slug, keepId: kept.id, mergeId: merged.id });
      if (result.status === "error") {
        toast.error(result.formError ?? tc("errors.genericNoReference"));
        return;
      }
      toast.success(t("done", { merged: merged.name, kept: kept.name, count: result.data?.claimsMoved ?? 0 }));
      onDone();
      if (kept.id === entity.id) router.refresh();
      else router.push(`/w/${slug}/entities/${kept.id}`);
    });
  }

  return (
    <div className="grid gap-4">
      <div className="grid gap-1.5">
        <Label htmlFor={`${ids}-q`}>{t("searchLabel")}</Label>
        <div className="relative">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
          <Input
            id={`${ids}-q`}
            type="search"
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            placeholder={t("searchPlaceholder")}
            className="pl-8"
            autoComplete="off"
            maxLength={200}
            aria-describedby={`${ids}-status`}
          />
          {searching && <Loader2Icon className="absolute top-1/2 right-2.5 size-4 -translate-y-1/2 animate-spin text-muted-foreground" aria-hidden />}
        </div>
        <p id={`${ids}-status`} className="text-[13px] text-muted-foreground" aria-live="polite">
          {searchError ?? (searching ? tc("loading") : t("found", { count: results.length }))}
        </p>
      </div>

      {results.length > 0 && (
        <fieldset className="grid gap-1.5">
          <legend className="mb-1.5 text-sm font-medium">{t("pickLegend")}</legend>
          <ul className="grid max-h-64 gap-1 overflow-y-auto rounded-md border p-1">
            {results.map((e) => (
              <li key={e.id}>
                <label
                  className={cn(
                    "flex cursor-pointer items-start gap-3 rounded-sm px-2.5 py-2 text-sm hover:bg-muted has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
                    picked?.id === e.id && "bg-muted",
                  )}
                >
                  <input type="radio" name={`${ids}-pick`} value={e.id} checked={picked?.id === e.id} onChange={() => setPicked(e)} className="mt-1 accent-primary" />
                  <span className="flex min-w-0 flex-1 flex-col gap-0.5">
                    <span className="font-medium">{e.name}</span>
                    <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
                      <EntityTypeLabel type={e.type} />
                      <span>{te("claimsCount", { count: e.claimCount })}</span>
                      {e.aliases.length > 0 && <span className="truncate">{te("aka", { aliases: e.aliases.join(", ") })}</span>}
                    </span>
                  </span>
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
            const e = thisOne ? entity : picked;
            return (
              <label key={String(thisOne)} className="flex cursor-pointer items-center gap-2.5 text-sm">
                <input type="radio" name={`${ids}-keep`} checked={keepThis === thisOne} onChange={() => setKeepThis(thisOne)} className="accent-primary" />
                {thisOne ? t("keepThis", { name: e.name }) : t("keepOther", { name: e.name })}
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
                    <li>{t("effectAliases", { merged: merged.name, kept: kept.name })}</li>
                    <li>{t("effectClaims", { merged: merged.name, kept: kept.name })}</li>
                    <li>{t("effectDelete", { merged: merged.name })}</li>
                  </ul>
                  <p className="font-medium text-foreground">{t("irreversible")}</p>
                </div>
              </AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>{tc("cancel")}</AlertDialogCancel>
              <AlertDialogAction variant="destructive" onClick={merge}>
                {t("confirm")}
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        )}
      </AlertDialog>
    </div>
  );
}
