// Creating import batches: every upload, URL list, paste or CLI run becomes one batch of items,
// queued in the same transaction. Per-item problems (a file over the cap) become failed items
// so one bad file never sinks the rest of the batch.
import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { enqueueImportItems } from "./queue";
import { MAX_FILES_PER_BATCH, pasteSchema, urlListSchema, type PasteInput } from "./schemas";

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

interface NewItem {
  source: "paste" | "file" | "url";
  name: string;
  payload?: Uint8Array;
  url?: string;
  errorKey?: string;
  errorValues?: Record<string, string | number>;
  targetArticleId?: string;
}

async function createBatch({ actor, items, requestId }: { actor: Actor; items: NewItem[]; requestId?: string }) {
  authorize(actor, "articles.import");
  if (items.length === 0) throw new AppError("validation", { userMessage: "importNothing" });
  return db().$transaction(
    async (tx) => {
      const batch = await tx.importBatch.create({ data: { workspaceId: actor.workspaceId, createdById: actor.userId } });
      const ids: string[] = [];
      for (const item of items) {
        const failed = Boolean(item.errorKey);
        const row = await tx.importItem.create({
          data: {
            batchId: batch.id,
            workspaceId: actor.workspaceId,
            source: item.source,
            name: item.name.slice(0, 500),
            status: failed ? "failed" : "queued",
            payload: failed ? null : item.payload ? Buffer.from(item.payload) : null,
            url: item.url,
            targetArticleId: item.targetArticleId,
            errorKey: item.errorKey,
            errorValues: item.errorValues,
          },
          select: { id: true },
        });
        if (!failed) ids.push(row.id);
      }
      await enqueueImportItems(tx, ids);
      await recordAudit(tx, {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: "import.create",
        targetType: "import_batch",
        targetId: batch.id,
        after: { items: items.length, sources: [...new Set(items.map((i) => i.source))] },
        requestId,
      });
      return { batchId: batch.id, queued: ids.length, refused: items.length - ids.length };
    },
    { timeout: 30_000 },
  );
}

/** Uploaded files (and zips, expanded by the worker). Oversized files fail on their own row. */
export async function importFiles({ actor, files, requestId }: { actor: Actor; files: IncomingFile[]; requestId?: string }) {
  authorize(actor, "articles.import");
  if (files.length > MAX_FILES_PER_BATCH) {
    throw new AppError("validation", { userMessage: "importTooManyFiles", values: { max: MAX_FILES_PER_BATCH } });
  }
  const max = env().IMPORT_MAX_FILE_BYTES;
  const items: NewItem[] = files.map((f) =>
    f.bytes.byteLength > max
      ? { source: "file", name: f.name, errorKey: "importTooLarge", errorValues: { maxMb: Math.round(max / 1024 / 1024) } }
      : { source: "file", name: f.name, payload: f.bytes },
  );
  return createBatch({ actor, items, requestId });
}

export async function importUrls({ actor, urls, requestId }: { actor: Actor; urls: string; requestId?: string }) {
  authorize(actor, "articles.import");
  const list = urlListSchema.parse(urls);
  return createBatch({ actor, items: [...new Set(list)].map((url) => ({ source: "url", name: url, url })), requestId });
}

/** Pasted text or clipboard HTML; stored as the original, byte for byte. */
export async function importPaste({ actor, input, requestId }: { actor: Actor; input: PasteInput; requestId?: string }) {
  authorize(actor, "articles.import");
  const data = pasteSchema.parse(input);
  const isHtml = Boolean(data.html?.trim());
  const body = JSON.stringify({ title: data.title ?? null, kind: isHtml ? "html" : "text", content: isHtml ? data.html : data.text });
  const name = data.title?.trim() || (data.text ?? "").trim().split("\n")[0]!.slice(0, 120) || "Paste";
  return createBatch({ actor, items: [{ source: "paste", name, payload: new TextEncoder().encode(body) }], requestId });
}

/** "Import as a new version" of the article a duplicate matched: re-queues the same input. */
export async function importItemAsNewVersion({ actor, itemId, requestId }: { actor: Actor; itemId: string; requestId?: string }) {
  authorize(actor, "articles.import");
  const item = await db().importItem.findFirst({ where: { id: itemId, workspaceId: actor.workspaceId } });
  if (!item) throw notFound("importItemNotFound");
  if (item.status !== "duplicate" || !item.duplicateOfId || (!item.payload && !item.url)) {
    throw new AppError("conflict", { userMessage: "importNotDuplicate" });
  }
  return createBatch({
    actor,
    items: [{ source: item.source, name: item.name, payload: item.payload ?? undefined, url: item.url ?? undefined, targetArticleId: item.duplicateOfId }],
    requestId,
  });
}
