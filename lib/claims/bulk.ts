// Bulk actions of the claims table (issue 4): assign, tag, set a verdict on up to MAX_BULK_IDS
// claims at once. Each authorises first and runs in one transaction that locks the claims (in id
// order, so two bulk actions cannot deadlock), changes them, bumps their `version` (so an editor
// holding an older copy gets a conflict rather than overwriting) and records one audit event per
// claim changed, with the same actions and shapes as the single-claim mutations ("claim.update",
// "claim.verdict"). Ids outside the actor's workspace are reported as `notFound` and never touched;
// claims already as asked are `unchanged`; the rest of a bulk verdict obeys lib/claims/rules.ts.
import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import type { AuditInput } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { verdictProblem } from "./rules";
import { MAX_TAGS } from "./schemas";
import {
  bulkAssignSchema,
  bulkSetVerdictSchema,
  bulkTagSchema,
  type BulkAssignInput,
  type BulkResult,
  type BulkSetVerdictInput,
  type BulkSkipReason,
  type BulkTagInput,
} from "./table-schemas";

type Ctx = { actor: Actor; requestId?: string };

/** Up to 500 claims, possibly waiting for another bulk action's locks: more room than Prisma's 5 s default. */
const TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

interface LockedClaim {
  id: string;
  assigneeId: string | null;
  tags: string[];
  verdictId: string;
  rationale: Prisma.JsonValue | null;
  rationaleText: string;
  evidenceCount: number;
}

/** Locks the actor's workspace's claims among `ids` for this transaction; others are simply absent. */
async function lockClaims(tx: Tx, actor: Actor, ids: string[]): Promise<Map<string, LockedClaim>> {
  const rows = await tx.$queryRaw<LockedClaim[]>`
    SELECT c.id::text AS id, c."assigneeId"::text AS "assigneeId", coalesce(c.tags, '{}') AS tags, c."verdictId"::text AS "verdictId",
           c.rationale, c."rationaleText",
           (SELECT count(*) FROM "Evidence" e WHERE e."claimId" = c.id)::int AS "evidenceCount"
    FROM "Claim" c
    WHERE c.id = ANY(${ids}::uuid[]) AND c."workspaceId" = ${actor.workspaceId}::uuid
    ORDER BY c.id
    FOR NO KEY UPDATE OF c`;
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * One INSERT for all of a bulk action's audit events (up to 500): the same rows recordAudit()
 * writes one at a time, in the same transaction as the change.
 */
async function recordAuditMany(tx: Tx, events: AuditInput[]): Promise<void> {
  if (events.length === 0) return;
  await tx.auditEvent.createMany({
    data: events.map((e) => ({
      workspaceId: e.workspaceId,
      actorId: e.actorId,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId ?? null,
      before: e.before ?? undefined,
      after: e.after ?? undefined,
      requestId: e.requestId ?? null,
    })),
  });
}

/** Sorts the requested ids into changes and skips, keeping the caller's order. */
function triage<T>(ids: string[], found: Map<string, LockedClaim>, decide: (c: LockedClaim) => { skip: BulkSkipReason } | { change: T }) {
  const changes: { claim: LockedClaim; change: T }[] = [];
  const skipped: BulkResult["skipped"] = [];
  for (const id of ids) {
    const claim = found.get(id);
    if (!claim) {
      skipped.push({ id, reason: "notFound" });
      continue;
    }
    const d = decide(claim);
    if ("skip" in d) skipped.push({ id, reason: d.skip });
    else changes.push({ claim, change: d.change });
  }
  return { changes, skipped };
}

/** Assigns the claims to a member of the workspace, or unassigns them (`assigneeId: null`). */
export async function bulkAssign({ actor, input, requestId }: Ctx & { input: BulkAssignInput }): Promise<BulkResult> {
  authorize(actor, "claims.write");
  const { claimIds, assigneeId } = bulkAssignSchema.parse(input);
  return db().$transaction(async (tx) => {
    if (assigneeId !== null) {
      const member = await tx.membership.findFirst({ where: { workspaceId: actor.workspaceId, userId: assigneeId }, select: { id: true } });
      if (!member) throw new AppError("validation", { userMessage: "assigneeNotMember", fieldErrors: { assigneeId: ["assigneeNotMember"] } });
    }
    const found = await lockClaims(tx, actor, claimIds);
    const { changes, skipped } = triage(claimIds, found, (c) => (c.assigneeId === assigneeId ? { skip: "unchanged" } : { change: null }));
    const ids = changes.map((c) => c.claim.id);
    if (ids.length > 0) {
      await tx.claim.updateMany({
        where: { id: { in: ids }, workspaceId: actor.workspaceId },
        data: { assigneeId, version: { increment: 1 }, updatedById: actor.userId },
      });
    }
    await recordAuditMany(
      tx,
      changes.map(({ claim }) => ({
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: "claim.update",
        targetType: "claim",
        targetId: claim.id,
        before: { assigneeId: claim.assigneeId },
        after: { assigneeId },
        requestId,
      })),
    );
    return { updated: ids, skipped };
  }, TX_OPTIONS);
}

/**
 * Adds and/or removes tags. A tag both added and removed ends up added; a claim that would pass
 * MAX_TAGS is skipped (`tooManyTags`) rather than silently losing some.
 */
export async function bulkTag({ actor, input, requestId }: Ctx & { input: BulkTagInput }): Promise<BulkResult> {
  authorize(actor, "claims.write");
  const { claimIds, add, remove } = bulkTagSchema.parse(input);
  const removeSet = new Set(remove);
  return db().$transaction(async (tx) => {
    const found = await lockClaims(tx, actor, claimIds);
    const { changes, skipped } = triage<string[]>(claimIds, found, (c) => {
      const kept = c.tags.filter((t) => !removeSet.has(t) || add.includes(t));
      const tags = [...new Set([...kept, ...add])];
      if (tags.length === c.tags.length && tags.every((t, i) => t === c.tags[i])) return { skip: "unchanged" };
      if (tags.length > MAX_TAGS && tags.length > c.tags.length) return { skip: "tooManyTags" };
      return { change: tags };
    });
    if (changes.length > 0) {
      // Every claim gets its own tag list: one UPDATE … FROM a JSON recordset.
      const values = JSON.stringify(changes.map(({ claim, change }) => ({ id: claim.id, tags: change })));
      await tx.$executeRaw`
        UPDATE "Claim" AS c
        SET tags = v.tags, version = c.version + 1, "updatedById" = ${actor.userId}::uuid, "updatedAt" = now()
        FROM jsonb_to_recordset(${values}::jsonb) AS v(id uuid, tags text[])
        WHERE c.id = v.id AND c."workspaceId" = ${actor.workspaceId}::uuid`;
    }
    await recordAuditMany(
      tx,
      changes.map(({ claim, change }) => ({
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: "claim.update",
        targetType: "claim",
        targetId: claim.id,
        before: { tags: claim.tags },
        after: { tags: change },
        requestId,
      })),
    );
    return { updated: changes.map((c) => c.claim.id), skipped };
  }, TX_OPTIONS);
}

/**
 * Gives the claims a verdict where the rules allow it (verdictProblem with each claim's current
 * rationale and evidence count); the others are skipped with the rule's reason. Each change is
 * kept in the claim's verdict history, its rationale unchanged.
 */
export async function bulkSetVerdict({ actor, input, requestId }: Ctx & { input: BulkSetVerdictInput }): Promise<BulkResult> {
  authorize(actor, "verdicts.set");
  const { claimIds, verdictId } = bulkSetVerdictSchema.parse(input);
  return db().$transaction(async (tx) => {
    const verdict = await tx.verdict.findFirst({ where: { id: verdictId, workspaceId: actor.workspaceId } });
    if (!verdict) throw notFound("verdictNotFound");
    const found = await lockClaims(tx, actor, claimIds);
    const { changes, skipped } = triage(claimIds, found, (c) => {
      if (c.verdictId === verdict.id) return { skip: "unchanged" };
      const problem = verdictProblem(verdict, { rationaleText: c.rationaleText, evidenceCount: c.evidenceCount });
      return problem ? { skip: problem } : { change: null };
    });
    const ids = changes.map((c) => c.claim.id);
    if (ids.length > 0) {
      await tx.claim.updateMany({
        where: { id: { in: ids }, workspaceId: actor.workspaceId },
        data: { verdictId: verdict.id, version: { increment: 1 }, updatedById: actor.userId },
      });
      await tx.verdictChange.createMany({
        data: changes.map(({ claim }) => ({
          claimId: claim.id,
          fromVerdictId: claim.verdictId,
          toVerdictId: verdict.id,
          rationale: claim.rationale === null ? Prisma.DbNull : (claim.rationale as Prisma.InputJsonValue),
          rationaleText: claim.rationaleText,
          actorId: actor.userId,
        })),
      });
    }
    await recordAuditMany(
      tx,
      changes.map(({ claim }) => ({
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: "claim.verdict",
        targetType: "claim",
        targetId: claim.id,
        before: { verdictId: claim.verdictId, rationale: claim.rationaleText },
        after: { verdictId: verdict.id, rationale: claim.rationaleText },
        requestId,
      })),
    );
    return { updated: ids, skipped };
  }, TX_OPTIONS);
}
