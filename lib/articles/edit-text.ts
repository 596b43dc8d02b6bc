// The workbench's "edit text" mode: an editor corrects the article's text (a typo, a wrongly
// joined paragraph, a passage the cleaner missed) and the result becomes the next version. The
// document is checked against the article schema on the server, its plain text derived from it
// exactly as import does, and every claim re-anchored in the same transaction.
import "server-only";
import { isDeepStrictEqual } from "node:util";

import { recordAudit } from "@/lib/audit/record";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { reanchorArticleClaims } from "@/lib/claims/reanchor";
import { editArticleTextSchema, type EditArticleTextInput } from "@/lib/claims/schemas";
import type { EditTextResult } from "@/lib/claims/types";
import { db } from "@/lib/db";
import { validateArticleDoc } from "@/lib/editor/extensions";
import { docToText } from "@/lib/editor/text-map";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { contentHash, countWordsOf } from "@/lib/import/metadata";
import { enqueueSuggestions } from "@/lib/suggestions/queue";

export async function editArticleText({ actor, input, requestId }: { actor: Actor; input: EditArticleTextInput; requestId?: string }): Promise<EditTextResult> {
  authorize(actor, "articles.edit");
  const data = editArticleTextSchema.parse(input);
  const doc = validateArticleDoc(data.doc);
  const text = docToText(doc);
  if (text.trim() === "") throw new AppError("validation", { userMessage: "articleTextEmpty" });

  return db().$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: data.articleId, workspaceId: actor.workspaceId } });
    if (!article) throw notFound("articleNotFound");
    const current = await tx.articleVersion.findUniqueOrThrow({ where: { articleId_version: { articleId: article.id, version: article.currentVersion } } });
    if (article.currentVersion !== data.baseVersion) throw new AppError("conflict", { userMessage: "articleChanged", details: { currentVersion: article.currentVersion } });
    // Through JSON, as stored: a key holding undefined is no key.
    if (text === current.text && isDeepStrictEqual(JSON.parse(JSON.stringify(doc)), current.doc)) throw new AppError("validation", { userMessage: "articleTextUnchanged" });
    const next = article.currentVersion + 1;
    // Guards against a concurrent save of the same base version (the row lock comes with the update).
    const moved = await tx.article.updateMany({
      where: { id: article.id, currentVersion: article.currentVersion },
      data: { currentVersion: next, wordCount: countWordsOf(text), contentHash: contentHash(text) },
    });
    if (moved.count !== 1) throw new AppError("conflict", { userMessage: "articleChanged" });
    await tx.articleVersion.create({
      data: {
        articleId: article.id,
        version: next,
        // The edited text is the new "original": what the editor typed is the input of this version.
        original: new TextEncoder().encode(text),
        originalType: "edit",
        originalName: current.originalName,
        encoding: "utf-8",
        sourceUrl: current.sourceUrl,
        canonicalUrl: current.canonicalUrl,
        text,
        doc: doc as Prisma.InputJsonValue,
        removed: current.removed as Prisma.InputJsonValue,
        restored: current.restored,
        contentHash: contentHash(text),
        createdById: actor.userId,
      },
    });
    const outcomes = await reanchorArticleClaims(tx, {
      articleId: article.id,
      oldText: current.text,
      oldVersion: current.version,
      newText: text,
      newVersion: next,
      actorId: actor.userId,
    });
    const count = (m: string) => outcomes.filter((o) => o.method === m).length;
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "article.edit_text",
      targetType: "article",
      targetId: article.id,
      before: { version: current.version, length: current.text.length },
      after: { version: next, length: text.length, claims: outcomes.length, orphaned: count("orphan"), fuzzy: count("fuzzy"), quote: count("quote") },
      requestId,
    });
    await enqueueSuggestions(tx, { articleId: article.id, version: next });
    return { version: next, outcomes };
  });
}
