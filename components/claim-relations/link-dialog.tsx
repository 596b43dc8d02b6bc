"use client";
// "Link to another claim": search the workspace's claims (searchClaimsAction), pick one, say how
// it relates to this claim, link. The relation is stored confirmed (addRelationAction).
import { LinkIcon, XIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";

import { searchClaimsAction } from "@/app/(app)/w/[slug]/claims/actions";
import { addRelationAction } from "@/app/(app)/w/[slug]/claims/relation-actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Combobox, useServerSearch } from "@/components/workbench/claim-panel/combobox";
import { PendingButton } from "@/components/workbench/claim-panel/pending-button";
import { Quoted } from "@/components/workbench/claim-panel/quoted";
import { idleState } from "@/lib/actions/state";
import type { ClaimSearchHit } from "@/lib/claims/types";
import { RELATION_TYPES, type RelationMutationResult, type RelationType } from "@/lib/matching/types";

export function LinkDialog({ workspaceSlug, claimId, onLinked }: { workspaceSlug: string; claimId: string; onLinked: (result: RelationMutationResult) => void }) {
  const t = useTranslations("relations");
  const tc = useTranslations("common");
  const id = useId();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState("");
  const [listOpen, setListOpen] = useState(false);
  const [picked, setPicked] = useState<ClaimSearchHit | null>(null);
  const [type, setType] = useState<RelationType>("same_as");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { results, loading } = useServerSearch(
    async (query) => {
      const res = await searchClaimsAction(idleState, { workspaceSlug, q: query, excludeId: claimId });
      return res.status === "success" ? ((res.data as ClaimSearchHit[] | undefined) ?? []) : null;
    },
    q,
    open && listOpen && picked === null,
  );

  function reset(next: boolean) {
    setOpen(next);
    if (!next) {
      setQ("");
      setPicked(null);
      setType("same_as");
      setError(null);
    }
  }

  async function link() {
    if (!picked) return;
    setPending(true);
    setError(null);
    const res = await addRelationAction(idleState, { workspaceSlug, fromClaimId: claimId, toClaimId: picked.id, type });
    setPending(false);
    if (res.status === "error") {
      setError(res.formError ?? t("loadFailed"));
      return;
    }
    toast.success(t("toasts.added"));
    reset(false);
    onLinked(res.data as RelationMutationResult);
  }

  return (
    <Dialog open={open} onOpenChange={reset}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" data-testid="link-claim">
          <LinkIcon aria-hidden />
          {t("actions.link")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("link.title")}</DialogTitle>
          <DialogDescription>{t("link.description")}</DialogDescription>
        </DialogHeader>
        <div className="grid gap-4">
          {picked ? (
            <div className="grid gap-1.5">
              <Label id={`${id}-picked`}>{t("link.selected")}</Label>
              <div className="flex items-start gap-2 rounded-md border bg-muted/40 p-2 text-sm" role="group" aria-labelledby={`${id}-picked`}>
                <div className="grid min-w-0 flex-1 gap-1">
                  <p className="font-medium break-words">{picked.statement || <Quoted>{picked.quote}</Quoted>}</p>
                  <p className="truncate text-xs text-muted-foreground">{t("link.in", { title: picked.articleTitle })}</p>
                </div>
                <Button variant="ghost" size="icon" className="size-7 shrink-0" aria-label={tc("cancel")} title={tc("cancel")} onClick={() => setPicked(null)}>
                  <XIcon className="size-4" aria-hidden />
                </Button>
              </div>
            </div>
          ) : (
            <div className="grid gap-1.5">
              <Label htmlFor={`${id}-search`}>{t("link.search")}</Label>
              <Combobox
                id={`${id}-search`}
                value={q}
                onValueChange={setQ}
                open={listOpen}
                onOpenChange={setListOpen}
                loading={loading}
                listLabel={t("link.search")}
                placeholder={t("link.searchPlaceholder")}
                emptyText={loading ? t("link.searching") : t("link.noResults")}
                data-testid="link-claim-search"
                options={results.map((hit) => ({
                  key: hit.id,
                  onSelect: () => {
                    setPicked(hit);
                    setListOpen(false);
                  },
                  content: (
                    <span className="grid gap-0.5">
                      <span className="line-clamp-2 font-medium">{hit.statement || <Quoted>{hit.quote}</Quoted>}</span>
                      <span className="truncate text-xs text-muted-foreground">{t("link.in", { title: hit.articleTitle })}</span>
                    </span>
                  ),
                }))}
              />
            </div>
          )}
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}-type`}>{t("link.type")}</Label>
            <Select value={type} onValueChange={(v) => setType(v as RelationType)}>
              <SelectTrigger id={`${id}-type`} className="w-full" data-testid="link-claim-type">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {RELATION_TYPES.map((r) => (
                  <SelectItem key={r} value={r}>
                    {t(`types.${r}`)}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          {error ? (
            <p className="text-[13px] font-medium text-destructive" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <DialogFooter>
          <Button variant="ghost" onClick={() => reset(false)}>
            {tc("cancel")}
          </Button>
          <PendingButton pending={pending} disabled={!picked} onClick={() => void link()} data-testid="link-claim-submit">
            {t("link.submit")}
          </PendingButton>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
