// What the "import-item" job does with one item: read the input (file, zip, URL or paste),
// clean it, detect duplicates, and store the article (or a new version of one) with the
// original bytes untouched — all in one transaction, so a failure leaves nothing half-imported.
import { createHash } from "node:crypto";
import { reanchorArticleClaims } from "@/lib/claims/reanchor";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

import { cleanArticle } from "./clean";
import { decodeText } from "./decode";
import { enqueueSuggestions } from "@/lib/suggestions/queue";

import { enqueueImportItems } from "./queue";
import { extractFile, importLimits } from "./sources";
import { fetchArticleUrl } from "./sources/fetch-url";

type Cleaned = ReturnType<typeof cleanArticle>;

interface Prepared {
  original: Uint8Array;
  originalType: string;
  originalName: string | null;
  encoding: string | null;
  sourceUrl: string | null;
  cleaned: Cleaned;
}

function assertHasText(cleaned: Cleaned) {
  if (!cleaned.text.trim()) throw new AppError("validation", { userMessage: "importEmptyAfterCleaning" });
}

async function prepare(item: { id: string; source: string; name: string; payload: Uint8Array | null; url: string | null; batchId: string; workspaceId: string }, keep: string[] = []): Promise<Prepared | { expanded: number }> {
  if (item.source === "url") {
    const page = await fetchArticleUrl(item.url!);
    const { text, encoding } = decodeText(page.bytes);
    const isHtml = /html|xml/i.test(page.contentType);
    const cleaned = cleanArticle({ kind: isHtml ? "html" : "text", content: text, url: page.finalUrl, keep });
    assertHasText(cleaned);
    return { original: page.bytes, originalType: isHtml ? "html" : "text", originalName: null, encoding, sourceUrl: page.finalUrl, cleaned };
  }
  const payload = item.payload;
  if (!payload) throw new AppError("validation", { userMessage: "importEmptyFile" });
  if (item.source === "paste") {
    const paste = JSON.parse(Buffer.from(payload).toString("utf8")) as { title: string | null; kind: "html" | "text"; content: string };
    const cleaned = cleanArticle({ kind: paste.kind, content: paste.content, title: paste.title ?? undefined, keep });
    assertHasText(cleaned);
    return { original: new TextEncoder().encode(paste.content), originalType: paste.kind, originalName: paste.title, encoding: "utf-8", sourceUrl: null, cleaned };
  }
  const extracted = await extractFile(payload, item.name, importLimits());
  if ("zip" in extracted) {
    // An archive becomes one item per entry, queued like any upload.
    const children = await db().$transaction(async (tx) => {
      const ids: string[] = [];
      for (const entry of extracted.zip) {
        // Entries the archive reader refused (nested zip, encrypted, too large) fail on their own row.
        const row = await tx.importItem.create({
          data: {
            batchId: item.batchId,
            workspaceId: item.workspaceId,
            source: "file",
            name: `${item.name} › ${entry.name}`,
            ...(entry.rejected
              ? { status: "failed" as const, errorKey: entry.rejected.userMessage, errorValues: entry.rejected.values as Prisma.InputJsonValue | undefined }
              : { payload: Buffer.from(entry.bytes) }),
          },
          select: { id: true },
        });
        if (!entry.rejected) ids.push(row.id);
      }
      await enqueueImportItems(tx, ids);
      return ids.length;
    });
    return { expanded: children };
  }
  const cleaned = cleanArticle({ kind: extracted.kind, content: extracted.content, fileName: item.name, keep });
  assertHasText(cleaned);
  return { original: payload, originalType: extracted.fileType, originalName: item.name, encoding: extracted.encoding ?? null, sourceUrl: null, cleaned };
}

function versionData(p: Prepared, createdById: string | null) {
  return {
    original: Buffer.from(p.original),
    originalType: p.originalType,
    originalName: p.originalName?.slice(0, 300) ?? null,
    encoding: p.encoding,
    sourceUrl: p.sourceUrl,
    canonicalUrl: p.cleaned.metadata.canonicalUrl ?? null,
    text: p.cleaned.text,
    doc: p.cleaned.doc as Prisma.InputJsonValue,
    removed: p.cleaned.removed as unknown as Prisma.InputJsonValue,
    restored: [] as string[],
    contentHash: p.cleaned.metadata.contentHash,
    createdById,
  };
}

function articleFields(p: Prepared, fallbackTitle: string) {
  const m = p.cleaned.metadata;
  return {
    title: (m.title?.trim() || fallbackTitle).slice(0, 500),
    outlet: m.outlet?.slice(0, 200) ?? null,
    url: m.canonicalUrl ?? p.sourceUrl ?? null,
    author: m.author?.slice(0, 300) ?? null,
    publishedAt: m.publishedAt ?? null,
    language: m.language ?? null,
    wordCount: m.wordCount,
    contentHash: m.contentHash,
  };
}

/** Serialises imports of the same content in a workspace, so two copies in one batch are caught. */
function lockKey(workspaceId: string, hash: string): bigint {
  return createHash("sha256").update(`${workspaceId}:${hash}`).digest().readBigInt64BE(0);
}

export type ProcessOutcome = "done" | "duplicate" | "failed" | "expanded" | "retry";

/**
 * Processes one item. Expected problems (bad input) mark it failed with their reason at once;
 * unexpected ones are rethrown for the queue to retry, and marked failed on the last attempt.
 */
export async function processImportItem({ itemId, finalAttempt = true }: { itemId: string; finalAttempt?: boolean }): Promise<ProcessOutcome> {
  const item = await db().importItem.findUnique({ where: { id: itemId }, include: { batch: { select: { createdById: true } } } });
  if (!item || item.status === "done" || item.status === "duplicate" || item.status === "failed") return "done";
  await db().importItem.update({ where: { id: item.id }, data: { status: "processing", attempts: { increment: 1 } } });

  try {
    const prepared = await prepare({ ...item, payload: item.payload ? new Uint8Array(item.payload) : null });
    if ("expanded" in prepared) {
      await db().importItem.update({ where: { id: item.id }, data: { status: "done", payload: null, errorValues: { expanded: prepared.expanded } } });
      return "expanded";
    }
    const userId = item.batch.createdById;
    const hash = prepared.cleaned.metadata.contentHash;
    return await db().$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${lockKey(item.workspaceId, hash)})`;
      if (item.targetArticleId) {
        const target = await tx.article.findFirst({ where: { id: item.targetArticleId, workspaceId: item.workspaceId } });
        if (!target) throw new AppError("not_found", { userMessage: "articleNotFound" });
        const version = target.currentVersion + 1;
        const previous = await tx.articleVersion.findUniqueOrThrow({
          where: { articleId_version: { articleId: target.id, version: target.currentVersion } },
          select: { text: true },
        });
        await tx.articleVersion.create({ data: { articleId: target.id, version, ...versionData(prepared, userId) } });
        await tx.article.update({ where: { id: target.id }, data: { ...articleFields(prepared, target.title), currentVersion: version } });
        // The article's claims follow it to the new version (or become orphans, never dropped).
        await reanchorArticleClaims(tx, {
          articleId: target.id,
          oldText: previous.text,
          oldVersion: target.currentVersion,
          newText: prepared.cleaned.text,
          newVersion: version,
          actorId: userId,
        });
        await enqueueSuggestions(tx, { articleId: target.id, version });
        await tx.importItem.update({ where: { id: item.id }, data: { status: "done", articleId: target.id, payload: null } });
        return "done" as const;
      }
      const existing = await tx.article.findFirst({
        where: { workspaceId: item.workspaceId, OR: [{ contentHash: hash }, { versions: { some: { contentHash: hash } } }] },
        select: { id: true },
      });
      if (existing) {
        // The input is kept so "import as a new version" can reuse it.
        await tx.importItem.update({ where: { id: item.id }, data: { status: "duplicate", duplicateOfId: existing.id } });
        return "duplicate" as const;
      }
      const article = await tx.article.create({
        data: { workspaceId: item.workspaceId, createdById: userId, ...articleFields(prepared, item.name), versions: { create: { version: 1, ...versionData(prepared, userId) } } },
        select: { id: true },
      });
      await enqueueSuggestions(tx, { articleId: article.id, version: 1 });
      await tx.importItem.update({ where: { id: item.id }, data: { status: "done", articleId: article.id, payload: null } });
      return "done" as const;
    });
  } catch (e) {
    if (isAppError(e)) {
      await db().importItem.update({
        where: { id: item.id },
        data: { status: "failed", errorKey: e.userMessage.slice(0, 80), errorValues: (e.values ?? undefined) as Prisma.InputJsonValue | undefined, payload: null },
      });
      return "failed";
    }
    console.error(JSON.stringify({ level: "error", msg: "import item failed", itemId, error: e instanceof Error ? e.stack : String(e) }));
    if (finalAttempt) {
      await db().importItem.update({ where: { id: item.id }, data: { status: "failed", errorKey: "importInternal", payload: null } });
      return "failed";
    }
    await db().importItem.update({ where: { id: item.id }, data: { status: "queued" } });
    throw e;
  }
}
