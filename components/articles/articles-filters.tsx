"use client";
// The articles list's filter bar: the title search, the language and the outlet. The sort order
// and page size are kept when a filter changes.
import { useTranslations } from "next-intl";

import { FilterBar } from "@/components/registry/filter-bar";

export type ArticlesFilterValues = {
  q?: string;
  language?: string;
  outlet?: string;
};

export function ArticlesFilters({
  basePath,
  values,
  keep,
  languages,
  outlets,
}: {
  basePath: string;
  values: ArticlesFilterValues;
  /** Other parameters to carry over (sort, dir, pageSize). */
  keep: Record<string, string>;
  languages: { value: string; label: string }[];
  outlets: string[];
}) {
  const t = useTranslations("articles");
  return (
    <FilterBar
      namespace="articles"
      basePath={basePath}
      values={values}
      keep={keep}
      fields={[
        { name: "language", label: t("languageFilter"), allLabel: t("allLanguages"), options: languages, width: "md:w-44" },
        { name: "outlet", label: t("outletFilter"), allLabel: t("allOutlets"), options: outlets.map((o) => ({ value: o, label: o })), width: "md:w-56" },
      ]}
    />
  );
}
