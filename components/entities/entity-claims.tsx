"use client";
// The claims linked to an entity, newest edit first: the statement (or the quoted words while the
// statement is empty), its article (the link opens the claim in the workbench), its verdict, and
// for editors an Unlink button.
import { Link2OffIcon, Loader2Icon, MessageSquareDashedIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";

import { unlinkClaimAction } from "@/app/(app)/w/[slug]/entities/actions";
import { Button } from "@/components/ui/button";
import { VerdictBadge } from "@/components/verdicts/verdict-badge";
import { idleState } from "@/lib/actions/state";
import type { VerdictDTO } from "@/lib/claims/types";
import type { EntityClaimDTO } from "@/lib/entities/types";
import { Quoted } from "@/components/workbench/claim-panel/quoted";

export function EntityClaimsList({
  slug,
  entityId,
  entityName,
  claims,
  total,
  verdicts,
  canWrite,
}: {
  slug: string;
  entityId: string;
  entityName: string;
  claims: EntityClaimDTO[];
  total: number;
  verdicts: VerdictDTO[];
  canWrite: boolean;
}) {
  const t = useTranslations("entities");
  const tc = useTranslations("common");
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState<string | null>(null);
  const byId = new Map(verdicts.map((v) => [v.id, v]));

  function unlink(claimId: string) {
    setRunning(claimId);
    startTransition(async () => {
      const result = await unlinkClaimAction(idleState, { workspaceSlug: slug, entityId, claimId });
      setRunning(null);
      if (result.status === "error") {
        toast.error(result.formError ?? tc("errors.genericNoReference"));
        return;
      }
      toast.success(t("unlinked"));
      router.refresh();
    });
  }

  if (claims.length === 0) {
    return (
      <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed px-6 py-10 text-center">
        <MessageSquareDashedIcon className="size-5 text-muted-foreground" aria-hidden />
        <p className="text-sm font-medium">{t("claimsEmpty")}</p>
        <p className="max-w-sm text-sm text-balance text-muted-foreground">{t("claimsEmptyHint")}</p>
      </div>
    );
  }

  return (
    <div className="grid grid-cols-1 gap-2">
      <ul className="divide-y rounded-lg border bg-card" data-testid="entity-claims">
        {claims.map((c) => {
          const verdict = byId.get(c.verdictId);
          return (
            <li key={c.id} className="flex items-start justify-between gap-3 px-4 py-3">
              <div className="flex min-w-0 flex-1 flex-col gap-1.5">
                <Link href={c.href} className="text-sm font-medium text-pretty hover:underline">
                  {c.statement || <Quoted>{c.quote}</Quoted>}
                </Link>
                {c.statement && c.quote && <p className="line-clamp-2 text-xs text-muted-foreground">
                    <Quoted>{c.quote}</Quoted>
                  </p>}
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
                  {verdict && <VerdictBadge verdict={verdict} size="sm" />}
                  <span className="max-w-full min-w-0 truncate">{t("inArticle", { title: c.articleTitle })}</span>
                  <time dateTime={c.updatedAt} className="tabular-nums">
                    {format.dateTime(new Date(c.updatedAt), { dateStyle: "medium" })}
                  </time>
                </div>
              </div>
              {canWrite && (
                <Button
                  type="button"
                  size="sm"
                  variant="ghost"
                  disabled={pending}
                  aria-busy={running === c.id || undefined}
                  aria-label={t("unlinkLabel", { name: entityName })}
                  onClick={() => unlink(c.id)}
                >
                  {running === c.id ? <Loader2Icon className="animate-spin" aria-hidden /> : <Link2OffIcon aria-hidden />}
                  {t("unlink")}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {total > claims.length && <p className="text-xs text-muted-foreground">{t("moreClaims", { shown: claims.length, total })}</p>}
    </div>
  );
}
