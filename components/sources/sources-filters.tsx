"use client";
// The sources list's filter bar: the name or alias, the kind and the reliability rating.
import { useTranslations } from "next-intl";

import { FilterBar } from "@/components/registry/filter-bar";
import type { Reliability, SourceKind } from "@/lib/claims/types";

import { useReliabilityOptions, useSourceKindOptions } from "./source-badges";

export type SourcesFilterValues = {
  q?: string;
  kind?: SourceKind;
  reliability?: Reliability;
};

export function SourcesFilters({ basePath, values }: { basePath: string; values: SourcesFilterValues }) {
  const t = useTranslations("sources");
  const kinds = useSourceKindOptions();
  const ratings = useReliabilityOptions();
  return (
    <FilterBar
      namespace="sources"
      basePath={basePath}
      values={values}
      fields={[
        { name: "kind", label: t("kindFilter"), allLabel: t("allKinds"), options: kinds, width: "md:w-48" },
        { name: "reliability", label: t("reliabilityFilter"), allLabel: t("allReliabilities"), options: ratings, width: "md:w-48" },
      ]}
    />
  );
}
