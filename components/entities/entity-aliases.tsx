// An entity's spellings by status, each with why it is there and who decided, with the buttons an
// editor needs: confirm or reject a proposal, take back a confirmed spelling, restore a rejected
// one, and add a spelling by hand. Viewers see the same lists without buttons.
import { useFormatter, useTranslations } from "next-intl";

import { Badge } from "@/components/ui/badge";
import type { AliasStatus, EntityAliasDTO } from "@/lib/entities/types";

import { AliasDecisionButtons } from "./alias-decision";
import { useAliasReasonText } from "./entity-badges";

const SECTIONS: { status: AliasStatus; title: "proposedTitle" | "confirmedTitle" | "rejectedTitle"; empty: "noProposed" | "noConfirmed" | "noRejected" }[] = [
  { status: "proposed", title: "proposedTitle", empty: "noProposed" },
  { status: "confirmed", title: "confirmedTitle", empty: "noConfirmed" },
  { status: "rejected", title: "rejectedTitle", empty: "noRejected" },
];

const BADGE: Record<AliasStatus, "warning" | "success" | "outline"> = { proposed: "warning", confirmed: "success", rejected: "outline" };

export function EntityAliases({
  slug,
  entityName,
  aliases,
  canWrite,
}: {
  slug: string;
  entityName: string;
  aliases: Record<AliasStatus, EntityAliasDTO[]>;
  canWrite: boolean;
}) {
  const t = useTranslations("entities");
  const format = useFormatter();
  const reasonText = useAliasReasonText();
  return (
    <div className="grid gap-5">
      {SECTIONS.map(({ status, title, empty }) => {
        const list = aliases[status];
        if (status === "rejected" && list.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`aliases-${status}`} className="grid gap-2">
            <h3 id={`aliases-${status}`} className="flex items-center gap-2 text-sm font-semibold">
              {t(title)}
              <Badge variant={BADGE[status]}>{list.length}</Badge>
            </h3>
            {list.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t(empty)}</p>
            ) : (
              <ul className="grid gap-2" data-testid={`aliases-${status}`}>
                {list.map((a) => {
                  const date = a.decidedAt ?? a.createdAt;
                  const when = format.dateTime(new Date(date), { dateStyle: "medium" });
                  return (
                    <li key={a.id} className="flex flex-wrap items-start justify-between gap-2 rounded-md border px-3 py-2">
                      <div className="grid min-w-0 gap-0.5">
                        <span className={status === "rejected" ? "font-medium text-muted-foreground line-through decoration-1" : "font-medium"}>{a.alias}</span>
                        <span className="text-xs text-muted-foreground">
                          {reasonText(a.reason)}
                          {a.language && ` · ${t("aliasLanguage", { language: a.language })}`}
                        </span>
                        {status !== "proposed" && (
                          <span className="text-xs text-muted-foreground">
                            {a.decidedAt ? t("decidedBy", { name: a.decidedBy?.name ?? t("formerMember"), date: when }) : t("decidedAuto", { date: when })}
                          </span>
                        )}
                      </div>
                      {canWrite && (
                        <AliasDecisionButtons
                          slug={slug}
                          aliasId={a.id}
                          alias={a.alias}
                          entityName={entityName}
                          labels={status === "proposed" ? "queue" : "entity"}
                          show={status === "proposed" ? ["confirm", "reject"] : status === "confirmed" ? ["reject"] : ["confirm"]}
                        />
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
