"use client";
// The filter bar of a list page (articles, entities, sources). Filters live in the URL (the server
// page reads them), so this only rewrites the query string: the text search on submit, the selects
// as soon as they change. Any change goes back to the first page; the parameters in `keep` (sort
// order, page size) are carried over.
import { Loader2Icon, SearchIcon, XIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

import { OptionSelect, type SelectOption } from "./option-select";

const ALL = "__all";

/** One select of the bar: the URL parameter it sets, and its choices besides "all". */
export interface FilterField {
  name: string;
  label: string;
  /** The choice that clears this filter ("All types"). */
  allLabel: string;
  options: readonly SelectOption[];
  /** Its width from the md breakpoint, e.g. "md:w-48". */
  width: string;
}

export function FilterBar({
  namespace,
  basePath,
  values,
  fields,
  keep = {},
}: {
  /**
   * The list's message namespace, which holds filtersLabel, searchLabel, searchPlaceholder,
   * searchButton and clearFilters; it also prefixes the controls' ids (`sources-q`, `sources-kind`).
   */
  namespace: "articles" | "entities" | "sources";
  basePath: string;
  /** The filters in force: `q` and one value per field. */
  values: Record<string, string | undefined>;
  fields: readonly FilterField[];
  /** Other parameters to carry over (sort, dir, pageSize). */
  keep?: Record<string, string>;
}) {
  const t = useTranslations(namespace);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [q, setQ] = useState(values.q ?? "");
  const active = Object.values(values).some(Boolean);

  function apply(patch: Record<string, string | undefined>) {
    const next = { ...values, ...patch };
    const params = new URLSearchParams(keep);
    for (const [k, v] of Object.entries(next)) if (v) params.set(k, v);
    const qs = params.toString();
    startTransition(() => router.push(qs ? `${basePath}?${qs}` : basePath, { scroll: false }));
  }

  const selects = fields.map((f) => (
    <div key={f.name} className={cn("grid gap-1.5", f.width)}>
      <Label htmlFor={`${namespace}-${f.name}`}>{f.label}</Label>
      <OptionSelect
        options={[{ value: ALL, label: f.allLabel }, ...f.options]}
        value={values[f.name] ?? ALL}
        onValueChange={(v) => apply({ [f.name]: v === ALL ? undefined : v })}
        trigger={{ id: `${namespace}-${f.name}` }}
      />
    </div>
  ));
  const kept = new URLSearchParams(keep).toString();

  return (
    <form
      role="search"
      aria-label={t("filtersLabel")}
      className="flex flex-col gap-3 md:flex-row md:flex-wrap md:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        apply({ q: q.trim() || undefined });
      }}
    >
      <div className="grid gap-1.5 md:w-72">
        <Label htmlFor={`${namespace}-q`}>{t("searchLabel")}</Label>
        <div className="relative">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
          <Input
            id={`${namespace}-q`}
            type="search"
            name="q"
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            placeholder={t("searchPlaceholder")}
            className="pr-3 pl-8"
            maxLength={200}
            enterKeyHint="search"
          />
        </div>
      </div>
      {/* On narrow screens two selects share a row. */}
      {selects.length > 1 ? <div className="grid grid-cols-2 gap-3 md:contents [&>*]:min-w-0">{selects}</div> : selects}
      <div className="flex items-center gap-2">
        <Button type="submit" variant="secondary">
          {pending ? <Loader2Icon className="animate-spin" aria-hidden /> : <SearchIcon aria-hidden />}
          {t("searchButton")}
        </Button>
        {active && (
          <Button asChild variant="ghost">
            <Link href={kept ? `${basePath}?${kept}` : basePath} onClick={() => setQ("")}>
              <XIcon aria-hidden />
              {t("clearFilters")}
            </Link>
          </Button>
        )}
      </div>
    </form>
  );
}
