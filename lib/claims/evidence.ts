// Evidence on a claim: a URL (with a text snapshot so it survives link rot), an uploaded document
// (kept as uploaded, with its extracted text), or another claim of the workspace. Each has a
// stance (supports / refutes / context) and an excerpt. Snapshots go through the import's
// SSRF-safe fetcher and cleaner: the same rules for what may be fetched and how text is read.
import "server-only";

import { recordAudit } from "@/lib/audit/record";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { db } from "@/lib/db";
import { AppError, isAppError, notFound } from "@/lib/errors";
import { cleanArticle } from "@/lib/import/clean";
import { decodeText } from "@/lib/import/decode";
import { extractFile, importLimits } from "@/lib/import/sources";
import { fetchArticleUrl } from "@/lib/import/sources/fetch-url";

import { evidenceSelect, toEvidenceDTO } from "./dto";
import { addDocumentEvidenceSchema, addEvidenceSchema, removeEvidenceSchema, type AddEvidenceInput } from "./schemas";
import type { EvidenceDTO, MemberRef } from "./types";

type Ctx = { actor: Actor; requestId?: string };

/** Snapshots longer than this are cut: the evidence is the passage, not an archive of the web. */
const MAX_SNAPSHOT_CHARS = 500_000;

async function claimInWorkspace(actor: Actor, claimId: string) {
  const claim = await db().claim.findFirst({ where: { id: claimId, workspaceId: actor.workspaceId }, select: { id: true } });
  if (!claim) throw notFound("claimNotFound");
  return claim;
}

async function present(evidenceId: string): Promise<EvidenceDTO> {
  const row = await db().evidence.findUniqueOrThrow({ where: { id: evidenceId }, select: evidenceSelect });
  const n = await db().$queryRaw<{ n: number }[]>`
    SELECT COALESCE(char_length("snapshotText"), char_length("documentText"), 0)::int AS n FROM "Evidence" WHERE "id" = ${evidenceId}::uuid`;
  const users = new Map<string, MemberRef>();
  if (row.addedById) {
    const u = await db().user.findUnique({ where: { id: row.addedById }, select: { id: true, name: true } });
    if (u) users.set(u.id, u);
  }
  return toEvidenceDTO(row, users, n[0]?.n ?? 0);
}

/** Fetches a URL and returns its readable text and title (throws the fetcher's AppErrors). */
async function snapshotUrl(url: string): Promise<{ text: string; title: string | null; finalUrl: string }> {
  const page = await fetchArticleUrl(url);
  const { text } = decodeText(page.bytes);
  const isHtml = /html|xml/i.test(page.contentType);
  const cleaned = cleanArticle({ kind: isHtml ? "html" : "text", content: text, url: page.finalUrl });
  if (cleaned.text.trim() === "") throw new AppError("validation", { userMessage: "importEmptyAfterCleaning" });
  return { text: cleaned.text.slice(0, MAX_SNAPSHOT_CHARS), title: cleaned.metadata.title ?? null, finalUrl: page.finalUrl };
}

/**
 * Adds a URL or claim evidence item. For a URL the row is saved first (snapshot "pending"), then
 * the page is fetched and its text stored; a failed fetch keeps the evidence with the reason.
 */
export async function addEvidence({ actor, input, requestId }: Ctx & { input: AddEvidenceInput }): Promise<EvidenceDTO> {
  authorize(actor, "claims.write");
  const data = addEvidenceSchema.parse(input);
  await claimInWorkspace(actor, data.claimId);
  if (data.kind === "claim") {
    if (data.linkedClaimId === data.claimId) throw new AppError("validation", { userMessage: "evidenceSelf", fieldErrors: { linkedClaimId: ["evidenceSelf"] } });
    const linked = await db().claim.findFirst({ where: { id: data.linkedClaimId, workspaceId: actor.workspaceId }, select: { id: true } });
    if (!linked) throw new AppError("not_found", { userMessage: "claimNotFound", fieldErrors: { linkedClaimId: ["claimNotFound"] } });
  }
  const id = await db().$transaction(async (tx) => {
    const row = await tx.evidence.create({
      data: {
        claimId: data.claimId,
        kind: data.kind,
        stance: data.stance,
        excerpt: data.excerpt,
        addedById: actor.userId,
        ...(data.kind === "url" ? { url: data.url, title: data.title || null, snapshotStatus: "pending" as const } : { linkedClaimId: data.linkedClaimId }),
      },
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "evidence.add",
      targetType: "claim",
      targetId: data.claimId,
      after: { evidenceId: row.id, kind: data.kind, stance: data.stance, url: data.kind === "url" ? data.url : null, linkedClaimId: data.kind === "claim" ? data.linkedClaimId : null },
      requestId,
    });
    return row.id;
  });
  if (data.kind === "url") await captureSnapshot(id, data.url, data.title);
  return present(id);
}

/** Fetches the page of a URL evidence item and records the outcome on the row. */
export async function captureSnapshot(evidenceId: string, url: string, givenTitle?: string): Promise<void> {
  try {
    const snap = await snapshotUrl(url);
    await db().evidence.update({
      where: { id: evidenceId },
      data: { snapshotStatus: "captured", snapshotText: snap.text, snapshotAt: new Date(), snapshotError: null, ...(givenTitle ? {} : { title: snap.title?.slice(0, 500) ?? null }) },
    });
  } catch (e) {
    const key = isAppError(e) ? e.userMessage.slice(0, 80) : "snapshotFailed";
    if (!isAppError(e)) console.error(JSON.stringify({ level: "error", msg: "evidence snapshot failed", evidenceId, error: e instanceof Error ? e.stack : String(e) }));
    await db().evidence.update({ where: { id: evidenceId }, data: { snapshotStatus: "failed", snapshotError: key, snapshotAt: new Date() } });
  }
}

/** Adds an uploaded document (txt, md, html, docx, pdf) as evidence, with its extracted text. */
export async function addDocumentEvidence({ actor, input, requestId }: Ctx & { input: Record<string, unknown> }): Promise<EvidenceDTO> {
  authorize(actor, "claims.write");
  const data = addDocumentEvidenceSchema.parse(input);
  await claimInWorkspace(actor, data.claimId);
  const bytes = new Uint8Array(await data.file.arrayBuffer());
  const extracted = await extractFile(bytes, data.file.name, importLimits(), { insideZip: true });
  if ("zip" in extracted) throw new AppError("bad_request", { userMessage: "importZipNested" });
  const cleaned = cleanArticle({ kind: extracted.kind, content: extracted.content });
  const name = data.file.name.slice(0, 300) || "document";
  const id = await db().$transaction(async (tx) => {
    const row = await tx.evidence.create({
      data: {
        claimId: data.claimId,
        kind: "document",
        stance: data.stance,
        excerpt: data.excerpt,
        title: data.title || cleaned.metadata.title?.slice(0, 500) || name,
        documentName: name,
        documentType: (data.file.type || extracted.fileType).slice(0, 100),
        document: bytes,
        documentText: cleaned.text.slice(0, MAX_SNAPSHOT_CHARS),
        addedById: actor.userId,
      },
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "evidence.add",
      targetType: "claim",
      targetId: data.claimId,
      after: { evidenceId: row.id, kind: "document", stance: data.stance, documentName: name, bytes: bytes.length },
      requestId,
    });
    return row.id;
  });
  return present(id);
}

/**
 * Removes an evidence item. The last evidence of a claim whose verdict needs evidence cannot be
 * removed: change the verdict first.
 */
export async function removeEvidence({ actor, input, requestId }: Ctx & { input: unknown }): Promise<{ id: string }> {
  authorize(actor, "claims.write");
  const { evidenceId } = removeEvidenceSchema.parse(input);
  await db().$transaction(async (tx) => {
    const row = await tx.evidence.findFirst({
      where: { id: evidenceId, claim: { workspaceId: actor.workspaceId } },
      select: { id: true, claimId: true, kind: true, stance: true, url: true, documentName: true, linkedClaimId: true },
    });
    if (!row) throw notFound("evidenceNotFound");
    // Waits for a verdict being set on the claim (lockClaim), so its evidence count holds.
    await tx.$queryRaw`SELECT "id" FROM "Claim" WHERE "id" = ${row.claimId}::uuid FOR NO KEY UPDATE`;
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: row.claimId }, select: { verdict: { select: { requiresEvidence: true } }, _count: { select: { evidence: true } } } });
    if (claim.verdict.requiresEvidence && claim._count.evidence <= 1) throw new AppError("conflict", { userMessage: "lastEvidenceOfVerdict" });
    await tx.evidence.delete({ where: { id: row.id } });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "evidence.remove",
      targetType: "claim",
      targetId: row.claimId,
      before: { evidenceId: row.id, kind: row.kind, stance: row.stance, url: row.url, documentName: row.documentName, linkedClaimId: row.linkedClaimId },
      requestId,
    });
  });
  return { id: evidenceId };
}
