// The review queue at the top of the entities list: each proposed spelling with the entity it
// would join and why ("Kursk → Koursk: same after ou→u"), surest first, with Confirm / Reject
// for editors. Viewers see the queue without the buttons.
import { GitPullRequestArrowIcon } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";

import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ProposedAliasQueue } from "@/lib/entities/types";

import { AliasDecisionButtons } from "./alias-decision";
import { EntityTypeLabel, useAliasReasonText } from "./entity-badges";

export function ProposedAliasesQueue({ slug, queue, canWrite }: { slug: string; queue: ProposedAliasQueue; canWrite: boolean }) {
  const t = useTranslations("entities");
  const reasonText = useAliasReasonText();
  if (queue.total === 0) return null;
  return (
    <section aria-labelledby="proposed-aliases-title">
    <Card className="gap-4">
      <CardHeader>
        <CardTitle as="h2" id="proposed-aliases-title" className="flex items-center gap-2">
          <GitPullRequestArrowIcon className="size-4 text-muted-foreground" aria-hidden />
          {t("queue.title")}
          <Badge variant="warning">{queue.total}</Badge>
        </CardTitle>
        <CardDescription>{canWrite ? t("queue.description") : t("queue.descriptionViewer")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-2">
        <ul className="divide-y rounded-md border" data-testid="proposed-aliases">
          {queue.items.map((a) => (
            <li key={a.id} className="flex flex-col gap-2 px-3 py-2.5 sm:flex-row sm:items-center sm:justify-between" data-testid="proposed-alias">
              <div className="grid min-w-0 gap-0.5">
                <p className="text-sm text-pretty">
                  {t.rich("queue.line", {
                    alias: a.alias,
                    name: a.entity.name,
                    reason: reasonText(a.reason),
                    strong: (chunks) => <span className="font-semibold">{chunks}</span>,
                    link: (chunks) => (
                      <Link href={`/w/${slug}/entities/${a.entity.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                        {chunks}
                      </Link>
                    ),
                  })}
                </p>
                <p className="flex flex-wrap gap-x-3 text-xs text-muted-foreground">
                  <EntityTypeLabel type={a.entity.type} />
                </p>
              </div>
              {canWrite && <AliasDecisionButtons slug={slug} aliasId={a.id} alias={a.alias} entityName={a.entity.name} />}
            </li>
          ))}
        </ul>
        {queue.total > queue.items.length && <p className="text-xs text-muted-foreground">{t("queue.more", { shown: queue.items.length, total: queue.total })}</p>}
      </CardContent>
    </Card>
    </section>
  );
}
