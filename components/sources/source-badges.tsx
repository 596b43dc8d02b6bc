// A source's kind and reliability as small labels. Reliability never relies on colour alone: each
// rating has its own icon and its name is always written. No hooks beyond useTranslations, so
// server components can render them too.
import {
  Building2Icon,
  FileTextIcon,
  LandmarkIcon,
  type LucideIcon,
  NewspaperIcon,
  RadioTowerIcon,
  ShieldAlertIcon,
  ShieldCheckIcon,
  ShieldQuestionMarkIcon,
  ShieldXIcon,
  UserIcon,
} from "lucide-react";
import { useTranslations } from "next-intl";

import type { SelectOption } from "@/components/registry/option-select";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { RELIABILITIES, type Reliability, SOURCE_KINDS, type SourceKind } from "@/lib/claims/types";
import { cn } from "@/lib/utils";

export const KIND_ICONS: Record<SourceKind, LucideIcon> = {
  outlet: NewspaperIcon,
  person: UserIcon,
  organisation: Building2Icon,
  government: LandmarkIcon,
  agency: RadioTowerIcon,
  document: FileTextIcon,
};

const RELIABILITY_LOOK: Record<Reliability, { icon: LucideIcon; variant: BadgeProps["variant"] }> = {
  reliable: { icon: ShieldCheckIcon, variant: "success" },
  mixed: { icon: ShieldAlertIcon, variant: "warning" },
  unreliable: { icon: ShieldXIcon, variant: "destructive" },
  unknown: { icon: ShieldQuestionMarkIcon, variant: "outline" },
};

export function ReliabilityIcon({ reliability, className }: { reliability: Reliability; className?: string }) {
  const Icon = RELIABILITY_LOOK[reliability].icon;
  return <Icon aria-hidden className={className} />;
}

export function ReliabilityBadge({ reliability, className }: { reliability: Reliability; className?: string }) {
  const t = useTranslations("sources.reliability");
  const look = RELIABILITY_LOOK[reliability];
  return (
    <Badge variant={look.variant} className={className} data-reliability={reliability}>
      <look.icon aria-hidden />
      {t(reliability)}
    </Badge>
  );
}

export function KindLabel({ kind, className }: { kind: SourceKind; className?: string }) {
  const t = useTranslations("sources.kinds");
  const Icon = KIND_ICONS[kind];
  return (
    <span className={cn("inline-flex items-center gap-1.5", className)}>
      <Icon aria-hidden className="size-3.5 shrink-0 text-muted-foreground" />
      {t(kind)}
    </span>
  );
}

/** The kinds as select options, with their icons (the source form, the list's filter). */
export function useSourceKindOptions(): SelectOption[] {
  const t = useTranslations("sources.kinds");
  return SOURCE_KINDS.map((kind) => {
    const Icon = KIND_ICONS[kind];
    return { value: kind, label: t(kind), icon: <Icon aria-hidden className="text-muted-foreground" /> };
  });
}

/** The ratings as select options, each with its icon. */
export function useReliabilityOptions(): SelectOption[] {
  const t = useTranslations("sources.reliability");
  return RELIABILITIES.map((r) => ({ value: r, label: t(r), icon: <ReliabilityIcon reliability={r} className="text-muted-foreground" /> }));
}
