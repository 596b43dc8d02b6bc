// An entity's type as a small label with its icon, and an alias's reason in words. No hooks beyond
// useTranslations, so server components can render them too.
import { Building2Icon, type LucideIcon, MapPinIcon, UserIcon } from "lucide-react";
import { useTranslations } from "next-intl";

import type { SelectOption } from "@/components/registry/option-select";
import { decodeReason } from "@/lib/entities/reason";
import { ENTITY_TYPES, type EntityType } from "@/lib/entities/types";
import { cn } from "@/lib/utils";

export const TYPE_ICONS: Record<EntityType, LucideIcon> = {
  person: UserIcon,
  place: MapPinIcon,
  organisation: Building2Icon,
};

export function EntityTypeLabel({ type, className }: { type: EntityType; className?: string }) {
  const t = useTranslations("entities.types");
  const Icon = TYPE_ICONS[type];
  return (
    <span className={cn("inline-flex items-center gap-1.5", className)}>
      <Icon className="size-3.5 shrink-0 text-muted-foreground" aria-hidden />
      {t(type)}
    </span>
  );
}

/** The types as select options, with their icons (the entity form, the list's filter). */
export function useEntityTypeOptions(): SelectOption[] {
  const t = useTranslations("entities.types");
  return ENTITY_TYPES.map((type) => {
    const Icon = TYPE_ICONS[type];
    return { value: type, label: t(type), icon: <Icon aria-hidden className="text-muted-foreground" /> };
  });
}

/**
 * Why a spelling was proposed, translated from its stored line ("folded: accents, ou" → "same
 * after unaccenting, ou→u"); a line this version cannot read is shown as written, and an alias
 * without a reason was added by hand.
 */
export function useAliasReasonText(): (reason: string | null) => string {
  const t = useTranslations("entities.reasons");
  return (reason) => {
    const decoded = decodeReason(reason);
    if (!decoded) return reason ?? t("manual");
    switch (decoded.kind) {
      case "folded":
        return t("folded", { rules: decoded.rules.map((r) => t(`rules.${r}`)).join(", ") });
      case "similar":
        return t("similar", { percent: decoded.percent });
      case "partial":
        return t("partial", { short: decoded.short, long: decoded.long });
      case "gazetteer":
        return t("gazetteer", { place: decoded.place });
      default:
        return t(decoded.kind);
    }
  };
}

export function AliasReason({ reason, className }: { reason: string | null; className?: string }) {
  const text = useAliasReasonText()(reason);
  return <span className={className}>{text}</span>;
}
