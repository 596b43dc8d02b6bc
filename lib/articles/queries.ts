import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { idSchema } from "@/lib/members/schemas";
import { listArticlesSchema, type ListArticlesInput, type RemovedLine } from "./schemas";

/** The workspace's articles, filtered, sorted and paginated (offset pages of 10–100). */
export async function listArticles({ actor, input }: { actor: Actor; input: ListArticlesInput }) {
  authorize(actor, "workspace.read");
  const p = listArticlesSchema.parse(input);
  const where: Prisma.ArticleWhereInput = {
    workspaceId: actor.workspaceId,
    ...(p.q ? { title: { contains: p.q, mode: "insensitive" } } : {}),
    ...(p.language ? { language: p.language } : {}),
    ...(p.outlet ? { outlet: p.outlet } : {}),
  };
  const orderBy: Prisma.ArticleOrderByWithRelationInput[] = [
    p.sort === "publishedAt" ? { publishedAt: { sort: p.dir, nulls: "last" } } : p.sort === "outlet" ? { outlet: { sort: p.dir, nulls: "last" } } : { [p.sort]: p.dir },
    { id: "desc" },
  ];
  const [rows, total, facets] = await Promise.all([
    db().article.findMany({
      where,
      orderBy,
      skip: (p.page - 1) * p.pageSize,
      take: p.pageSize,
      select: { id: true, title: true, outlet: true, publishedAt: true, language: true, wordCount: true, currentVersion: true, createdAt: true },
    }),
    db().article.count({ where }),
    db().article.groupBy({ by: ["language", "outlet"], where: { workspaceId: actor.workspaceId }, _count: true }),
  ]);
  const languages = [...new Set(facets.map((f) => f.language).filter((l): l is string => !!l))].sort();
  const outlets = [...new Set(facets.map((f) => f.outlet).filter((o): o is string => !!o))].sort((a, b) => a.localeCompare(b));
  return { rows, total, params: p, pages: Math.max(1, Math.ceil(total / p.pageSize)), languages, outlets };
}

/** One article with the requested version (default: current) and the list of versions. */
export async function getArticle({ actor, articleId, version }: { actor: Actor; articleId: string; version?: number }) {
  authorize(actor, "workspace.read");
  if (!idSchema.safeParse(articleId).success) return null;
  const article = await db().article.findFirst({
    where: { id: articleId, workspaceId: actor.workspaceId },
    include: { versions: { select: { version: true, createdAt: true, originalType: true }, orderBy: { version: "desc" } } },
  });
  if (!article) return null;
  const wanted = version && article.versions.some((v) => v.version === version) ? version : article.currentVersion;
  const current = await db().articleVersion.findUniqueOrThrow({ where: { articleId_version: { articleId, version: wanted } } });
  return { article, version: { ...current, removed: current.removed as unknown as RemovedLine[] } };
}

/** A batch's items (without their payloads), for the live progress list. */
export async function getImportBatch({ actor, batchId }: { actor: Actor; batchId: string }) {
  authorize(actor, "workspace.read");
  if (!idSchema.safeParse(batchId).success) return null;
  const batch = await db().importBatch.findFirst({
    where: { id: batchId, workspaceId: actor.workspaceId },
    include: {
      items: {
        orderBy: { createdAt: "asc" },
        select: { id: true, source: true, name: true, status: true, errorKey: true, errorValues: true, articleId: true, duplicateOfId: true, attempts: true },
      },
    },
  });
  return batch;
}
