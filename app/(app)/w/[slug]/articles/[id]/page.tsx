import { ArrowLeftIcon, BookOpenIcon, DownloadIcon, ExternalLinkIcon, FileCode2Icon, FileIcon, HistoryIcon } from "lucide-react";
import type { JSONContent } from "@tiptap/core";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import type * as React from "react";
import { ArticleDoc } from "@/components/articles/article-doc";
import { languageName } from "@/components/articles/language-name";
import { RemovedLines } from "@/components/articles/removed-lines";
import { formatBytes } from "@/components/format-bytes";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { Workbench } from "@/components/workbench/workbench";
import { getArticle } from "@/lib/articles/queries";
import { can } from "@/lib/authz/authorize";
import { listArticleClaims } from "@/lib/claims/queries";
import { isSafeHref, SAFE_LINK_REL } from "@/lib/editor/safe-link";
import { countWordsOf } from "@/lib/import/metadata";
import { listMembers } from "@/lib/members/queries";
import { getVerdictsForUi } from "@/lib/verdicts/queries";
import { requireWorkspace } from "@/lib/workspaces/queries";
import { cn } from "@/lib/utils";

type PageProps = {
  params: Promise<{ slug: string; id: string }>;
  searchParams: Promise<{ version?: string | string[]; tab?: string | string[]; claim?: string | string[] }>;
};

/** Originals that are text and can be shown as such (escaped, never rendered). */
const TEXT_TYPES = new Set(["text", "markdown", "html"]);
/** Beyond this the Original tab shows the start and points to the download. */
const MAX_SHOWN_CHARS = 200_000;

function one(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function versionParam(v: string | undefined): number | undefined {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

// The metadata and the page both need the article: loaded once per request (its current version
// carries the whole document, its text and the original file: two loads doubled that work).
const loadArticle = cache(async (slug: string, id: string, version: number | undefined) => {
  const ws = await requireWorkspace(slug);
  const found = await getArticle({ actor: ws.actor, articleId: id, version });
  return { ws, found };
});

async function load({ params, searchParams }: PageProps) {
  const { slug, id } = await params;
  const sp = await searchParams;
  const { ws, found } = await loadArticle(slug, id, versionParam(one(sp.version)));
  if (!found) notFound();
  return { slug, ws, sp, ...found };
}

export async function generateMetadata(props: PageProps): Promise<Metadata> {
  const { article } = await load(props);
  return { title: article.title };
}

/** The stored original as text, in the encoding it was detected in (UTF-8 when unknown). */
function decodeOriginal(bytes: Uint8Array, encoding: string | null): string {
  try {
    return new TextDecoder(encoding ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

export default async function ArticlePage(props: PageProps) {
  const { slug, ws, sp, article, version } = await load(props);
  const t = await getTranslations("articles");
  const format = await getFormatter();
  const locale = await getLocale();
  const base = `/w/${slug}/articles/${article.id}`;
  const isCurrent = version.version === article.currentVersion;
  const canRestore = can(ws.actor.role, "articles.import");
  const tab = one(sp.tab) === "original" ? "original" : "reading";
  const downloadHref = `/api/v1/w/${slug}/articles/${article.id}/original?version=${version.version}`;

  const languageLabel = languageName(article.language, locale);
  const words = isCurrent ? article.wordCount : countWordsOf(version.text);
  const original = version.original as Uint8Array;
  const isText = TEXT_TYPES.has(version.originalType);
  const decoded = isText ? decodeOriginal(original, version.encoding) : null;
  const sourceUrl = [article.url, version.canonicalUrl, version.sourceUrl].find(isSafeHref);
  const typeLabel = t.has(`originalTypes.${version.originalType}`) ? t(`originalTypes.${version.originalType}`) : version.originalType;
  const lang = languageLabel ? (article.language ?? undefined) : undefined;
  // The current version is read in the claim workbench; older versions stay plain reading.
  const [claims, verdicts, members] = isCurrent
    ? await Promise.all([listArticleClaims({ actor: ws.actor, articleId: article.id }), getVerdictsForUi({ actor: ws.actor }), listMembers({ actor: ws.actor })])
    : [[], [], []];

  const meta: { label: string; value: React.ReactNode }[] = [
    { label: t("metaOutlet"), value: article.outlet },
    { label: t("metaAuthor"), value: article.author },
    {
      label: t("metaPublished"),
      value: article.publishedAt ? <time dateTime={article.publishedAt.toISOString()}>{format.dateTime(article.publishedAt, { dateStyle: "long" })}</time> : null,
    },
    {
      label: t("metaLanguage"),
      value: languageLabel ? (
        <span className="inline-flex items-center gap-1.5">
          {languageLabel}
          <Badge variant="outline" className="font-mono uppercase" aria-hidden>
            {article.language}
          </Badge>
        </span>
      ) : (
        t("languageUnknown")
      ),
    },
    { label: t("metaWords"), value: format.number(words) },
    {
      label: t("metaImported"),
      value: <time dateTime={article.createdAt.toISOString()}>{format.dateTime(article.createdAt, { dateStyle: "medium" })}</time>,
    },
  ];

  const views = (
    <Tabs defaultValue={tab} className="min-w-0">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <TabsList aria-label={t("viewsLabel")}>
          <TabsTrigger value="reading">
            <BookOpenIcon aria-hidden />
            {t("tabReading")}
          </TabsTrigger>
          <TabsTrigger value="original">
            <FileCode2Icon aria-hidden />
            {t("tabOriginal")}
          </TabsTrigger>
        </TabsList>
        <Button asChild variant="outline" size="sm">
          <a href={downloadHref} download>
            <DownloadIcon aria-hidden />
            {t("downloadOriginal")}
          </a>
        </Button>
      </div>

      <TabsContent value="reading" className="pt-2">
        {isCurrent ? (
          <Workbench
            workspaceSlug={slug}
            article={{ id: article.id, title: article.title, version: version.version, lang }}
            doc={version.doc as JSONContent}
            claims={claims}
            verdicts={verdicts}
            members={members.map((m) => ({ id: m.user.id, name: m.user.name }))}
            permissions={{
              canWrite: can(ws.actor.role, "claims.write"),
              canSetVerdict: can(ws.actor.role, "verdicts.set"),
              canEditText: can(ws.actor.role, "articles.edit"),
            }}
            initialClaimId={one(sp.claim) ?? null}
          />
        ) : (
          <ArticleDoc doc={version.doc} title={article.title} lang={lang} />
        )}
      </TabsContent>

      <TabsContent value="original" className="grid gap-3 pt-2">
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
          <span className="font-medium text-foreground">{typeLabel}</span>
          <span>{formatBytes(format, original.byteLength)}</span>
          {version.encoding && <span className="font-mono text-xs">{version.encoding}</span>}
          {version.originalName && <span className="min-w-0 truncate">{version.originalName}</span>}
        </p>
        {decoded !== null ? (
          <>
            <p className="text-[13px] text-muted-foreground">
              {version.originalType === "html" ? t("originalHtmlNote") : t("originalTextNote")}
              {decoded.length > MAX_SHOWN_CHARS && ` ${t("originalTruncated", { count: MAX_SHOWN_CHARS })}`}
            </p>
            <pre
              className="max-h-[70vh] overflow-auto rounded-md border bg-muted/40 p-4 font-mono text-[13px] leading-relaxed break-words whitespace-pre-wrap"
              tabIndex={0}
              aria-label={t("originalLabel")}
              data-testid="article-original"
            >
              {decoded.length > MAX_SHOWN_CHARS ? decoded.slice(0, MAX_SHOWN_CHARS) : decoded}
            </pre>
          </>
        ) : (
          <Card className="max-w-md">
            <CardHeader>
              <FileIcon className="size-5 text-muted-foreground" aria-hidden />
              <CardTitle>{typeLabel}</CardTitle>
              <CardDescription>{t("originalBinaryNote", { size: formatBytes(format, original.byteLength) })}</CardDescription>
            </CardHeader>
            <CardContent>
              <Button asChild>
                <a href={downloadHref} download>
                  <DownloadIcon aria-hidden />
                  {t("downloadOriginal")}
                </a>
              </Button>
            </CardContent>
          </Card>
        )}
      </TabsContent>
    </Tabs>
  );

  const removedLines = (className: string) => (
    <Card className={className} aria-labelledby="removed-lines-title" role="region">
      <CardHeader>
        <CardTitle as="h2" id="removed-lines-title">
          {t("removedTitle")}
          {version.removed.length > 0 && <span className="ml-2 text-sm font-normal text-muted-foreground tabular-nums">{version.removed.length}</span>}
        </CardTitle>
        <CardDescription>{canRestore ? t("removedDescriptionEditor") : t("removedDescription")}</CardDescription>
      </CardHeader>
      <CardContent>
        <RemovedLines
          slug={slug}
          articleId={article.id}
          lines={version.removed.map((l) => ({ id: l.id, text: l.text, reason: l.reason }))}
          canRestore={canRestore}
          isCurrent={isCurrent}
        />
      </CardContent>
    </Card>
  );

  return (
    <div className="grid grid-cols-1 gap-6">
      <div className="grid gap-3">
        <Link href={`/w/${slug}/articles`} className="inline-flex w-fit items-center gap-1.5 text-sm text-muted-foreground hover:text-foreground">
          <ArrowLeftIcon className="size-4" aria-hidden />
          {t("backToList")}
        </Link>
        <PageHeader title={article.title} className="pb-0">
          <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-sm">
            {meta
              .filter((m) => m.value !== null && m.value !== undefined && m.value !== "")
              .map((m) => (
                <div key={m.label} className="grid gap-0.5">
                  <dt className="text-xs text-muted-foreground">{m.label}</dt>
                  <dd className="font-medium">{m.value}</dd>
                </div>
              ))}
          </dl>
          {sourceUrl && (
            <a href={sourceUrl} target="_blank" rel={SAFE_LINK_REL} className="mt-1 inline-flex max-w-full items-center gap-1.5 text-sm text-primary hover:underline">
              <ExternalLinkIcon className="size-3.5 shrink-0" aria-hidden />
              <span className="truncate">{sourceUrl}</span>
            </a>
          )}
        </PageHeader>
        <nav aria-label={t("versionsLabel")} className="flex flex-wrap items-center gap-2 text-sm">
          <span className="inline-flex items-center gap-1.5 text-muted-foreground">
            <HistoryIcon className="size-4" aria-hidden />
            {t("versionsLabel")}
          </span>
          <ul className="flex flex-wrap gap-1.5">
            {article.versions.map((v) => {
              const selected = v.version === version.version;
              const current = v.version === article.currentVersion;
              const qs = new URLSearchParams();
              if (!current) qs.set("version", String(v.version));
              if (tab === "original") qs.set("tab", "original");
              const href = qs.toString() ? `${base}?${qs.toString()}` : base;
              return (
                <li key={v.version}>
                  <Link
                    href={href}
                    scroll={false}
                    aria-current={selected ? "page" : undefined}
                    title={format.dateTime(v.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    className={cn(
                      "inline-flex h-7 items-center gap-1.5 rounded-md border px-2.5 text-[13px] font-medium tabular-nums transition-colors",
                      selected ? "border-primary bg-primary text-primary-foreground" : "bg-background hover:bg-accent",
                    )}
                  >
                    {t("versionN", { n: v.version })}
                    {current && <span className={cn("text-xs font-normal", selected ? "opacity-85" : "text-muted-foreground")}>· {t("current")}</span>}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </div>

      {!isCurrent && (
        <Alert>
          <HistoryIcon aria-hidden />
          <AlertDescription>
            <p>
              {t("oldVersion", { n: version.version, current: article.currentVersion })}{" "}
              <Link href={base} className="font-medium text-primary underline underline-offset-4">
                {t("viewCurrent")}
              </Link>
            </p>
          </AlertDescription>
        </Alert>
      )}

      {isCurrent ? (
        <>
          {views}
          {removedLines("max-w-3xl")}
        </>
      ) : (
        <div className="grid grid-cols-1 items-start gap-8 xl:grid-cols-[minmax(0,1fr)_22rem]">
          {views}
          {removedLines("xl:sticky xl:top-20 xl:max-h-[calc(100dvh-6rem)] xl:overflow-y-auto")}
        </div>
      )}
    </div>
  );
}
