import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

import { entityKeys, mentionsSpelling } from "./match";
import { encodeReason } from "./reason";
import {
  addAliasSchema,
  aliasDecisionSchema,
  claimLinkSchema,
  createEntitySchema,
  deleteEntitySchema,
  foldSpelling,
  mergeEntitiesSchema,
  splitEntitySchema,
  updateEntitySchema,
  type AddAliasInput,
  type AliasDecisionInput,
  type ClaimLinkInput,
  type CreateEntityInput,
  type DeleteEntityInput,
  type MergeEntitiesInput,
  type SplitEntityInput,
  type UpdateEntityInput,
} from "./schemas";
import { loadForUpdate, lockRegistry, refOf, refreshKeys } from "./store";
import type { AliasStatus, EntityRef, EntityType, MergeEntitiesResult, SplitEntityResult } from "./types";

type Opts<I> = { actor: Actor; input: I; requestId?: string };

export interface AliasResult {
  id: string;
  entityId: string;
  alias: string;
  status: AliasStatus;
}

/** Another entity of `type` answering to one of `keys` (its name's or a confirmed alias's). */
async function findDuplicate(tx: Tx, workspaceId: string, type: EntityType, keys: string[], exceptId?: string): Promise<EntityRef | null> {
  if (keys.length === 0) return null;
  const rows = await tx.$queryRaw<EntityRef[]>`
    SELECT e.id::text AS id, e.name, e.type::text AS type, e.description
    FROM "Entity" e
    WHERE e."workspaceId" = ${workspaceId}::uuid AND e.type = ${type}::"EntityType" AND e.keys && ${keys}::text[]
      ${exceptId ? Prisma.sql`AND e.id <> ${exceptId}::uuid` : Prisma.empty}
    ORDER BY e."createdAt", e.id
    LIMIT 1`;
  return rows[0] ?? null;
}

function duplicate(existing: EntityRef): AppError {
  return new AppError("conflict", {
    userMessage: "entityExists",
    values: { name: existing.name },
    fieldErrors: { name: ["entityExists"] },
    details: { existing },
  });
}

/** An alias of the actor's workspace, its entity row-locked, or `not_found`. */
async function loadAliasForUpdate(tx: Tx, workspaceId: string, aliasId: string) {
  const rows = await tx.$queryRaw<{ entityId: string }[]>`
    SELECT a."entityId"::text AS "entityId" FROM "EntityAlias" a JOIN "Entity" e ON e.id = a."entityId"
    WHERE a.id = ${aliasId}::uuid AND e."workspaceId" = ${workspaceId}::uuid`;
  const row = rows[0];
  if (!row) throw notFound("entityAliasNotFound");
  const entity = await loadForUpdate(tx, workspaceId, row.entityId);
  const alias = await tx.entityAlias.findUnique({ where: { id: aliasId } });
  // Moved or deleted between the lookup and the lock (a merge or split that committed meanwhile).
  if (!alias || alias.entityId !== entity.id) throw notFound("entityAliasNotFound");
  return { entity, alias };
}

/**
 * Adds an entity by hand (editors). A name or alias whose key another entity of the same type
 * already has is a `conflict` naming that entity, so the form can offer it instead.
 */
export async function createEntity({ actor, input, requestId }: Opts<CreateEntityInput>): Promise<EntityRef> {
  authorize(actor, "claims.write");
  const data = createEntitySchema.parse(input);
  const aliases = (data.aliases ?? []).filter((a) => foldSpelling(a) !== foldSpelling(data.name));
  return db().$transaction(async (tx) => {
    await lockRegistry(tx, actor.workspaceId);
    const keys = entityKeys(data.name, aliases);
    const existing = await findDuplicate(tx, actor.workspaceId, data.type, keys);
    if (existing) throw duplicate(existing);
    const now = new Date();
    const entity = await tx.entity.create({
      data: {
        workspaceId: actor.workspaceId,
        type: data.type,
        name: data.name,
        description: data.description ?? null,
        keys,
        aliases: { create: aliases.map((alias) => ({ alias, status: "confirmed" as const, decidedById: actor.userId, decidedAt: now })) },
      },
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "entity.create",
      targetType: "entity",
      targetId: entity.id,
      after: { name: entity.name, type: entity.type, description: entity.description, aliases },
      requestId,
    });
    return refOf(entity);
  });
}

/**
 * Renames, retypes or redescribes an entity. The former name stays as a confirmed alias, so
 * mentions spelled that way still find it; an alias spelled like the new name is dropped (it is
 * the name now). A new name or type that makes it answer to another entity's key is a conflict.
 */
export async function updateEntity({ actor, input, requestId }: Opts<UpdateEntityInput>): Promise<EntityRef> {
  authorize(actor, "claims.write");
  const data = updateEntitySchema.parse(input);
  return db().$transaction(async (tx) => {
    await lockRegistry(tx, actor.workspaceId);
    const current = await loadForUpdate(tx, actor.workspaceId, data.entityId);
    const name = data.name ?? current.name;
    const type = data.type ?? current.type;
    const description = data.description === undefined ? current.description : data.description;
    const renamed = name !== current.name;
    if (renamed || type !== current.type) {
      const existing = await findDuplicate(tx, actor.workspaceId, type, entityKeys(name, []), current.id);
      if (existing) throw duplicate(existing);
    }
    if (!renamed && type === current.type && description === current.description) return refOf(current);

    if (renamed) {
      await tx.entityAlias.deleteMany({ where: { entityId: current.id, alias: name } });
      // A former name that differs only in letter case adds nothing: search ignores case.
      if (current.name.toLowerCase() !== name.toLowerCase()) {
        const decided = { status: "confirmed" as const, decidedById: actor.userId, decidedAt: new Date() };
        await tx.entityAlias.upsert({
          where: { entityId_alias: { entityId: current.id, alias: current.name } },
          create: { entityId: current.id, alias: current.name, reason: encodeReason({ kind: "renamed" }), ...decided },
          update: decided,
        });
      }
    }
    const updated = await tx.entity.update({ where: { id: current.id }, data: { name, type, description } });
    await refreshKeys(tx, current.id);
    const before: Record<string, string | null> = {};
    const after: Record<string, string | null> = {};
    for (const k of ["name", "type", "description"] as const) {
      if (current[k] !== updated[k]) {
        before[k] = current[k];
        after[k] = updated[k];
      }
    }
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "entity.update",
      targetType: "entity",
      targetId: current.id,
      before,
      after,
      requestId,
    });
    return refOf(updated);
  });
}

/** Confirms an alias (a proposal, or one rejected earlier): its key starts finding the entity. */
export async function confirmAlias({ actor, input, requestId }: Opts<AliasDecisionInput>): Promise<AliasResult> {
  authorize(actor, "claims.write");
  const data = aliasDecisionSchema.parse(input);
  return db().$transaction(async (tx) => {
    await lockRegistry(tx, actor.workspaceId);
    const { entity, alias } = await loadAliasForUpdate(tx, actor.workspaceId, data.aliasId);
    if (alias.status === "confirmed") return { id: alias.id, entityId: entity.id, alias: alias.alias, status: alias.status };
    const updated = await tx.entityAlias.update({ where: { id: alias.id }, data: { status: "confirmed", decidedById: actor.userId, decidedAt: new Date() } });
    await refreshKeys(tx, entity.id);
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "entity.alias_confirm",
      targetType: "entity",
      targetId: entity.id,
      before: { alias: alias.alias, status: alias.status },
      after: { alias: alias.alias, status: "confirmed" },
      requestId,
    });
    return { id: updated.id, entityId: entity.id, alias: updated.alias, status: updated.status };
  });
}

/**
 * Rejects an alias (a proposal, or a confirmed one taken back): it stops finding the entity and
 * is never proposed for it again. Claims linked to the entity that mention this spelling and none
 * of its other ones (name and aliases not rejected) were linked for that spelling: they are unlinked.
 */
export async function rejectAlias({ actor, input, requestId }: Opts<AliasDecisionInput>): Promise<AliasResult & { claimsUnlinked: number }> {
  authorize(actor, "claims.write");
  const data = aliasDecisionSchema.parse(input);
  return db().$transaction(async (tx) => {
    await lockRegistry(tx, actor.workspaceId);
    const { entity, alias } = await loadAliasForUpdate(tx, actor.workspaceId, data.aliasId);
    if (alias.status === "rejected") return { id: alias.id, entityId: entity.id, alias: alias.alias, status: alias.status, claimsUnlinked: 0 };
    const updated = await tx.entityAlias.update({ where: { id: alias.id }, data: { status: "rejected", decidedById: actor.userId, decidedAt: new Date() } });
    await refreshKeys(tx, entity.id);

    const others = await tx.entityAlias.findMany({ where: { entityId: entity.id, status: { not: "rejected" } }, select: { alias: true } });
    const staying = [entity.name, ...others.map((o) => o.alias)];
    const linked = await tx.claim.findMany({
      where: { workspaceId: actor.workspaceId, entities: { some: { entityId: entity.id } } },
      select: { id: true, quote: true, statement: true },
    });
    const unlink = linked
      .filter((c) => {
        const text = `${c.quote}\n${c.statement}`;
        return mentionsSpelling(text, alias.alias) && !staying.some((s) => mentionsSpelling(text, s));
      })
      .map((c) => c.id);
    if (unlink.length > 0) await tx.claimEntity.deleteMany({ where: { entityId: entity.id, claimId: { in: unlink } } });

    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "entity.alias_reject",
      targetType: "entity",
      targetId: entity.id,
      before: { alias: alias.alias, status: alias.status },
      after: { alias: alias.alias, status: "rejected", claimsUnlinked: unlink },
      requestId,
    });
    return { id: updated.id, entityId: entity.id, alias: updated.alias, status: updated.status, claimsUnlinked: unlink.length };
  });
}

/** An alias typed by an editor, confirmed at once (an existing row of that spelling is confirmed). */
export async function addAlias({ actor, input, requestId }: Opts<AddAliasInput>): Promise<AliasResult> {
  authorize(actor, "claims.write");
  const data = addAliasSchema.parse(input);
  return db().$transaction(async (tx) => {
    await lockRegistry(tx, actor.workspaceId);
    const entity = await loadForUpdate(tx, actor.workspaceId, data.entityId);
    if (foldSpelling(data.alias) === foldSpelling(entity.name)) {
      throw new AppError("validation", { userMessage: "entityAliasIsName", fieldErrors: { alias: ["entityAliasIsName"] } });
    }
    const existing = await tx.entityAlias.findUnique({ where: { entityId_alias: { entityId: entity.id, alias: data.alias } } });
    const language = data.language === undefined ? existing?.language : data.language;
    if (existing?.status === "confirmed" && language === existing.language) {
      return { id: existing.id, entityId: entity.id, alias: existing.alias, status: existing.status };
    }
    const decided = { status: "confirmed" as const, decidedById: actor.userId, decidedAt: new Date(), language: language ?? null };
    const row = await tx.entityAlias.upsert({
      where: { entityId_alias: { entityId: entity.id, alias: data.alias } },
      create: { entityId: entity.id, alias: data.alias, ...decided },
      update: decided,
    });
    await refreshKeys(tx, entity.id);
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "entity.alias_add",
      targetType: "entity",
      targetId: entity.id,
      before: existing ? { alias: existing.alias, status: existing.status, language: existing.language } : null,
      after: { alias: row.alias, status: row.status, language: row.language },
      requestId,
    });
    return { id: row.id, entityId: entity.id, alias: row.alias, status: row.status };
  });
}

/** An explicit human decision outranks a machine proposal; a confirmation outranks a rejection. */
const STATUS_RANK: Record<AliasStatus, number> = { proposed: 0, rejected: 1, confirmed: 2 };

/**
 * Merges `mergeId` into `keepId`, in one transaction: the merged entity's name becomes a confirmed
 * alias of the kept one, its aliases move over (the same spelling on both collapses to one row
 * with the stronger decision: confirmed, then rejected, then proposed), its claim links move
 * (a claim linked to both keeps one link), keys are recomputed and the merged entity is deleted.
 * The kept entity's name and type stay; an empty description is filled from the merged one.
 */
export async function mergeEntities({ actor, input, requestId }: Opts<MergeEntitiesInput>): Promise<MergeEntitiesResult> {
  authorize(actor, "claims.write");
  const data = mergeEntitiesSchema.parse(input);
  if (data.keepId === data.mergeId) throw new AppError("bad_request", { userMessage: "entityMergeSelf" });
  return db().$transaction(async (tx) => {
    await lockRegistry(tx, actor.workspaceId);
    const keep = await loadForUpdate(tx, actor.workspaceId, data.keepId);
    const merged = await loadForUpdate(tx, actor.workspaceId, data.mergeId);
    const [keepAliases, mergedAliases] = await Promise.all([
      tx.entityAlias.findMany({ where: { entityId: keep.id } }),
      tx.entityAlias.findMany({ where: { entityId: merged.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    ]);
    const now = new Date();
    const incoming = [
      {
        id: null as string | null,
        alias: merged.name,
        language: null as string | null,
        status: "confirmed" as AliasStatus,
        reason: encodeReason({ kind: "merged" }) as string | null,
        score: null as number | null,
        decidedById: actor.userId as string | null,
        decidedAt: now as Date | null,
      },
      ...mergedAliases,
    ];
    const byAlias = new Map(keepAliases.map((a) => [a.alias, a]));
    let aliasesMoved = 0;
    for (const x of incoming) {
      if (x.alias === keep.name) continue;
      const mine = byAlias.get(x.alias);
      if (mine) {
        if (STATUS_RANK[x.status] > STATUS_RANK[mine.status]) {
          await tx.entityAlias.update({ where: { id: mine.id }, data: { status: x.status, reason: x.reason ?? mine.reason, decidedById: x.decidedById, decidedAt: x.decidedAt } });
          byAlias.set(x.alias, { ...mine, status: x.status });
        }
        continue;
      }
      const row = x.id
        ? await tx.entityAlias.update({ where: { id: x.id }, data: { entityId: keep.id } })
        : await tx.entityAlias.create({ data: { entityId: keep.id, alias: x.alias, language: x.language, status: x.status, reason: x.reason, score: x.score, decidedById: x.decidedById, decidedAt: x.decidedAt } });
      byAlias.set(row.alias, row);
      aliasesMoved++;
    }

    const moved = await tx.$queryRaw<{ claimId: string }[]>`
      INSERT INTO "ClaimEntity" ("claimId", "entityId")
      SELECT ce."claimId", ${keep.id}::uuid FROM "ClaimEntity" ce WHERE ce."entityId" = ${merged.id}::uuid
      ON CONFLICT DO NOTHING
      RETURNING "claimId"::text AS "claimId"`;
    await tx.entity.delete({ where: { id: merged.id } });
    const kept = await tx.entity.update({ where: { id: keep.id }, data: { description: keep.description ?? merged.description } });
    await refreshKeys(tx, keep.id);
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "entity.merge",
      targetType: "entity",
      targetId: keep.id,
      before: {
        kept: { id: keep.id, name: keep.name, keys: keep.keys },
        merged: {
          id: merged.id,
          name: merged.name,
          type: merged.type,
          description: merged.description,
          keys: merged.keys,
          aliases: mergedAliases.map((a) => ({ alias: a.alias, status: a.status })),
        },
      },
      after: { aliasesMoved, claimsMoved: moved.map((m) => m.claimId) },
      requestId,
    });
    return { kept: refOf(kept), claimsMoved: moved.length, aliasesMoved };
  });
}

/**
 * Splits the chosen aliases off into a new entity (named `name`, or after the first chosen alias;
 * of `type`, or the same type). The moved spellings are confirmed for the new entity. Claims
 * linked to the old entity that mention a moved spelling move with them, or are linked to both
 * when they also mention a spelling that stays; the others stay.
 */
export async function splitEntity({ actor, input, requestId }: Opts<SplitEntityInput>): Promise<SplitEntityResult> {
  authorize(actor, "claims.write");
  const data = splitEntitySchema.parse(input);
  return db().$transaction(async (tx) => {
    await lockRegistry(tx, actor.workspaceId);
    const entity = await loadForUpdate(tx, actor.workspaceId, data.entityId);
    const ids = [...new Set(data.aliasIds)];
    const found = await tx.entityAlias.findMany({ where: { id: { in: ids }, entityId: entity.id } });
    if (found.length !== ids.length) throw notFound("entityAliasNotFound");
    const chosen = ids.map((id) => found.find((a) => a.id === id)!);
    const name = data.name ?? chosen[0]!.alias;
    if (foldSpelling(name) === foldSpelling(entity.name)) {
      throw new AppError("validation", { userMessage: "entitySplitSameName", fieldErrors: { name: ["entitySplitSameName"] } });
    }
    const type = data.type ?? entity.type;
    const created = await tx.entity.create({ data: { workspaceId: actor.workspaceId, type, name, keys: [] } });
    const now = new Date();
    for (const a of chosen) {
      if (a.alias === name) await tx.entityAlias.delete({ where: { id: a.id } });
      else await tx.entityAlias.update({ where: { id: a.id }, data: { entityId: created.id, status: "confirmed", decidedById: actor.userId, decidedAt: now } });
    }

    const remaining = await tx.entityAlias.findMany({ where: { entityId: entity.id, status: { not: "rejected" } }, select: { alias: true } });
    const movedSpellings = [name, ...chosen.map((a) => a.alias)];
    const stayingSpellings = [entity.name, ...remaining.map((r) => r.alias)];
    const linked = await tx.claim.findMany({
      where: { workspaceId: actor.workspaceId, entities: { some: { entityId: entity.id } } },
      select: { id: true, quote: true, statement: true },
    });
    const move: string[] = [];
    const share: string[] = [];
    for (const c of linked) {
      const text = `${c.quote}\n${c.statement}`;
      if (!movedSpellings.some((s) => mentionsSpelling(text, s))) continue;
      (stayingSpellings.some((s) => mentionsSpelling(text, s)) ? share : move).push(c.id);
    }
    if (move.length + share.length > 0) {
      await tx.claimEntity.createMany({ data: [...move, ...share].map((claimId) => ({ claimId, entityId: created.id })), skipDuplicates: true });
    }
    if (move.length > 0) await tx.claimEntity.deleteMany({ where: { entityId: entity.id, claimId: { in: move } } });
    await refreshKeys(tx, entity.id);
    await refreshKeys(tx, created.id);
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "entity.split",
      targetType: "entity",
      targetId: entity.id,
      before: { id: entity.id, name: entity.name, keys: entity.keys },
      after: { created: { id: created.id, name, type }, aliases: chosen.map((a) => a.alias), claimsMoved: move, claimsShared: share },
      requestId,
    });
    return { created: refOf(created), aliasesMoved: chosen.length, claimsMoved: move.length, claimsShared: share.length };
  });
}

/** The claim and entity of a link, both of the actor's workspace, or `not_found`. */
async function loadLink(tx: Tx, workspaceId: string, entityId: string, claimId: string) {
  const entity = await loadForUpdate(tx, workspaceId, entityId);
  const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId }, select: { id: true } });
  if (!claim) throw notFound("claimNotFound");
  return { entity, claim };
}

/** Links a claim to an entity by hand; linking twice changes nothing. */
export async function linkClaim({ actor, input, requestId }: Opts<ClaimLinkInput>): Promise<{ linked: boolean }> {
  authorize(actor, "claims.write");
  const data = claimLinkSchema.parse(input);
  return db().$transaction(async (tx) => {
    const { entity, claim } = await loadLink(tx, actor.workspaceId, data.entityId, data.claimId);
    const added = await tx.claimEntity.createMany({ data: [{ claimId: claim.id, entityId: entity.id }], skipDuplicates: true });
    if (added.count === 0) return { linked: false };
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "entity.claim_link",
      targetType: "entity",
      targetId: entity.id,
      after: { claimId: claim.id },
      requestId,
    });
    return { linked: true };
  });
}

/** Removes a claim's link to an entity; removing a missing link changes nothing. */
export async function unlinkClaim({ actor, input, requestId }: Opts<ClaimLinkInput>): Promise<{ unlinked: boolean }> {
  authorize(actor, "claims.write");
  const data = claimLinkSchema.parse(input);
  return db().$transaction(async (tx) => {
    const { entity, claim } = await loadLink(tx, actor.workspaceId, data.entityId, data.claimId);
    const removed = await tx.claimEntity.deleteMany({ where: { claimId: claim.id, entityId: entity.id } });
    if (removed.count === 0) return { unlinked: false };
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "entity.claim_unlink",
      targetType: "entity",
      targetId: entity.id,
      before: { claimId: claim.id },
      requestId,
    });
    return { unlinked: true };
  });
}

/** Deletes an entity (a name the engine mistook for one), its aliases and claim links; claims stay. */
export async function deleteEntity({ actor, input, requestId }: Opts<DeleteEntityInput>): Promise<{ id: string }> {
  authorize(actor, "claims.write");
  const data = deleteEntitySchema.parse(input);
  return db().$transaction(async (tx) => {
    await lockRegistry(tx, actor.workspaceId);
    const entity = await loadForUpdate(tx, actor.workspaceId, data.entityId);
    const [aliases, links] = await Promise.all([
      tx.entityAlias.findMany({ where: { entityId: entity.id }, select: { alias: true, status: true } }),
      tx.claimEntity.findMany({ where: { entityId: entity.id }, select: { claimId: true } }),
    ]);
    await tx.entity.delete({ where: { id: entity.id } });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "entity.delete",
      targetType: "entity",
      targetId: entity.id,
      before: { name: entity.name, type: entity.type, description: entity.description, aliases, claimIds: links.map((l) => l.claimId) },
      requestId,
    });
    return { id: entity.id };
  });
}
