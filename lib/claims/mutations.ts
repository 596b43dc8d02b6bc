// Writing claims. Every function authorises first, runs in one transaction with its audit event,
// and is scoped to the actor's workspace (another workspace's ids answer not_found). Updates are
// optimistic: the caller names the version it edited; a newer version answers `conflict` with the
// claim as it is now (ClaimConflictDetails), so the UI can show what changed and re-apply.
import "server-only";
import { randomUUID } from "node:crypto";

import type { JSONContent } from "@tiptap/core";

import { describe, splitsSurrogatePair } from "@/lib/anchoring/selectors";
import { recordAudit } from "@/lib/audit/record";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { db, type Tx } from "@/lib/db";
import { validateRationale } from "@/lib/editor/rationale";
import { resplitCluster } from "@/lib/matching/clusters";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

import { enqueueAnalysis } from "./analysis-queue";
import { getClaimDTO } from "./queries";
import { verdictProblem } from "./rules";
import {
  createClaimSchema,
  deleteClaimSchema,
  reattachClaimSchema,
  setVerdictSchema,
  updateClaimSchema,
  type CreateClaimInput,
  type DeleteClaimInput,
  type ReattachClaimInput,
  type SetVerdictInput,
  type UpdateClaimInput,
} from "./schemas";
import type { ClaimConflictDetails, ClaimDTO } from "./types";

type Ctx = { actor: Actor; requestId?: string };

/** Thrown inside a transaction when the claim moved on; turned into a conflict with details after rollback. */
class StaleClaim extends Error {
  constructor(readonly claimId: string) {
    super("stale claim");
  }
}

async function conflictFor(claimId: string, workspaceId: string): Promise<AppError> {
  const current = await getClaimDTO(claimId, workspaceId);
  if (!current) return notFound("claimNotFound");
  const details: ClaimConflictDetails = { current };
  return new AppError("conflict", { userMessage: "claimChanged", details });
}

/** Runs `fn` in a transaction; a StaleClaim becomes a conflict error carrying the current claim. */
async function inTx<T>(actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db().$transaction(fn);
  } catch (e) {
    if (e instanceof StaleClaim) throw await conflictFor(e.claimId, actor.workspaceId);
    throw e;
  }
}

/** What a save reads of the claim it locked: the fields it may change (for the audit) and the verdict rules' inputs. */
interface LockedClaim {
  id: string;
  articleId: string;
  anchorStatus: "anchored" | "orphan";
  quote: string;
  statement: string;
  verdictId: string;
  rationale: Prisma.JsonValue | null;
  rationaleText: string;
  claimDate: Date | null;
  firstSeenUrl: string | null;
  firstSeenAt: Date | null;
  tags: string[];
  priority: string;
  assigneeId: string | null;
  quantities: Prisma.JsonValue;
  version: number;
  clusterId: string | null;
  /** The article version its anchor describes (null only if the claim lost its anchor row). */
  anchorVersion: number | null;
  requiresEvidence: boolean;
  evidenceCount: number;
}

/**
 * Locks the claim row for this transaction, reads it, and checks the editor's version, in one
 * round trip. FOR NO KEY UPDATE, the lock an UPDATE that keeps the key takes: it serialises the
 * claim's editors, and lets other transactions insert rows that reference the claim meanwhile
 * (evidence, relations, entity links from the background analysis: their foreign-key checks take
 * KEY SHARE, which FOR UPDATE would make wait). Deleting takes FOR UPDATE.
 */
async function lockClaim(tx: Tx, actor: Actor, claimId: string, expectedVersion: number, mode: "update" | "delete" = "update"): Promise<LockedClaim> {
  const lock = mode === "delete" ? Prisma.sql`FOR UPDATE OF c` : Prisma.sql`FOR NO KEY UPDATE OF c`;
  const rows = await tx.$queryRaw<LockedClaim[]>`
    SELECT c."id"::text AS "id", c."articleId"::text AS "articleId", c."anchorStatus"::text AS "anchorStatus", c."quote", c."statement",
           c."verdictId"::text AS "verdictId", c."rationale", c."rationaleText", c."claimDate", c."firstSeenUrl", c."firstSeenAt", c."tags",
           c."priority"::text AS "priority", c."assigneeId"::text AS "assigneeId", c."quantities", c."version", c."clusterId"::text AS "clusterId",
           a."version" AS "anchorVersion", v."requiresEvidence", (SELECT count(*) FROM "Evidence" e WHERE e."claimId" = c."id")::int AS "evidenceCount"
      FROM "Claim" c JOIN "Verdict" v ON v."id" = c."verdictId" LEFT JOIN "ClaimAnchor" a ON a."claimId" = c."id"
     WHERE c."id" = ${claimId}::uuid AND c."workspaceId" = ${actor.workspaceId}::uuid
       ${lock}`;
  const claim = rows[0];
  if (!claim) throw notFound("claimNotFound");
  if (claim.version !== expectedVersion) throw new StaleClaim(claimId);
  return claim;
}

async function articleText(tx: Tx, actor: Actor, articleId: string, articleVersion: number) {
  // One query (relationJoins): the article, and the version the editor selected in if it exists.
  const article = await tx.article.findFirst({
    where: { id: articleId, workspaceId: actor.workspaceId },
    select: { currentVersion: true, versions: { where: { version: articleVersion }, select: { text: true } } },
  });
  if (!article) throw notFound("articleNotFound");
  const version = article.versions[0];
  if (article.currentVersion !== articleVersion || !version) throw new AppError("conflict", { userMessage: "articleChanged" });
  return version.text;
}

/** The selection must read exactly the quote in that version and not split a character. */
function checkSelection(text: string, start: number, end: number, exact: string) {
  if (end > text.length || start >= end || splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end) || text.slice(start, end) !== exact) {
    throw new AppError("validation", { userMessage: "claimSelectionMismatch" });
  }
  if (exact.trim() === "") throw new AppError("validation", { userMessage: "claimQuoteEmpty" });
}

const dto = async (claimId: string, actor: Actor): Promise<ClaimDTO> => (await getClaimDTO(claimId, actor.workspaceId))!;

/** Creates a claim on a selection of the article's current version, with the initial verdict. */
export async function createClaim({ actor, input, requestId }: Ctx & { input: CreateClaimInput }): Promise<ClaimDTO> {
  authorize(actor, "claims.write");
  const data = createClaimSchema.parse(input);
  const id = await db().$transaction(async (tx) => {
    const text = await articleText(tx, actor, data.articleId, data.articleVersion);
    const { start, end } = data.position;
    checkSelection(text, start, end, data.quote.exact);
    const sel = describe(text, start, end);
    // The initial verdict, else the first one still in use.
    const verdict = await tx.verdict.findFirst({
      where: { workspaceId: actor.workspaceId, retiredAt: null },
      orderBy: [{ isInitial: "desc" }, { position: "asc" }],
      select: { id: true },
    });
    if (!verdict) throw new AppError("conflict", { userMessage: "noVerdicts" });
    const claim = await tx.claim.create({
      data: {
        workspaceId: actor.workspaceId,
        articleId: data.articleId,
        quote: sel.quote.exact,
        statement: data.statement ?? "",
        verdictId: verdict.id,
        createdById: actor.userId,
        updatedById: actor.userId,
      },
      select: { id: true, quote: true },
    });
    // Its anchor and the anchor history's first event in one statement (a nested create costs
    // Prisma three: the insert and a read of the claim back).
    const v = data.articleVersion;
    await tx.$executeRaw`
      WITH anchor AS (
        INSERT INTO "ClaimAnchor" ("claimId", "version", "prefix", "suffix", "start", "end")
        VALUES (${claim.id}::uuid, ${v}, ${sel.quote.prefix ?? ""}, ${sel.quote.suffix ?? ""}, ${start}, ${end})
      )
      INSERT INTO "AnchorEvent" ("id", "claimId", "fromVersion", "toVersion", "method", "start", "end", "actorId")
      VALUES (${randomUUID()}::uuid, ${claim.id}::uuid, ${v}, ${v}, 'created', ${start}, ${end}, ${actor.userId}::uuid)`;
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "claim.create",
      targetType: "claim",
      targetId: claim.id,
      after: { articleId: data.articleId, quote: claim.quote.slice(0, 300), start, end },
      requestId,
    });
    await enqueueAnalysis(tx, { claimId: claim.id, workspaceId: actor.workspaceId, actorId: actor.userId, requestId });
    return claim.id;
  });
  return dto(id, actor);
}

function auditValue(v: unknown): Prisma.InputJsonValue | null {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v as Prisma.InputJsonValue;
}

const asDate = (s: string | null | undefined) => (s === undefined ? undefined : s === null ? null : new Date(`${s}T00:00:00Z`));

/** Edits a claim's fields (statement, speakers, dates, tags, priority, assignee, quantities, rationale). */
export async function updateClaim({ actor, input, requestId }: Ctx & { input: UpdateClaimInput }): Promise<ClaimDTO> {
  authorize(actor, "claims.write");
  const { claimId, expectedVersion, patch } = updateClaimSchema.parse(input);
  await inTx(actor, async (tx) => {
    const claim = await lockClaim(tx, actor, claimId, expectedVersion);
    const data: Prisma.ClaimUncheckedUpdateInput = { version: { increment: 1 }, updatedById: actor.userId };
    const before: Record<string, Prisma.InputJsonValue | null> = {};
    const after: Record<string, Prisma.InputJsonValue | null> = {};
    const track = (field: string, from: unknown, to: unknown) => {
      before[field] = auditValue(from);
      after[field] = auditValue(to);
    };

    if (patch.statement !== undefined) {
      data.statement = patch.statement;
      track("statement", claim.statement, patch.statement);
    }
    if (patch.rationale !== undefined) {
      const r = validateRationale(patch.rationale);
      if (!r && claim.requiresEvidence) {
        throw new AppError("validation", { userMessage: "verdictNeedsRationale", fieldErrors: { rationale: ["verdictNeedsRationale"] } });
      }
      data.rationale = r ? (r.doc as Prisma.InputJsonValue) : (null as unknown as Prisma.InputJsonValue);
      data.rationaleText = r?.text ?? "";
      track("rationale", claim.rationaleText, r?.text ?? "");
    }
    if (patch.claimDate !== undefined) {
      data.claimDate = asDate(patch.claimDate);
      track("claimDate", claim.claimDate, patch.claimDate);
    }
    if (patch.firstSeenUrl !== undefined) {
      data.firstSeenUrl = patch.firstSeenUrl;
      track("firstSeenUrl", claim.firstSeenUrl, patch.firstSeenUrl);
    }
    if (patch.firstSeenAt !== undefined) {
      data.firstSeenAt = asDate(patch.firstSeenAt);
      track("firstSeenAt", claim.firstSeenAt, patch.firstSeenAt);
    }
    if (patch.tags !== undefined) {
      const tags = [...new Set(patch.tags)];
      data.tags = tags;
      track("tags", claim.tags, tags);
    }
    if (patch.priority !== undefined) {
      data.priority = patch.priority;
      track("priority", claim.priority, patch.priority);
    }
    if (patch.assigneeId !== undefined) {
      if (patch.assigneeId !== null) {
        const member = await tx.membership.findFirst({ where: { workspaceId: actor.workspaceId, userId: patch.assigneeId }, select: { id: true } });
        if (!member) throw new AppError("validation", { userMessage: "assigneeNotMember", fieldErrors: { assigneeId: ["assigneeNotMember"] } });
      }
      data.assigneeId = patch.assigneeId;
      track("assigneeId", claim.assigneeId, patch.assigneeId);
    }
    if (patch.quantities !== undefined) {
      data.quantities = patch.quantities as unknown as Prisma.InputJsonValue;
      track("quantities", claim.quantities, patch.quantities);
    }
    if (patch.speakerIds !== undefined) {
      const ids = [...new Set(patch.speakerIds)];
      const found = await tx.source.count({ where: { id: { in: ids }, workspaceId: actor.workspaceId } });
      if (found !== ids.length) throw new AppError("not_found", { userMessage: "sourceNotFound", fieldErrors: { speakerIds: ["sourceNotFound"] } });
      const previous = await tx.claimSpeaker.findMany({ where: { claimId }, orderBy: { position: "asc" }, select: { sourceId: true } });
      await tx.claimSpeaker.deleteMany({ where: { claimId } });
      if (ids.length > 0) await tx.claimSpeaker.createMany({ data: ids.map((sourceId, position) => ({ claimId, sourceId, position })) });
      track("speakerIds", previous.map((p) => p.sourceId), ids);
    }
    await tx.claim.update({ where: { id: claimId }, data });
    await recordAudit(tx, { workspaceId: actor.workspaceId, actorId: actor.userId, action: "claim.update", targetType: "claim", targetId: claimId, before, after, requestId });
    // What matching compares changed: look for similar and contradicting claims again.
    if (patch.statement !== undefined || patch.speakerIds !== undefined || patch.quantities !== undefined || patch.claimDate !== undefined) {
      await enqueueAnalysis(tx, { claimId, workspaceId: actor.workspaceId, actorId: actor.userId, requestId });
    }
  });
  return dto(claimId, actor);
}

/** Gives a claim a verdict (and optionally a new rationale); the change is kept in its history. */
export async function setVerdict({ actor, input, requestId }: Ctx & { input: SetVerdictInput }): Promise<ClaimDTO> {
  authorize(actor, "verdicts.set");
  const data = setVerdictSchema.parse(input);
  await inTx(actor, async (tx) => {
    const claim = await lockClaim(tx, actor, data.claimId, data.expectedVersion);
    // FOR SHARE: an admin retiring this verdict at the same moment waits for this change (or we see it retired).
    const [verdict] = await tx.$queryRaw<{ id: string; name: string | null; claimReviewName: string; requiresEvidence: boolean; retiredAt: Date | null }[]>`
      SELECT "id"::text AS "id", "name", "claimReviewName", "requiresEvidence", "retiredAt"
        FROM "Verdict" WHERE "id" = ${data.verdictId}::uuid AND "workspaceId" = ${actor.workspaceId}::uuid FOR SHARE`;
    if (!verdict) throw notFound("verdictNotFound");
    let rationale: { doc: JSONContent; text: string } | null | undefined;
    if (data.rationale !== undefined) rationale = validateRationale(data.rationale);
    const rationaleText = rationale === undefined ? claim.rationaleText : (rationale?.text ?? "");
    // Keeping a verdict that has since been retired is fine; giving it anew is not.
    const problem = verdictProblem(
      { requiresEvidence: verdict.requiresEvidence, retired: verdict.retiredAt !== null && verdict.id !== claim.verdictId },
      { rationaleText, evidenceCount: claim.evidenceCount },
    );
    if (problem) {
      throw new AppError("validation", {
        userMessage: problem,
        values: { verdict: verdict.name ?? verdict.claimReviewName },
        fieldErrors: problem === "verdictNeedsRationale" ? { rationale: [problem] } : problem === "verdictNeedsEvidence" ? { evidence: [problem] } : { verdictId: [problem] },
      });
    }
    await tx.claim.update({
      where: { id: claim.id },
      data: {
        verdictId: verdict.id,
        version: { increment: 1 },
        updatedById: actor.userId,
        ...(rationale !== undefined
          ? { rationale: rationale ? (rationale.doc as Prisma.InputJsonValue) : (null as unknown as Prisma.InputJsonValue), rationaleText }
          : {}),
      },
    });
    await tx.verdictChange.create({
      data: {
        claimId: claim.id,
        fromVerdictId: claim.verdictId,
        toVerdictId: verdict.id,
        rationale: rationale === undefined ? (claim.rationale ?? undefined) : rationale ? (rationale.doc as Prisma.InputJsonValue) : undefined,
        rationaleText,
        actorId: actor.userId,
      },
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "claim.verdict",
      targetType: "claim",
      targetId: claim.id,
      before: { verdictId: claim.verdictId, rationale: claim.rationaleText },
      after: { verdictId: verdict.id, rationale: rationaleText },
      requestId,
    });
  });
  return dto(data.claimId, actor);
}

export async function deleteClaim({ actor, input, requestId }: Ctx & { input: DeleteClaimInput }): Promise<{ id: string }> {
  authorize(actor, "claims.write");
  const data = deleteClaimSchema.parse(input);
  await inTx(actor, async (tx) => {
    const claim = await lockClaim(tx, actor, data.claimId, data.expectedVersion, "delete");
    await tx.claim.delete({ where: { id: claim.id } });
    // The claim may have been what held its "same assertion" cluster together.
    if (claim.clusterId) await resplitCluster(tx, actor.workspaceId, claim.clusterId);
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "claim.delete",
      targetType: "claim",
      targetId: claim.id,
      before: { articleId: claim.articleId, quote: claim.quote.slice(0, 300), statement: claim.statement.slice(0, 300), verdictId: claim.verdictId },
      requestId,
    });
  });
  return { id: data.claimId };
}

/** Places a claim (typically an orphan) on a new selection of its article's current version. */
export async function reattachClaim({ actor, input, requestId }: Ctx & { input: ReattachClaimInput }): Promise<ClaimDTO> {
  authorize(actor, "claims.write");
  const data = reattachClaimSchema.parse(input);
  await inTx(actor, async (tx) => {
    const claim = await lockClaim(tx, actor, data.claimId, data.expectedVersion);
    const text = await articleText(tx, actor, claim.articleId, data.articleVersion);
    const { start, end } = data.position;
    checkSelection(text, start, end, data.quote.exact);
    const sel = describe(text, start, end);
    const anchor = { version: data.articleVersion, prefix: sel.quote.prefix ?? "", suffix: sel.quote.suffix ?? "", start, end };
    await tx.claim.update({
      where: { id: claim.id },
      data: {
        quote: sel.quote.exact,
        anchorStatus: "anchored",
        anchor: { upsert: { create: anchor, update: anchor } },
        version: { increment: 1 },
        updatedById: actor.userId,
      },
    });
    await tx.anchorEvent.create({
      data: { claimId: claim.id, fromVersion: claim.anchorVersion ?? data.articleVersion, toVersion: data.articleVersion, method: "reattached", start, end, actorId: actor.userId },
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "claim.reattach",
      targetType: "claim",
      targetId: claim.id,
      before: { anchorStatus: claim.anchorStatus, anchorVersion: claim.anchorVersion, quote: claim.quote.slice(0, 300) },
      after: { anchorVersion: data.articleVersion, start, end, quote: sel.quote.exact.slice(0, 300) },
      requestId,
    });
    await enqueueAnalysis(tx, { claimId: data.claimId, workspaceId: actor.workspaceId, actorId: actor.userId, requestId });
  });
  return dto(data.claimId, actor);
}
