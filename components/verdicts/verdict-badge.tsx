// A verdict as a small label: its colour with a text colour computed from it (black or white,
// whichever reads better — at least 4.5:1 for any colour), so it stays readable in both themes
// whatever colour an admin picks. `variant="dot"` is the quieter form for dense lists: a swatch
// and the name in the normal text colour. No hooks beyond useTranslations, so server components
// can render it too.
import { Archive } from "lucide-react";
import { useTranslations } from "next-intl";
import type * as React from "react";

import type { VerdictDTO } from "@/lib/claims/types";
import { readableTextColor } from "@/lib/verdicts/color";
import { cn } from "@/lib/utils";

type BadgeVerdict = Pick<VerdictDTO, "name" | "color"> & Partial<Pick<VerdictDTO, "id" | "description" | "retired">>;

export interface VerdictBadgeProps extends Omit<React.ComponentProps<"span">, "children"> {
  verdict: BadgeVerdict;
  variant?: "solid" | "dot";
  size?: "sm" | "default";
  /** Mark a retired verdict (an icon and "retired" for screen readers). Default true. */
  showRetired?: boolean;
}

export function VerdictSwatch({ color, className }: { color: string; className?: string }) {
  return (
    <span
      aria-hidden
      data-slot="verdict-swatch"
      className={cn("inline-block size-2.5 shrink-0 rounded-full ring-1 ring-black/15 dark:ring-white/25", className)}
      style={{ backgroundColor: color }}
    />
  );
}

export function VerdictBadge({ verdict, variant = "solid", size = "default", showRetired = true, className, title, ...props }: VerdictBadgeProps) {
  const t = useTranslations("verdicts.badge");
  const retired = showRetired && verdict.retired === true;
  const retiredMark = retired && (
    <>
      <Archive aria-hidden className="size-3 shrink-0 opacity-80" />
      <span className="sr-only">{` (${t("retired")})`}</span>
    </>
  );
  const tooltip = title ?? ([verdict.description, retired ? t("retiredHint") : null].filter(Boolean).join(" — ") || undefined);

  if (variant === "dot") {
    return (
      <span
        data-slot="verdict-badge"
        data-verdict-id={verdict.id}
        title={tooltip}
        className={cn("inline-flex max-w-full min-w-0 items-center gap-1.5 font-medium", size === "sm" ? "text-xs" : "text-sm", className)}
        {...props}
      >
        <VerdictSwatch color={verdict.color} />
        <span className="truncate">{verdict.name}</span>
        {retiredMark}
      </span>
    );
  }
  return (
    <span
      data-slot="verdict-badge"
      data-verdict-id={verdict.id}
      title={tooltip}
      className={cn(
        "inline-flex max-w-full min-w-0 shrink-0 items-center gap-1 rounded-md font-medium whitespace-nowrap",
        size === "sm" ? "px-1.5 py-px text-xs leading-4" : "px-2 py-0.5 text-xs leading-5",
        className,
      )}
      style={{ backgroundColor: verdict.color, color: readableTextColor(verdict.color) }}
      {...props}
    >
      <span className="truncate">{verdict.name}</span>
      {retiredMark}
    </span>
  );
}
