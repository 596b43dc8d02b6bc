// The ClaimReview mapping explained where admins set it (see lib/verdicts/defaults.ts): the
// verdict's name becomes reviewRating.alternateName, its rating the ratingValue on 1–5.
import { useTranslations } from "next-intl";
import type * as React from "react";

import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

const tags = {
  b: (chunks: React.ReactNode) => <strong className="font-medium text-foreground">{chunks}</strong>,
  code: (chunks: React.ReactNode) => <code className="rounded bg-muted px-1 py-px font-mono text-[0.8125rem] text-foreground">{chunks}</code>,
};

export function ClaimReviewHelp() {
  const t = useTranslations("verdicts.claimReview");
  return (
    <Card id="claimreview">
      <CardHeader>
        <CardTitle className="text-base">{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="grid max-w-prose gap-3 text-sm text-muted-foreground">
        <p>{t.rich("intro", tags)}</p>
        <ul className="grid list-disc gap-1.5 pl-5">
          <li>{t.rich("alternateName", tags)}</li>
          <li>
            {t.rich("ratingValue", tags)}
            <ol className="mt-1.5 grid gap-1">
              {([1, 2, 3, 4, 5] as const).map((n) => (
                <li key={n} className="flex gap-2">
                  <span className="inline-flex size-5 shrink-0 items-center justify-center rounded bg-muted font-mono text-xs font-medium text-foreground">{n}</span>
                  <span>{t(`scale${n}`)}</span>
                </li>
              ))}
            </ol>
          </li>
        </ul>
        <p>{t("midpoint")}</p>
      </CardContent>
    </Card>
  );
}
