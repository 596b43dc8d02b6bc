"use client";
// Linking a claim to an entity by hand: with an empty search the dialog offers the claims that
// mention one of the entity's spellings and are not linked yet; typing searches every claim's text.
import { Link2Icon, Loader2Icon, SearchIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { toast } from "sonner";

import { linkClaimAction, searchLinkableClaimsAction } from "@/app/(app)/w/[slug]/entities/actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { idleState } from "@/lib/actions/state";
import type { LinkableClaim } from "@/lib/entities/types";

const DEBOUNCE_MS = 200;

export function LinkClaimDialog({ slug, entityId, entityName }: { slug: string; entityId: string; entityName: string }) {
  const t = useTranslations("entities.link");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <Link2Icon aria-hidden />
          {t("open")}
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{t("title", { name: entityName })}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        <LinkPicker slug={slug} entityId={entityId} entityName={entityName} />
      </DialogContent>
    </Dialog>
  );
}

function LinkPicker({ slug, entityId, entityName }: { slug: string; entityId: string; entityName: string }) {
  const t = useTranslations("entities.link");
  const te = useTranslations("entities");
  const tc = useTranslations("common");
  const router = useRouter();
  const ids = useId();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<LinkableClaim[]>([]);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const [pending, startTransition] = useTransition();
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      setSearching(true);
      const result = await searchLinkableClaimsAction(idleState, { workspaceSlug: slug, entityId, q, limit: 10 });
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
  }, [q, slug, entityId, tc, round]);

  function link(claim: LinkableClaim) {
    startTransition(async () => {
      const result = await linkClaimAction(idleState, { workspaceSlug: slug, entityId, claimId: claim.id });
      if (result.status === "error") {
        toast.error(result.formError ?? tc("errors.genericNoReference"));
        return;
      }
      toast.success(t("linked"));
      setRound((r) => r + 1);
      router.refresh();
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
        <section aria-labelledby={`${ids}-results`} className="grid gap-1.5">
          <h3 id={`${ids}-results`} className="text-sm font-medium">
            {q.trim() ? t("searchLabel") : t("suggested", { name: entityName })}
          </h3>
          <ul className="grid max-h-72 gap-1 overflow-y-auto rounded-md border p-1">
            {results.map((c) => {
              const label = c.statement || te("quoted", { quote: c.quote });
              return (
                <li key={c.id} className="flex items-start justify-between gap-3 rounded-sm px-2.5 py-2 text-sm hover:bg-muted">
                  <span className="flex min-w-0 flex-1 flex-col gap-0.5">
                    <span className="line-clamp-2 font-medium">{label}</span>
                    <span className="truncate text-xs text-muted-foreground">{te("inArticle", { title: c.articleTitle })}</span>
                  </span>
                  <Button type="button" size="sm" variant="secondary" disabled={pending} aria-label={t("linkLabel", { claim: label })} onClick={() => link(c)}>
                    <Link2Icon aria-hidden />
                    {t("linkButton")}
                  </Button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {tc("close")}
          </Button>
        </DialogClose>
      </DialogFooter>
    </div>
  );
}
