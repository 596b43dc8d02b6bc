"use client";
// The entities list's filter bar. Filters live in the URL (the server page reads them), so this
// only rewrites the query string: the search on submit, the type as soon as it changes. Any
// change starts again from the first page.
import { Loader2Icon, SearchIcon, XIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ENTITY_TYPES, type EntityType } from "@/lib/entities/types";

import { TYPE_ICONS } from "./entity-badges";

const ALL = "__all";

export interface EntitiesFilterValues {
  q?: string;
  type?: EntityType;
}

export function EntitiesFilters({ basePath, values }: { basePath: string; values: EntitiesFilterValues }) {
  const t = useTranslations("entities");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [q, setQ] = useState(values.q ?? "");
  const active = Boolean(values.q || values.type);

  function apply(patch: EntitiesFilterValues) {
    const next = { ...values, ...patch };
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v) params.set(k, v);
    const qs = params.toString();
    startTransition(() => router.push(qs ? `${basePath}?${qs}` : basePath, { scroll: false }));
  }

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
        <Label htmlFor="entities-q">{t("searchLabel")}</Label>
        <div className="relative">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
          <Input
            id="entities-q"
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
      <div className="grid gap-1.5 md:w-48">
        <Label htmlFor="entities-type">{t("typeFilter")}</Label>
        <Select value={values.type ?? ALL} onValueChange={(v) => apply({ type: v === ALL ? undefined : (v as EntityType) })}>
          <SelectTrigger id="entities-type" className="w-full">
            {/* Explicit text: Radix only fills SelectValue once the options mount. */}
            <SelectValue>{values.type ? t(`types.${values.type}`) : t("allTypes")}</SelectValue>
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>{t("allTypes")}</SelectItem>
            {ENTITY_TYPES.map((k) => {
              const Icon = TYPE_ICONS[k];
              return (
                <SelectItem key={k} value={k}>
                  <Icon aria-hidden className="text-muted-foreground" />
                  {t(`types.${k}`)}
                </SelectItem>
              );
            })}
          </SelectContent>
        </Select>
      </div>
      <div className="flex items-center gap-2">
        <Button type="submit" variant="secondary">
          {pending ? <Loader2Icon className="animate-spin" aria-hidden /> : <SearchIcon aria-hidden />}
          {t("searchButton")}
        </Button>
        {active && (
          <Button asChild variant="ghost">
            <Link href={basePath} onClick={() => setQ("")}>
              <XIcon aria-hidden />
              {t("clearFilters")}
            </Link>
          </Button>
        )}
      </div>
    </form>
  );
}
