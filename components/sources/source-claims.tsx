// The claims a source made or carried, newest first: the statement (or the quoted words while
// the statement is empty), the article it sits in (the link opens the claim in the workbench)
// and its verdict. No hooks beyond next-intl's, so the server page renders it.
import { MessageSquareDashedIcon } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { VerdictBadge } from "@/components/verdicts/verdict-badge";
import type { VerdictDTO } from "@/lib/claims/types";
import type { SourceClaimDTO } from "@/lib/sources/types";
import { Quoted } from "@/components/workbench/claim-panel/quoted";

export function SourceClaimsList({
  slug,
  claims,
  total,
  verdicts,
  empty,
  emptyHint,
}: {
  slug: string;
  claims: SourceClaimDTO[];
  total: number;
  verdicts: VerdictDTO[];
  empty: string;
  emptyHint: string;
}) {
  const t = useTranslations("sources");
  const format = useFormatter();
  const byId = new Map(verdicts.map((v) => [v.id, v]));

  if (claims.length === 0) {
    return (
      <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed px-6 py-10 text-center">
        <MessageSquareDashedIcon className="size-5 text-muted-foreground" aria-hidden />
        <p className="text-sm font-medium">{empty}</p>
        <p className="max-w-sm text-sm text-balance text-muted-foreground">{emptyHint}</p>
      </div>
    );
  }

  return (
    <div className="grid gap-2">
      <ul className="divide-y rounded-lg border bg-card" data-testid="source-claims">
        {claims.map((c) => {
          const verdict = byId.get(c.verdictId);
          const href = `/w/${slug}/articles/${c.articleId}?claim=${c.id}`;
          return (
            <li key={c.id} className="grid gap-1.5 px-4 py-3">
              <Link href={href} className="text-sm font-medium text-pretty hover:underline">
                {c.statement || <Quoted>{c.quote}</Quoted>}
              </Link>
              {c.statement && c.quote && <p className="line-clamp-2 text-xs text-muted-foreground">
                  <Quoted>{c.quote}</Quoted>
                </p>}
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
                {verdict && <VerdictBadge verdict={verdict} size="sm" />}
                <span className="min-w-0 truncate">
                  {c.articleOutlet ? t("inArticleOutlet", { title: c.articleTitle, outlet: c.articleOutlet }) : t("inArticle", { title: c.articleTitle })}
                </span>
                <time dateTime={c.updatedAt} className="tabular-nums">
                  {format.dateTime(new Date(c.updatedAt), { dateStyle: "medium" })}
                </time>
              </div>
            </li>
          );
        })}
      </ul>
      {total > claims.length && <p className="text-xs text-muted-foreground">{t("moreClaims", { shown: claims.length, total })}</p>}
    </div>
  );
}
