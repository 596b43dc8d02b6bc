"use client";
// The sources list's filter bar. Filters live in the URL (the server page reads them), so this
// only rewrites the query string: the name search on submit, the selects as soon as they change.
// Any change starts again from the first page.
import { Loader2Icon, SearchIcon, XIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { RELIABILITIES, SOURCE_KINDS, type Reliability, type SourceKind } from "@/lib/claims/types";

import { KIND_ICONS, ReliabilityIcon } from "./source-badges";

const ALL = "__all";

export interface SourcesFilterValues {
  q?: string;
  kind?: SourceKind;
  reliability?: Reliability;
}

export function SourcesFilters({ basePath, values }: { basePath: string; values: SourcesFilterValues }) {
  const t = useTranslations("sources");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [q, setQ] = useState(values.q ?? "");
  const active = Boolean(values.q || values.kind || values.reliability);

  function apply(patch: SourcesFilterValues) {
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
        <Label htmlFor="sources-q">{t("searchLabel")}</Label>
        <div className="relative">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
          <Input
            id="sources-q"
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
      <div className="grid grid-cols-2 gap-3 md:contents [&>*]:min-w-0">
        <div className="grid gap-1.5 md:w-48">
          <Label htmlFor="sources-kind">{t("kindFilter")}</Label>
          <Select value={values.kind ?? ALL} onValueChange={(v) => apply({ kind: v === ALL ? undefined : (v as SourceKind) })}>
            <SelectTrigger id="sources-kind" className="w-full">
              {/* Explicit text: Radix only fills SelectValue once the options mount. */}
              <SelectValue>{values.kind ? t(`kinds.${values.kind}`) : t("allKinds")}</SelectValue>
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ALL}>{t("allKinds")}</SelectItem>
              {SOURCE_KINDS.map((k) => {
                const Icon = KIND_ICONS[k];
                return (
                  <SelectItem key={k} value={k}>
                    <Icon aria-hidden className="text-muted-foreground" />
                    {t(`kinds.${k}`)}
                  </SelectItem>
                );
              })}
            </SelectContent>
          </Select>
        </div>
        <div className="grid gap-1.5 md:w-48">
          <Label htmlFor="sources-reliability">{t("reliabilityFilter")}</Label>
          <Select value={values.reliability ?? ALL} onValueChange={(v) => apply({ reliability: v === ALL ? undefined : (v as Reliability) })}>
            <SelectTrigger id="sources-reliability" className="w-full">
              <SelectValue>{values.reliability ? t(`reliability.${values.reliability}`) : t("allReliabilities")}</SelectValue>
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ALL}>{t("allReliabilities")}</SelectItem>
              {RELIABILITIES.map((r) => (
                <SelectItem key={r} value={r}>
                  <ReliabilityIcon reliability={r} className="text-muted-foreground" />
                  {t(`reliability.${r}`)}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
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
