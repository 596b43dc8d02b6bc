import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record";
import { reanchorArticleClaims } from "@/lib/claims/reanchor";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recleanOriginal } from "@/lib/import/reclean";
import { enqueueSuggestions } from "@/lib/suggestions/queue";
import { restoreLineSchema, type RemovedLine, type RestoreLineInput } from "./schemas";

/**
 * Puts a line the cleaner removed back into the text. The original is cleaned again with that
 * line kept, and the result saved as a new version, so the previous one stays readable.
 */
export async function restoreRemovedLine({ actor, input, requestId }: { actor: Actor; input: RestoreLineInput; requestId?: string }) {
  authorize(actor, "articles.import");
  const data = restoreLineSchema.parse(input);
  const article = await db().article.findFirst({ where: { id: data.articleId, workspaceId: actor.workspaceId } });
  if (!article) throw notFound("articleNotFound");
  const current = await db().articleVersion.findUniqueOrThrow({ where: { articleId_version: { articleId: article.id, version: article.currentVersion } } });
  const removed = current.removed as unknown as RemovedLine[];
  const line = removed.find((l) => l.id === data.lineId);
  if (!line) throw new AppError("conflict", { userMessage: "lineAlreadyRestored" });
  const keep = [...current.restored, line.id];
  const cleaned = await recleanOriginal({ version: current, keep });

  return db().$transaction(async (tx) => {
    // A concurrent restore moved the article on: refuse rather than silently branch.
    const fresh = await tx.article.updateMany({
      where: { id: article.id, currentVersion: article.currentVersion },
      data: { currentVersion: article.currentVersion + 1, wordCount: cleaned.metadata.wordCount, contentHash: cleaned.metadata.contentHash },
    });
    if (fresh.count !== 1) throw new AppError("conflict", { userMessage: "articleChanged" });
    const version = await tx.articleVersion.create({
      data: {
        articleId: article.id,
        version: article.currentVersion + 1,
        original: current.original,
        originalType: current.originalType,
        originalName: current.originalName,
        encoding: current.encoding,
        sourceUrl: current.sourceUrl,
        canonicalUrl: current.canonicalUrl,
        text: cleaned.text,
        doc: cleaned.doc as Prisma.InputJsonValue,
        removed: cleaned.removed as unknown as Prisma.InputJsonValue,
        restored: keep,
        contentHash: cleaned.metadata.contentHash,
        createdById: actor.userId,
      },
    });
    const outcomes = await reanchorArticleClaims(tx, {
      articleId: article.id,
      oldText: current.text,
      oldVersion: current.version,
      newText: cleaned.text,
      newVersion: version.version,
      actorId: actor.userId,
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "article.restore_line",
      targetType: "article",
      targetId: article.id,
      before: { version: current.version },
      after: { version: version.version, restored: line.text.slice(0, 200), reason: line.reason },
      requestId,
    });
    await enqueueSuggestions(tx, { articleId: article.id, version: version.version });
    return { version: version.version, outcomes };
  });
}
