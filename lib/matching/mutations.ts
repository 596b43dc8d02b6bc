// Relations between claims, as editors decide them (issue 5): confirm or dismiss what the engine
// suggested, link two claims by hand, remove a link, re-run matching for a claim. Each authorises
// "claims.write", runs in one transaction with its audit event, and is scoped to the actor's
// workspace (another workspace's ids answer not_found). Confirming `same_as` merges the two
// claims' clusters; dismissing or removing a confirmed one re-splits that cluster. Confirming
// `contradicts` answers with the Contradictory verdict proposed on both claims — proposed, not
// set: the editor applies it (setVerdict) with each claim's version.
import "server-only";

import { recordAudit } from "@/lib/audit/record";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

import { analyseClaim, type AnalyseResult } from "./analyse";
import { mergeClusters, resplitCluster } from "./clusters";
import { canonical } from "./score";
import { addRelationSchema, claimIdSchema, relationIdSchema, type AddRelationInput, type RelationIdInput } from "./schemas";
import type { RelationMutationResult, RelationType, VerdictProposal } from "./types";

type Ctx = { actor: Actor; requestId?: string };

/** The verdict a confirmed contradiction proposes (the default set's "contradictory"). */
export const CONTRADICTORY_KEY = "contradictory";

async function lockRelation(tx: Tx, actor: Actor, relationId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "ClaimRelation" WHERE "id" = ${relationId}::uuid AND "workspaceId" = ${actor.workspaceId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFound("relationNotFound");
  return tx.claimRelation.findUniqueOrThrow({ where: { id: relationId } });
}

async function proposalFor(tx: Tx, actor: Actor, claimIds: string[]): Promise<VerdictProposal | null> {
  const verdict = await tx.verdict.findFirst({ where: { workspaceId: actor.workspaceId, key: CONTRADICTORY_KEY, retiredAt: null }, select: { id: true } });
  if (!verdict) return null;
  const claims = await tx.claim.findMany({ where: { id: { in: [...new Set(claimIds)] }, workspaceId: actor.workspaceId }, select: { id: true, version: true, verdictId: true } });
  // Claims already Contradictory need nothing.
  const pending = claims.filter((c) => c.verdictId !== verdict.id);
  const order = [...new Set(claimIds)];
  return pending.length > 0 ? { verdictId: verdict.id, claims: order.flatMap((id) => pending.filter((c) => c.id === id)) } : null;
}

function result(r: { id: string; type: RelationType; status: "suggested" | "confirmed" | "dismissed"; fromClaimId: string; toClaimId: string }, proposal: VerdictProposal | null): RelationMutationResult {
  return { relation: { id: r.id, type: r.type, status: r.status, fromClaimId: r.fromClaimId, toClaimId: r.toClaimId }, proposal };
}

const audited = (r: { type: string; fromClaimId: string; toClaimId: string; status: string }) => ({ type: r.type, fromClaimId: r.fromClaimId, toClaimId: r.toClaimId, status: r.status });

/** Confirms a suggested (or dismissed) relation. */
export async function confirmRelation({ actor, input, requestId }: Ctx & { input: RelationIdInput }): Promise<RelationMutationResult> {
  authorize(actor, "claims.write");
  const { relationId } = relationIdSchema.parse(input);
  return db().$transaction(async (tx) => {
    const rel = await lockRelation(tx, actor, relationId);
    const updated = await tx.claimRelation.update({ where: { id: rel.id }, data: { status: "confirmed", decidedById: actor.userId, decidedAt: new Date() } });
    if (rel.type === "same_as" && rel.fromClaimId !== rel.toClaimId) await mergeClusters(tx, actor.workspaceId, rel.fromClaimId, rel.toClaimId);
    await recordAudit(tx, { workspaceId: actor.workspaceId, actorId: actor.userId, action: "claim_relation.confirm", targetType: "claim_relation", targetId: rel.id, before: audited(rel), after: audited(updated), requestId });
    const proposal = rel.type === "contradicts" ? await proposalFor(tx, actor, [rel.fromClaimId, rel.toClaimId]) : null;
    return result(updated, proposal);
  });
}

/** Dismisses a relation: it is not suggested again for these two claims. */
export async function dismissRelation({ actor, input, requestId }: Ctx & { input: RelationIdInput }): Promise<RelationMutationResult> {
  authorize(actor, "claims.write");
  const { relationId } = relationIdSchema.parse(input);
  return db().$transaction(async (tx) => {
    const rel = await lockRelation(tx, actor, relationId);
    const updated = await tx.claimRelation.update({ where: { id: rel.id }, data: { status: "dismissed", decidedById: actor.userId, decidedAt: new Date() } });
    if (rel.type === "same_as" && rel.status === "confirmed") await resplitAround(tx, actor, rel.fromClaimId);
    await recordAudit(tx, { workspaceId: actor.workspaceId, actorId: actor.userId, action: "claim_relation.dismiss", targetType: "claim_relation", targetId: rel.id, before: audited(rel), after: audited(updated), requestId });
    return result(updated, null);
  });
}

/** Deletes a relation (a link added by hand, or a decision to forget). */
export async function removeRelation({ actor, input, requestId }: Ctx & { input: RelationIdInput }): Promise<{ id: string }> {
  authorize(actor, "claims.write");
  const { relationId } = relationIdSchema.parse(input);
  return db().$transaction(async (tx) => {
    const rel = await lockRelation(tx, actor, relationId);
    await tx.claimRelation.delete({ where: { id: rel.id } });
    if (rel.type === "same_as" && rel.status === "confirmed") await resplitAround(tx, actor, rel.fromClaimId);
    await recordAudit(tx, { workspaceId: actor.workspaceId, actorId: actor.userId, action: "claim_relation.remove", targetType: "claim_relation", targetId: rel.id, before: audited(rel), requestId });
    return { id: rel.id };
  });
}

async function resplitAround(tx: Tx, actor: Actor, claimId: string): Promise<void> {
  const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId: actor.workspaceId }, select: { clusterId: true } });
  if (claim?.clusterId) await resplitCluster(tx, actor.workspaceId, claim.clusterId);
}

/**
 * Links two claims by hand, confirmed at once. Symmetric types are stored once in canonical
 * direction, "broader" as "narrower" the other way round; an existing suggestion or dismissal of
 * the same link becomes confirmed.
 */
export async function addRelation({ actor, input, requestId }: Ctx & { input: AddRelationInput }): Promise<RelationMutationResult> {
  authorize(actor, "claims.write");
  const data = addRelationSchema.parse(input);
  let [from, to] = [data.fromClaimId, data.toClaimId];
  let type: RelationType = data.type;
  if (type === "broader") [from, to, type] = [to, from, "narrower"];
  if (type === "same_as" || type === "contradicts") [from, to] = canonical(from, to);
  return db().$transaction(async (tx) => {
    const found = await tx.claim.count({ where: { id: { in: [from, to] }, workspaceId: actor.workspaceId } });
    if (found !== 2) throw notFound("claimNotFound");
    const reason = { code: "manual", values: {} } as Prisma.InputJsonValue;
    const before = await tx.claimRelation.findUnique({ where: { fromClaimId_toClaimId_type: { fromClaimId: from, toClaimId: to, type } } });
    const rel = await tx.claimRelation.upsert({
      where: { fromClaimId_toClaimId_type: { fromClaimId: from, toClaimId: to, type } },
      create: { workspaceId: actor.workspaceId, fromClaimId: from, toClaimId: to, type, status: "confirmed", reason, createdById: actor.userId, decidedById: actor.userId, decidedAt: new Date() },
      update: { status: "confirmed", decidedById: actor.userId, decidedAt: new Date() },
    });
    if (type === "same_as") await mergeClusters(tx, actor.workspaceId, from, to);
    await recordAudit(tx, { workspaceId: actor.workspaceId, actorId: actor.userId, action: "claim_relation.add", targetType: "claim_relation", targetId: rel.id, before: before ? audited(before) : null, after: audited(rel), requestId });
    const proposal = type === "contradicts" ? await proposalFor(tx, actor, [data.fromClaimId, data.toClaimId]) : null;
    return result(rel, proposal);
  });
}

/** Runs matching for one claim now (the panel's "look again"), e.g. for claims made before matching existed. */
export async function reanalyseClaim({ actor, input }: Ctx & { input: { claimId: string } }): Promise<AnalyseResult> {
  authorize(actor, "claims.write");
  const { claimId } = claimIdSchema.parse(input);
  return db().$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId: actor.workspaceId }, select: { id: true } });
    if (!claim) throw notFound("claimNotFound");
    const r = await analyseClaim(tx, claimId);
    if (!r) throw new AppError("not_found", { userMessage: "claimNotFound" });
    return r;
  });
}
