"use client";
// The claims table's filter bar. Like the articles filters, filters live in the URL (the server
// page reads them) and this only rewrites the query string: text and date fields on submit, menus
// as soon as they change. Any change starts again from the first page (cursors belong to
// one filter set); the sort order and page size are kept. The less used filters (speaker, source,
// tag, article, dates) sit behind "More filters", open whenever one of them is set.
import { ArrowDownIcon, ArrowUpIcon, ChevronDownIcon, FilterIcon, Loader2Icon, SearchIcon, XIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { VerdictSwatch } from "@/components/verdicts/verdict-badge";
import type { VerdictDTO } from "@/lib/claims/types";
import { CLAIM_SORTS, claimsQuery, type ClaimSort, type ListClaimsParams } from "@/lib/claims/table-schemas";
import { cn } from "@/lib/utils";

const ANY = "__any";

export interface ClaimsFilterOptions {
  members: { id: string; name: string }[];
  sources: { id: string; name: string; kind: string }[];
  articles: { id: string; title: string }[];
}

export function ClaimsFilters({
  basePath,
  params,
  verdicts,
  options,
}: {
  basePath: string;
  params: ListClaimsParams;
  verdicts: VerdictDTO[];
  options: ClaimsFilterOptions;
}) {
  const t = useTranslations("claimsTable.filters");
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [q, setQ] = useState(params.q ?? "");
  const [tag, setTag] = useState(params.tag ?? "");
  const [from, setFrom] = useState(params.from ?? "");
  const [to, setTo] = useState(params.to ?? "");
  const moreCount = [params.speaker, params.source, params.tag, params.article, params.from || params.to].filter(Boolean).length;
  const [more, setMore] = useState(moreCount > 0);
  const active = Boolean(params.q || params.verdict.length || params.assignee || moreCount);

  /** Navigates to the list with `patch` applied, from its first page. */
  function apply(patch: Partial<ListClaimsParams>) {
    const next = { ...params, ...patch, after: undefined, before: undefined };
    startTransition(() => router.push(`${basePath}${claimsQuery(next)}`, { scroll: false }));
  }

  const verdictLabel =
    params.verdict.length === 0
      ? t("allVerdicts")
      : params.verdict.length === 1
        ? (verdicts.find((v) => v.id === params.verdict[0])?.name ?? t("verdictsCount", { count: 1 }))
        : t("verdictsCount", { count: params.verdict.length });
  const memberName = (userId: string) => options.members.find((m) => m.id === userId)?.name;
  const assigneeLabel =
    params.assignee === "me" ? t("assigneeMe") : params.assignee === "unassigned" ? t("assigneeNone") : params.assignee ? (memberName(params.assignee) ?? t("assigneeUnknown")) : t("assigneeAny");
  const sourceName = (sourceId: string | undefined) => (sourceId ? (options.sources.find((s) => s.id === sourceId)?.name ?? t("sourceUnknown")) : t("anySource"));
  const articleTitle = params.article ? (options.articles.find((a) => a.id === params.article)?.title ?? t("articleUnknown")) : t("anyArticle");
  const sortLabel = (s: ClaimSort) => t(`sort.${s}`);

  const field = (name: string) => `${id}-${name}`;

  return (
    <form
      role="search"
      aria-label={t("label")}
      className="grid gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        apply({
          q: q.trim() || undefined,
          tag: tag.trim() ? tag.trim().normalize("NFC").toLocaleLowerCase("fr") : undefined,
          from: from || undefined,
          to: to || undefined,
        });
      }}
    >
      <div className="flex flex-col gap-3 md:flex-row md:flex-wrap md:items-end">
        <div className="grid gap-1.5 md:w-64">
          <Label htmlFor={field("q")}>{t("searchLabel")}</Label>
          <div className="relative">
            <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
            <Input
              id={field("q")}
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
            <Label id={field("verdict-label")}>{t("verdictLabel")}</Label>
            <DropdownMenu>
              <DropdownMenuTrigger asChild>
                <Button variant="outline" className="w-full justify-between px-3 font-normal" aria-labelledby={`${field("verdict-label")} ${field("verdict-value")}`}>
                  <span id={field("verdict-value")} className="flex min-w-0 items-center gap-2 truncate">
                    {params.verdict.length === 1 && verdicts.find((v) => v.id === params.verdict[0]) ? (
                      <VerdictSwatch color={verdicts.find((v) => v.id === params.verdict[0])!.color} />
                    ) : null}
                    <span className="truncate">{verdictLabel}</span>
                  </span>
                  <ChevronDownIcon className="text-muted-foreground" aria-hidden />
                </Button>
              </DropdownMenuTrigger>
              <DropdownMenuContent align="start" className="w-60">
                {verdicts.map((v) => {
                  const checked = params.verdict.includes(v.id);
                  return (
                    <DropdownMenuCheckboxItem
                      key={v.id}
                      checked={checked}
                      // Stay open: several verdicts are usually picked in a row.
                      onSelect={(e) => e.preventDefault()}
                      onCheckedChange={(on) => apply({ verdict: on ? [...params.verdict, v.id] : params.verdict.filter((x) => x !== v.id) })}
                    >
                      <VerdictSwatch color={v.color} />
                      <span className={cn("truncate", v.retired && "text-muted-foreground")}>{v.retired ? t("retiredVerdict", { name: v.name }) : v.name}</span>
                    </DropdownMenuCheckboxItem>
                  );
                })}
                {params.verdict.length > 0 && (
                  <>
                    <DropdownMenuSeparator />
                    <DropdownMenuItem onSelect={() => apply({ verdict: [] })}>
                      <XIcon aria-hidden />
                      {t("allVerdicts")}
                    </DropdownMenuItem>
                  </>
                )}
              </DropdownMenuContent>
            </DropdownMenu>
          </div>
          <div className="grid gap-1.5 md:w-48">
            <Label htmlFor={field("assignee")}>{t("assigneeLabel")}</Label>
            <Select value={params.assignee ?? ANY} onValueChange={(v) => apply({ assignee: v === ANY ? undefined : v })}>
              <SelectTrigger id={field("assignee")} className="w-full">
                <SelectValue>{assigneeLabel}</SelectValue>
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={ANY}>{t("assigneeAny")}</SelectItem>
                <SelectItem value="me">{t("assigneeMe")}</SelectItem>
                <SelectItem value="unassigned">{t("assigneeNone")}</SelectItem>
                {options.members.map((m) => (
                  <SelectItem key={m.id} value={m.id}>
                    {m.name}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <div className="grid gap-1.5 md:w-44">
            <Label htmlFor={field("sort")}>{t("sortLabel")}</Label>
            <div className="flex gap-1">
              <Select value={params.sort} onValueChange={(v) => apply({ sort: v as ClaimSort, dir: v === "verdict" ? "asc" : "desc" })}>
                <SelectTrigger id={field("sort")} className="w-full">
                  <SelectValue>{sortLabel(params.sort)}</SelectValue>
                </SelectTrigger>
                <SelectContent>
                  {CLAIM_SORTS.map((s) => (
                    <SelectItem key={s} value={s}>
                      {sortLabel(s)}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
              <Button
                variant="outline"
                size="icon"
                className="shrink-0"
                onClick={() => apply({ dir: params.dir === "asc" ? "desc" : "asc" })}
                aria-label={params.dir === "asc" ? t(`dirAsc.${params.sort}`) : t(`dirDesc.${params.sort}`)}
                title={params.dir === "asc" ? t(`dirAsc.${params.sort}`) : t(`dirDesc.${params.sort}`)}
              >
                {params.dir === "asc" ? <ArrowUpIcon aria-hidden /> : <ArrowDownIcon aria-hidden />}
              </Button>
            </div>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button variant="ghost" onClick={() => setMore((m) => !m)} aria-expanded={more} aria-controls={field("more")}>
            <FilterIcon aria-hidden />
            {moreCount > 0 ? t("moreFiltersCount", { count: moreCount }) : t("moreFilters")}
          </Button>
          <Button type="submit" variant="secondary">
            {pending ? <Loader2Icon className="animate-spin" aria-hidden /> : <SearchIcon aria-hidden />}
            {t("searchButton")}
          </Button>
          {active && (
            <Button asChild variant="ghost">
              <Link
                href={`${basePath}${claimsQuery({ sort: params.sort, dir: params.dir, pageSize: params.pageSize })}`}
                onClick={() => {
                  setQ("");
                  setTag("");
                  setFrom("");
                  setTo("");
                }}
              >
                <XIcon aria-hidden />
                {t("clear")}
              </Link>
            </Button>
          )}
        </div>
      </div>
      <div id={field("more")} hidden={!more} className="grid grid-cols-1 gap-3 rounded-lg border bg-muted/30 p-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="grid min-w-0 gap-1.5">
          <Label htmlFor={field("speaker")}>{t("speakerLabel")}</Label>
          <Select value={params.speaker ?? ANY} onValueChange={(v) => apply({ speaker: v === ANY ? undefined : v })}>
            <SelectTrigger id={field("speaker")} className="w-full">
              <SelectValue>{sourceName(params.speaker)}</SelectValue>
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ANY}>{t("anySource")}</SelectItem>
              {options.sources
                .filter((s) => s.kind !== "outlet")
                .map((s) => (
                  <SelectItem key={s.id} value={s.id}>
                    {s.name}
                  </SelectItem>
                ))}
            </SelectContent>
          </Select>
        </div>
        <div className="grid min-w-0 gap-1.5">
          <Label htmlFor={field("source")}>{t("sourceLabel")}</Label>
          <Select value={params.source ?? ANY} onValueChange={(v) => apply({ source: v === ANY ? undefined : v })}>
            <SelectTrigger id={field("source")} className="w-full" title={t("sourceHint")}>
              <SelectValue>{sourceName(params.source)}</SelectValue>
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ANY}>{t("anySource")}</SelectItem>
              {options.sources.map((s) => (
                <SelectItem key={s.id} value={s.id}>
                  {s.name}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <div className="grid min-w-0 gap-1.5">
          <Label htmlFor={field("tag")}>{t("tagLabel")}</Label>
          <Input id={field("tag")} name="tag" value={tag} onChange={(e) => setTag(e.currentTarget.value)} placeholder={t("tagPlaceholder")} maxLength={40} />
        </div>
        <div className="grid min-w-0 gap-1.5">
          <Label htmlFor={field("article")}>{t("articleLabel")}</Label>
          <Select value={params.article ?? ANY} onValueChange={(v) => apply({ article: v === ANY ? undefined : v })}>
            <SelectTrigger id={field("article")} className="w-full">
              <SelectValue>
                <span className="truncate">{articleTitle}</span>
              </SelectValue>
            </SelectTrigger>
            <SelectContent className="max-w-[min(36rem,90vw)]">
              <SelectItem value={ANY}>{t("anyArticle")}</SelectItem>
              {options.articles.map((a) => (
                <SelectItem key={a.id} value={a.id}>
                  <span className="truncate">{a.title}</span>
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <fieldset className="col-span-full grid min-w-0 gap-1.5 sm:grid-cols-[minmax(0,12rem)_minmax(0,10rem)_minmax(0,10rem)] sm:items-end sm:gap-3">
          <legend className="sr-only">{t("dateLegend")}</legend>
          <div className="grid gap-1.5">
            <Label htmlFor={field("dateField")}>{t("dateFieldLabel")}</Label>
            <Select value={params.dateField} onValueChange={(v) => apply({ dateField: v as ListClaimsParams["dateField"] })}>
              <SelectTrigger id={field("dateField")} className="w-full">
                <SelectValue>{t(`dateField.${params.dateField}`)}</SelectValue>
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="updatedAt">{t("dateField.updatedAt")}</SelectItem>
                <SelectItem value="claimDate">{t("dateField.claimDate")}</SelectItem>
              </SelectContent>
            </Select>
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor={field("from")}>{t("from")}</Label>
            <Input id={field("from")} name="from" type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.currentTarget.value)} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor={field("to")}>{t("to")}</Label>
            <Input id={field("to")} name="to" type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.currentTarget.value)} />
          </div>
        </fieldset>
      </div>
    </form>
  );
}
