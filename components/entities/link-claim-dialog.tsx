"use client";
// Linking a claim to an entity by hand: with an empty search the dialog offers the claims that
// mention one of the entity's spellings and are not linked yet; typing searches every claim's text.
import { Link2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { toast } from "sonner";

import { linkClaimAction, searchLinkableClaimsAction } from "@/app/(app)/w/[slug]/entities/actions";
import { ButtonDialog } from "@/components/registry/button-dialog";
import { LiveSearchField, useLiveSearch } from "@/components/registry/live-search";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { idleState } from "@/lib/actions/state";
import type { LinkableClaim } from "@/lib/entities/types";
import { quotedText } from "@/components/workbench/claim-panel/quoted";

export function LinkClaimDialog({ slug, entityId, entityName }: { slug: string; entityId: string; entityName: string }) {
  const t = useTranslations("entities.link");
  return (
    <ButtonDialog
      trigger={
        <Button variant="outline" size="sm">
          <Link2Icon aria-hidden />
          {t("open")}
        </Button>
      }
      title={t("title", { name: entityName })}
      description={t("description")}
      className="sm:max-w-xl"
    >
      {() => <LinkPicker slug={slug} entityId={entityId} entityName={entityName} />}
    </ButtonDialog>
  );
}

function LinkPicker({ slug, entityId, entityName }: { slug: string; entityId: string; entityName: string }) {
  const t = useTranslations("entities.link");
  const te = useTranslations("entities");
  const tc = useTranslations("common");
  const router = useRouter();
  const ids = useId();
  const [q, setQ] = useState("");
  // Bumped after each link so the search runs again without the claim just linked.
  const [round, setRound] = useState(0);
  const search = useLiveSearch((query) => searchLinkableClaimsAction(idleState, { workspaceSlug: slug, entityId, q: query, limit: 10 }), q, round);
  const [pending, startTransition] = useTransition();

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
      <LiveSearchField
        label={t("searchLabel")}
        placeholder={t("searchPlaceholder")}
        value={q}
        onChange={setQ}
        search={search}
        found={t("found", { count: search.results.length })}
      />
      {search.results.length > 0 && (
        <section aria-labelledby={`${ids}-results`} className="grid gap-1.5">
          <h3 id={`${ids}-results`} className="text-sm font-medium">
            {q.trim() ? t("searchLabel") : t("suggested", { name: entityName })}
          </h3>
          <ul className="grid max-h-72 gap-1 overflow-y-auto rounded-md border p-1">
            {search.results.map((c) => {
              const label = c.statement || quotedText(c.quote);
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
