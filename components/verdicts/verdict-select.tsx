"use client";
// Pick a verdict: the workspace's non-retired verdicts, each with its swatch. A claim whose current
// verdict has been retired keeps showing it (greyed, not selectable again). `unavailable` lets the
// caller grey out verdicts the rules refuse right now (lib/claims/rules.ts verdictProblem) and say
// why, so the editor learns it before trying.
import { useTranslations } from "next-intl";
import type * as React from "react";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { VerdictDTO } from "@/lib/claims/types";
import { cn } from "@/lib/utils";

import { VerdictSwatch } from "./verdict-badge";

export interface VerdictSelectProps {
  verdicts: readonly VerdictDTO[];
  value: string | undefined;
  onValueChange?: (verdictId: string) => void;
  /** Posts the chosen id with a form under this name. */
  name?: string;
  id?: string;
  disabled?: boolean;
  /** A short reason (already translated) when `verdict` cannot be given now, else null. */
  unavailable?: (verdict: VerdictDTO) => string | null;
  size?: "sm" | "default";
  className?: string;
  "aria-label"?: string;
  "aria-labelledby"?: string;
  "aria-invalid"?: React.AriaAttributes["aria-invalid"];
  "aria-describedby"?: string;
}

export function VerdictSelect({
  verdicts,
  value,
  onValueChange,
  name,
  id,
  disabled,
  unavailable,
  size = "default",
  className,
  "aria-label": ariaLabel,
  "aria-labelledby": ariaLabelledBy,
  ...aria
}: VerdictSelectProps) {
  const t = useTranslations("verdicts.select");
  const options = verdicts.filter((v) => !v.retired || v.id === value).sort((a, b) => a.position - b.position);
  return (
    <Select value={value} onValueChange={onValueChange} name={name} disabled={disabled}>
      <SelectTrigger id={id} size={size} className={cn("w-full min-w-44", className)} aria-label={ariaLabel ?? (ariaLabelledBy ? undefined : t("label"))}
        aria-labelledby={ariaLabelledBy}
        {...aria}
      >
        <SelectValue placeholder={t("placeholder")} />
      </SelectTrigger>
      <SelectContent>
        {options.map((v) => {
          // The current verdict stays selectable-looking even if the rules would refuse it now.
          const reason = v.retired ? t("retired") : v.id === value ? null : (unavailable?.(v) ?? null);
          return (
            <SelectItem key={v.id} value={v.id} disabled={reason !== null} data-verdict-id={v.id}>
              {/* One flex box of its own: the closed select shows this content under line-clamp-1,
                  which drops the trigger's gap between the swatch and the name. */}
              <span className="flex min-w-0 items-center gap-2">
                <VerdictSwatch color={v.color} />
                <span className="truncate">{v.name}</span>
                {reason !== null && <span className="text-xs text-muted-foreground">{reason}</span>}
              </span>
            </SelectItem>
          );
        })}
      </SelectContent>
    </Select>
  );
}
