"use client";
// The articles list's filter bar. Filters live in the URL (the server page reads them), so this
// only rewrites the query string: the title search on submit, the selects as soon as they change.
// Any change goes back to page 1; the sort order is kept.
import { Loader2Icon, SearchIcon, XIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

const ALL = "__all";

export interface ArticlesFilterValues {
  q?: string;
  language?: string;
  outlet?: string;
}

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
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [q, setQ] = useState(values.q ?? "");
  const active = Boolean(values.q || values.language || values.outlet);

  function apply(patch: ArticlesFilterValues) {
    const next = { ...values, ...patch };
    const params = new URLSearchParams(keep);
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
        <Label htmlFor="articles-q">{t("searchLabel")}</Label>
        <div className="relative">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
          <Input
            id="articles-q"
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
        <div className="grid gap-1.5 md:w-44">
          <Label htmlFor="articles-language">{t("languageFilter")}</Label>
          <Select value={values.language ?? ALL} onValueChange={(v) => apply({ language: v === ALL ? undefined : v })}>
            <SelectTrigger id="articles-language" className="w-full">
              {/* Explicit text: Radix only fills SelectValue once the options mount, which left the
                  server-rendered trigger blank until hydration. */}
              <SelectValue>{languages.find((l) => l.value === values.language)?.label ?? t("allLanguages")}</SelectValue>
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ALL}>{t("allLanguages")}</SelectItem>
              {languages.map((l) => (
                <SelectItem key={l.value} value={l.value}>
                  {l.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <div className="grid gap-1.5 md:w-56">
          <Label htmlFor="articles-outlet">{t("outletFilter")}</Label>
          <Select value={values.outlet ?? ALL} onValueChange={(v) => apply({ outlet: v === ALL ? undefined : v })}>
            <SelectTrigger id="articles-outlet" className="w-full">
              <SelectValue>{values.outlet ?? t("allOutlets")}</SelectValue>
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ALL}>{t("allOutlets")}</SelectItem>
              {outlets.map((o) => (
                <SelectItem key={o} value={o}>
                  {o}
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
            <Link href={Object.keys(keep).length ? `${basePath}?${new URLSearchParams(keep).toString()}` : basePath} onClick={() => setQ("")}>
              <XIcon aria-hidden />
              {t("clearFilters")}
            </Link>
          </Button>
        )}
      </div>
    </form>
  );
}
