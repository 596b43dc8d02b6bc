"use client";
// A claim field's value as text for people: the read-only view and both sides of the conflict
// dialog use it, so a viewer and an editor comparing versions read the same thing.
import { useFormatter, useLocale, useTranslations } from "next-intl";

import { VerdictBadge } from "@/components/verdicts/verdict-badge";
import type { VerdictDTO } from "@/lib/claims/types";

import { parseQuantities, formatQuantity, type ClaimDraft, type ClaimField } from "./claim-draft";

/** A YYYY-MM-DD day in the UI language ("12 March 2025" / "12 mars 2025"). */
export function useFormatDay() {
  const format = useFormatter();
  return (day: string) => format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
}

export function FieldValue({ field, draft, verdicts }: { field: ClaimField; draft: ClaimDraft; verdicts: readonly VerdictDTO[] }) {
  const t = useTranslations("claimPanel");
  const locale = useLocale();
  const formatDay = useFormatDay();
  const none = <span className="text-muted-foreground italic">{t("none")}</span>;

  switch (field) {
    case "statement":
      return draft.statement.trim() ? <span className="break-words whitespace-pre-line">{draft.statement}</span> : none;
    case "speakers":
      return draft.speakers.length ? <span>{draft.speakers.map((s) => s.name).join(", ")}</span> : none;
    case "claimDate":
    case "firstSeenAt": {
      const d = draft[field];
      return d ? <span>{formatDay(d)}</span> : none;
    }
    case "firstSeenUrl":
      return draft.firstSeenUrl ? <span className="break-all">{draft.firstSeenUrl}</span> : none;
    case "tags":
      return draft.tags.length ? <span>{draft.tags.join(", ")}</span> : none;
    case "priority":
      return <span>{t(`priority.${draft.priority}`)}</span>;
    case "assignee":
      return draft.assignee ? <span>{draft.assignee.name}</span> : <span className="text-muted-foreground italic">{t("assignee.nobody")}</span>;
    case "quantities": {
      const { quantities } = parseQuantities(draft.quantities);
      return quantities.length ? <span>{quantities.map((q) => formatQuantity(q, locale)).join(" · ")}</span> : none;
    }
    case "verdict": {
      const v = verdicts.find((x) => x.id === draft.verdictId);
      return v ? <VerdictBadge verdict={v} size="sm" /> : <span>{t("verdict.unknown")}</span>;
    }
    case "rationale":
      return draft.rationaleText.trim() ? <span className="line-clamp-4 break-words whitespace-pre-line">{draft.rationaleText}</span> : none;
  }
}
