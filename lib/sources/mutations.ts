import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record";
import type { SourceRef } from "@/lib/claims/types";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  createSourceSchema,
  deleteSourceSchema,
  foldName,
  mergeSourcesSchema,
  setReliabilitySchema,
  updateSourceSchema,
  type CreateSourceInput,
  type DeleteSourceInput,
  type MergeSourcesInput,
  type SetReliabilityInput,
  type UpdateSourceInput,
} from "./schemas";
import { fold, SOURCE_REF_COLUMNS, toSourceRef, type SourceRefRow } from "./sql";
import type { MergeSourcesResult } from "./types";

/**
 * Serialises name checks within a workspace: two editors creating "Guérassimov" and
 * "Guerassimov" at the same moment cannot both pass the duplicate check.
 */
async function lockRegistry(tx: Tx, workspaceId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sources:${workspaceId}`}))`;
}

/** The source already named `name` (as its name or one of its aliases), ignoring case and accents. */
async function findByName(tx: Tx, workspaceId: string, name: string, exceptId?: string): Promise<SourceRef | null> {
  const rows = await tx.$queryRaw<SourceRefRow[]>`
    SELECT ${SOURCE_REF_COLUMNS}
    FROM "Source" s
    WHERE s."workspaceId" = ${workspaceId}::uuid
      ${exceptId ? Prisma.sql`AND s.id <> ${exceptId}::uuid` : Prisma.empty}
      AND ${fold(Prisma.sql`${name}`)} IN (
        SELECT ${fold(Prisma.sql`n`)} FROM unnest(array_prepend(s.name::text, coalesce(s.aliases, '{}'))) AS n
      )
    ORDER BY s."createdAt"
    LIMIT 1`;
  const row = rows[0];
  return row ? toSourceRef(row) : null;
}

function duplicate(existing: SourceRef): AppError {
  return new AppError("conflict", {
    userMessage: "sourceExists",
    values: { name: existing.name },
    // No fieldErrors on purpose: the action's formError then carries this very message, which the
    // claim panel's speaker picker shows as is (with `details.existing` to offer that source).
    details: { existing },
  });
}

/** An alias equal to the name itself adds nothing. */
function withoutName(aliases: string[], name: string): string[] {
  const key = foldName(name);
  return aliases.filter((a) => foldName(a) !== key);
}

/** Keeps the first of names that fold alike ("Gerasimov", "gérasimov" → "Gerasimov"). */
function dedupeFolded(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = foldName(n);
    if (!n || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function refOf(s: { id: string; name: string; kind: SourceRef["kind"]; description: string | null; reliability: SourceRef["reliability"] }): SourceRef {
  return { id: s.id, name: s.name, kind: s.kind, description: s.description, reliability: s.reliability };
}

/**
 * Adds a source to the workspace's registry. A name already used by another source (as its name
 * or an alias, ignoring case and accents) is a `conflict` whose details carry that source, so
 * the speaker picker can offer it instead.
 */
export async function createSource({ actor, input, requestId }: { actor: Actor; input: CreateSourceInput; requestId?: string }): Promise<SourceRef> {
  authorize(actor, "sources.write");
  const data = createSourceSchema.parse(input);
  return db().$transaction(async (tx) => {
    await lockRegistry(tx, actor.workspaceId);
    const existing = await findByName(tx, actor.workspaceId, data.name);
    if (existing) throw duplicate(existing);
    const source = await tx.source.create({
      data: {
        workspaceId: actor.workspaceId,
        name: data.name,
        kind: data.kind,
        description: data.description ?? null,
        url: data.url ?? null,
        country: data.country ?? null,
        aliases: withoutName(data.aliases ?? [], data.name),
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "source.create",
      targetType: "source",
      targetId: source.id,
      after: { name: source.name, kind: source.kind, description: source.description, url: source.url, country: source.country, aliases: source.aliases },
      requestId,
    });
    return refOf(source);
  });
}

/** The actor's workspace's source, locked for the rest of the transaction, or `not_found`. */
async function loadForUpdate(tx: Tx, workspaceId: string, sourceId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "Source" WHERE id = ${sourceId}::uuid AND "workspaceId" = ${workspaceId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFound("sourceNotFound");
  return tx.source.findUniqueOrThrow({ where: { id: sourceId } });
}

const EDITABLE = ["name", "kind", "description", "url", "country", "aliases"] as const;

/** Edits a source's name, kind, description, URL, country and aliases (absent fields stay). */
export async function updateSource({ actor, input, requestId }: { actor: Actor; input: UpdateSourceInput; requestId?: string }): Promise<SourceRef> {
  authorize(actor, "sources.write");
  const data = updateSourceSchema.parse(input);
  return db().$transaction(async (tx) => {
    await lockRegistry(tx, actor.workspaceId);
    const current = await loadForUpdate(tx, actor.workspaceId, data.sourceId);
    const name = data.name ?? current.name;
    if (data.name !== undefined && foldName(data.name) !== foldName(current.name)) {
      const existing = await findByName(tx, actor.workspaceId, data.name, current.id);
      if (existing) throw duplicate(existing);
    }
    const next = {
      name,
      kind: data.kind ?? current.kind,
      description: data.description === undefined ? current.description : data.description,
      url: data.url === undefined ? current.url : data.url,
      country: data.country === undefined ? current.country : data.country,
      aliases: withoutName(data.aliases ?? current.aliases, name),
    };
    const changed = EDITABLE.filter((k) => JSON.stringify(next[k]) !== JSON.stringify(current[k]));
    if (changed.length === 0) return refOf(current);
    const updated = await tx.source.update({ where: { id: current.id }, data: next });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "source.update",
      targetType: "source",
      targetId: current.id,
      before: Object.fromEntries(changed.map((k) => [k, current[k]])),
      after: Object.fromEntries(changed.map((k) => [k, updated[k]])),
      requestId,
    });
    return refOf(updated);
  });
}

/** Rates a source (admins and owners); every change is kept with its note, author and time. */
export async function setReliability({ actor, input, requestId }: { actor: Actor; input: SetReliabilityInput; requestId?: string }): Promise<SourceRef> {
  authorize(actor, "sources.reliability");
  const data = setReliabilitySchema.parse(input);
  return db().$transaction(async (tx) => {
    const current = await loadForUpdate(tx, actor.workspaceId, data.sourceId);
    const note = data.note ?? null;
    if (current.reliability === data.rating && current.reliabilityNote === note) return refOf(current);
    const updated = await tx.source.update({ where: { id: current.id }, data: { reliability: data.rating, reliabilityNote: note } });
    await tx.sourceReliabilityChange.create({
      data: { sourceId: current.id, from: current.reliability, to: data.rating, note, actorId: actor.userId },
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "source.reliability",
      targetType: "source",
      targetId: current.id,
      before: { reliability: current.reliability, note: current.reliabilityNote },
      after: { reliability: updated.reliability, note },
      requestId,
    });
    return refOf(updated);
  });
}

/**
 * Merges `mergeId` into `keepId` (admins and owners), in one transaction: the merged source's
 * claims get the kept one as speaker (a claim that had both keeps one entry, at the earlier
 * position, and its version moves on so an editor holding the old speakers gets a conflict,
 * not a silent revert), its reliability history joins the kept one's, its name and aliases
 * become aliases of the kept source, empty description/URL/country are filled from it, and it
 * is deleted. The kept source's name, kind and rating do not change.
 */
export async function mergeSources({ actor, input, requestId }: { actor: Actor; input: MergeSourcesInput; requestId?: string }): Promise<MergeSourcesResult> {
  authorize(actor, "sources.merge");
  const data = mergeSourcesSchema.parse(input);
  if (data.keepId === data.mergeId) throw new AppError("bad_request", { userMessage: "sourceMergeSelf" });
  return db().$transaction(async (tx) => {
    await lockRegistry(tx, actor.workspaceId);
    const keep = await loadForUpdate(tx, actor.workspaceId, data.keepId);
    const merged = await loadForUpdate(tx, actor.workspaceId, data.mergeId);

    const claims = await tx.$queryRaw<{ claimId: string }[]>`
      SELECT "claimId"::text AS "claimId" FROM "ClaimSpeaker" WHERE "sourceId" = ${merged.id}::uuid`;
    const claimIds = claims.map((c) => c.claimId);
    if (claimIds.length > 0) {
      // Claims naming both: the kept entry takes the earlier position, the merged one goes.
      await tx.$executeRaw`
        UPDATE "ClaimSpeaker" k SET position = LEAST(k.position, m.position)
        FROM "ClaimSpeaker" m
        WHERE k."sourceId" = ${keep.id}::uuid AND m."sourceId" = ${merged.id}::uuid AND k."claimId" = m."claimId"`;
      await tx.$executeRaw`
        DELETE FROM "ClaimSpeaker" m
        USING "ClaimSpeaker" k
        WHERE m."sourceId" = ${merged.id}::uuid AND k."sourceId" = ${keep.id}::uuid AND k."claimId" = m."claimId"`;
      await tx.$executeRaw`UPDATE "ClaimSpeaker" SET "sourceId" = ${keep.id}::uuid WHERE "sourceId" = ${merged.id}::uuid`;
      await tx.claim.updateMany({
        where: { id: { in: claimIds }, workspaceId: actor.workspaceId },
        data: { version: { increment: 1 }, updatedById: actor.userId },
      });
    }
    await tx.sourceReliabilityChange.updateMany({ where: { sourceId: merged.id }, data: { sourceId: keep.id } });

    const aliases = withoutName(dedupeFolded([...keep.aliases, merged.name, ...merged.aliases]), keep.name);
    const kept = await tx.source.update({
      where: { id: keep.id },
      data: {
        aliases,
        description: keep.description ?? merged.description,
        url: keep.url ?? merged.url,
        country: keep.country ?? merged.country,
      },
    });
    await tx.source.delete({ where: { id: merged.id } });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "source.merge",
      targetType: "source",
      targetId: keep.id,
      before: {
        kept: { id: keep.id, name: keep.name, aliases: keep.aliases },
        merged: {
          id: merged.id,
          name: merged.name,
          kind: merged.kind,
          description: merged.description,
          url: merged.url,
          country: merged.country,
          aliases: merged.aliases,
          reliability: merged.reliability,
          reliabilityNote: merged.reliabilityNote,
        },
      },
      after: { aliases: kept.aliases, claimsMoved: claimIds },
      requestId,
    });
    return { kept: refOf(kept), claimsMoved: claimIds.length };
  });
}

/** Removes a source nobody cites; one that speaks in a claim must be merged instead. */
export async function deleteSource({ actor, input, requestId }: { actor: Actor; input: DeleteSourceInput; requestId?: string }): Promise<{ id: string }> {
  authorize(actor, "sources.write");
  const data = deleteSourceSchema.parse(input);
  return db().$transaction(async (tx) => {
    const source = await loadForUpdate(tx, actor.workspaceId, data.sourceId);
    const uses = await tx.claimSpeaker.count({ where: { sourceId: source.id } });
    if (uses > 0) throw new AppError("conflict", { userMessage: "sourceInUse", values: { count: uses } });
    await tx.source.delete({ where: { id: source.id } });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "source.delete",
      targetType: "source",
      targetId: source.id,
      before: {
        name: source.name,
        kind: source.kind,
        description: source.description,
        url: source.url,
        country: source.country,
        aliases: source.aliases,
        reliability: source.reliability,
        reliabilityNote: source.reliabilityNote,
      },
      requestId,
    });
    return { id: source.id };
  });
}
