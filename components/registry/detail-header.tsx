// The top of a registry record's page (an entity, a source): the way back to the list, the name as
// the page's heading with its description and actions, and what `children` adds under them
// (usually a MetaList). Server components.
import { ArrowLeftIcon } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type * as React from "react";

import { PageHeader } from "@/components/ui/page-header";

import type { RegistryNamespace } from "./registry-list";

export function RegistryDetailHeader({
  namespace,
  listHref,
  title,
  description,
  actions,
  children,
}: {
  /** Holds `backToList`. */
  namespace: RegistryNamespace;
  listHref: string;
  title: string;
  description: string | null;
  actions: React.ReactNode;
  children: React.ReactNode;
}) {
  const t = useTranslations(namespace);
  return (
    <div className="grid gap-3">
      <Link href={listHref} className="inline-flex w-fit items-center gap-1.5 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeftIcon className="size-4" aria-hidden />
        {t("backToList")}
      </Link>
      <PageHeader title={title} description={description} className="pb-0" actions={actions}>
        {children}
      </PageHeader>
    </div>
  );
}

/** A record's facts as label/value pairs in a row; empty values are left out. */
export function MetaList({ items, children }: { items: { label: string; value: React.ReactNode }[]; children?: React.ReactNode }) {
  return (
    <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-sm">
      {items
        .filter((m) => m.value !== null && m.value !== undefined && m.value !== "")
        .map((m) => (
          <div key={m.label} className="grid gap-0.5">
            <dt className="text-xs text-muted-foreground">{m.label}</dt>
            <dd className="font-medium">{m.value}</dd>
          </div>
        ))}
      {children}
    </dl>
  );
}
