"use client";
// The entities list's filter bar: the name or spelling, and the type.
import { useTranslations } from "next-intl";

import { FilterBar } from "@/components/registry/filter-bar";
import type { EntityType } from "@/lib/entities/types";

import { useEntityTypeOptions } from "./entity-badges";

export type EntitiesFilterValues = {
  q?: string;
  type?: EntityType;
};

export function EntitiesFilters({ basePath, values }: { basePath: string; values: EntitiesFilterValues }) {
  const t = useTranslations("entities");
  const types = useEntityTypeOptions();
  return (
    <FilterBar
      namespace="entities"
      basePath={basePath}
      values={values}
      fields={[{ name: "type", label: t("typeFilter"), allLabel: t("allTypes"), options: types, width: "md:w-48" }]}
    />
  );
}
