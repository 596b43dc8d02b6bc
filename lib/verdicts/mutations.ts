// Admins manage the verdict set (issue 4): rename, recolour, describe, map to ClaimReview, add,
// retire/restore, reorder, choose the verdict new claims start with. Every function authorizes
// "verdicts.manage" first, works inside one transaction that first locks the workspace's verdicts
// (so two admins' changes serialise and the rules below hold), and audits in that transaction.
import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Verdict } from "@/lib/generated/prisma/client";
import { locales } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/messages";
import {
  createVerdictSchema,
  MAX_VERDICTS,
  reorderVerdictsSchema,
  updateVerdictSchema,
  verdictNameKey,
  verdictRefSchema,
  type CreateVerdictInput,
  type ReorderVerdictsInput,
  type UpdateVerdictInput,
  type VerdictRefInput,
} from "./schemas";

interface Options<I> {
  actor: Actor;
  input: I;
  requestId?: string;
}

/**
 * Locks every verdict of the workspace (NO KEY UPDATE: claims referencing them are not blocked)
 * and returns them in order. Checks such as "the name is not taken" or "one verdict stays
 * usable" read this locked set, so concurrent admins cannot both pass them.
 */
async function lockSet(tx: Tx, workspaceId: string): Promise<Verdict[]> {
  await tx.$queryRaw`SELECT id FROM "Verdict" WHERE "workspaceId" = ${workspaceId}::uuid FOR NO KEY UPDATE`;
  return tx.verdict.findMany({ where: { workspaceId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
}

function find(set: Verdict[], verdictId: string): Verdict {
  // Only the actor's workspace is in `set`: another workspace's id is simply "not found".
  const v = set.find((x) => x.id === verdictId);
  if (!v) throw notFound("verdictNotFound");
  return v;
}

type Tree = { [k: string]: string | Tree };
function pick(tree: Tree, path: string[]): string | null {
  let cur: string | Tree | undefined = tree;
  for (const p of path) cur = typeof cur === "object" ? cur[p] : undefined;
  return typeof cur === "string" ? cur : null;
}

/** A default verdict's translated name or description in every UI language. */
function defaultTexts(key: string | null, field: "name" | "description"): string[] {
  if (key === null) return [];
  return locales.map((l) => pick(messagesFor(l) as Tree, ["verdicts", "defaults", key, field])).filter((s): s is string => s !== null);
}

/** Every name a verdict shows in some language: the admin's, or the default's translations. */
function shownNames(v: Pick<Verdict, "key" | "name">): string[] {
  return v.name !== null ? [v.name] : defaultTexts(v.key, "name");
}

function assertNameFree(set: Verdict[], name: string, exceptId: string | null) {
  const wanted = verdictNameKey(name);
  // Retired verdicts count: they still label old claims, so a new one must not look the same.
  const clash = set.find((v) => v.id !== exceptId && shownNames(v).some((n) => verdictNameKey(n) === wanted));
  if (clash) {
    throw new AppError("conflict", { userMessage: "verdictNameTaken", values: { name }, fieldErrors: { name: ["verdictNameTaken"] } });
  }
}

/**
 * What to store for a default verdict's text: null (= follow the translations) when the admin
 * left or put back the default wording in any language, else their own text.
 */
function customOrNull(key: string | null, field: "name" | "description", value: string): string | null {
  return defaultTexts(key, field).includes(value) ? null : value;
}

const snapshot = (v: Verdict) => ({
  key: v.key,
  name: v.name,
  description: v.description,
  color: v.color,
  claimReviewName: v.claimReviewName,
  rating: v.rating,
  requiresEvidence: v.requiresEvidence,
  isInitial: v.isInitial,
  position: v.position,
  retired: v.retiredAt !== null,
});

/** Changes a verdict's name, description, colour, ClaimReview mapping or evidence rule. */
export async function updateVerdict({ actor, input, requestId }: Options<UpdateVerdictInput>) {
  authorize(actor, "verdicts.manage");
  const { verdictId, ...patch } = updateVerdictSchema.parse(input);
  return db().$transaction(async (tx) => {
    const set = await lockSet(tx, actor.workspaceId);
    const current = find(set, verdictId);
    const data: Partial<Pick<Verdict, "name" | "description" | "color" | "claimReviewName" | "rating" | "requiresEvidence">> = {};
    if (patch.name !== undefined) {
      if (patch.name === "") {
        // An empty name puts a default verdict back to its translated name; an added one needs one.
        if (current.key === null) throw new AppError("validation", { fieldErrors: { name: ["verdictNameRequired"] } });
        data.name = null;
      } else {
        data.name = current.key === null ? patch.name : customOrNull(current.key, "name", patch.name);
      }
      for (const n of data.name === null ? defaultTexts(current.key, "name") : [data.name]) assertNameFree(set, n, current.id);
    }
    if (patch.description !== undefined) {
      data.description = current.key === null ? patch.description || null : customOrNull(current.key, "description", patch.description);
    }
    if (patch.color !== undefined) data.color = patch.color;
    if (patch.claimReviewName !== undefined) data.claimReviewName = patch.claimReviewName;
    if (patch.rating !== undefined) data.rating = patch.rating;
    if (patch.requiresEvidence !== undefined) data.requiresEvidence = patch.requiresEvidence;

    const changed = (Object.keys(data) as (keyof typeof data)[]).filter((k) => data[k] !== current[k]);
    if (changed.length === 0) return current;
    const updated = await tx.verdict.update({ where: { id: current.id }, data });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "verdict.update",
      targetType: "verdict",
      targetId: current.id,
      before: Object.fromEntries(changed.map((k) => [k, current[k]])),
      after: Object.fromEntries(changed.map((k) => [k, updated[k]])),
      requestId,
    });
    return updated;
  });
}

/** Adds a verdict of the admins' own at the end of the set. */
export async function createVerdict({ actor, input, requestId }: Options<CreateVerdictInput>) {
  authorize(actor, "verdicts.manage");
  const data = createVerdictSchema.parse(input);
  return db().$transaction(async (tx) => {
    const set = await lockSet(tx, actor.workspaceId);
    if (set.length >= MAX_VERDICTS) throw new AppError("conflict", { userMessage: "verdictSetFull", values: { max: MAX_VERDICTS } });
    assertNameFree(set, data.name, null);
    const created = await tx.verdict.create({
      data: {
        workspaceId: actor.workspaceId,
        key: null,
        name: data.name,
        description: data.description || null,
        color: data.color,
        claimReviewName: data.claimReviewName,
        rating: data.rating,
        requiresEvidence: data.requiresEvidence,
        isInitial: false,
        position: set.reduce((max, v) => Math.max(max, v.position), -1) + 1,
      },
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "verdict.create",
      targetType: "verdict",
      targetId: created.id,
      after: snapshot(created),
      requestId,
    });
    return created;
  });
}

/**
 * Retires a verdict: claims that have it keep it, but it can no longer be given. The verdict new
 * claims start with cannot be retired (choose another one first), and one verdict at least stays
 * usable.
 */
export async function retireVerdict({ actor, input, requestId }: Options<VerdictRefInput>) {
  authorize(actor, "verdicts.manage");
  const { verdictId } = verdictRefSchema.parse(input);
  return db().$transaction(async (tx) => {
    const set = await lockSet(tx, actor.workspaceId);
    const current = find(set, verdictId);
    if (current.retiredAt !== null) return current;
    if (current.isInitial) throw new AppError("conflict", { userMessage: "verdictInitialRetire" });
    if (!set.some((v) => v.id !== current.id && v.retiredAt === null)) throw new AppError("conflict", { userMessage: "verdictLastActive" });
    const updated = await tx.verdict.update({ where: { id: current.id }, data: { retiredAt: new Date() } });
    const claims = await tx.claim.count({ where: { verdictId: current.id } });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "verdict.retire",
      targetType: "verdict",
      targetId: current.id,
      before: { retired: false },
      after: { retired: true, claims },
      requestId,
    });
    return updated;
  });
}

/** Makes a retired verdict available again. */
export async function restoreVerdict({ actor, input, requestId }: Options<VerdictRefInput>) {
  authorize(actor, "verdicts.manage");
  const { verdictId } = verdictRefSchema.parse(input);
  return db().$transaction(async (tx) => {
    const set = await lockSet(tx, actor.workspaceId);
    const current = find(set, verdictId);
    if (current.retiredAt === null) return current;
    const updated = await tx.verdict.update({ where: { id: current.id }, data: { retiredAt: null } });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "verdict.restore",
      targetType: "verdict",
      targetId: current.id,
      before: { retired: true },
      after: { retired: false },
      requestId,
    });
    return updated;
  });
}

/**
 * Puts the set in the given order. The list must hold every verdict of the workspace exactly
 * once; a list made from a stale page (a verdict added or unknown meanwhile) is a conflict.
 */
export async function reorderVerdicts({ actor, input, requestId }: Options<ReorderVerdictsInput>) {
  authorize(actor, "verdicts.manage");
  const { verdictIds } = reorderVerdictsSchema.parse(input);
  return db().$transaction(async (tx) => {
    const set = await lockSet(tx, actor.workspaceId);
    for (const id of verdictIds) find(set, id);
    if (verdictIds.length !== set.length) throw new AppError("conflict", { userMessage: "verdictOrderStale" });
    const before = set.map((v) => v.id);
    if (before.every((id, i) => verdictIds[i] === id) && set.every((v, i) => v.position === i)) return set;
    for (const [position, id] of verdictIds.entries()) {
      const v = find(set, id);
      if (v.position !== position) await tx.verdict.update({ where: { id }, data: { position } });
    }
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "verdict.reorder",
      targetType: "workspace",
      targetId: actor.workspaceId,
      before: { order: before },
      after: { order: verdictIds },
      requestId,
    });
    return tx.verdict.findMany({ where: { workspaceId: actor.workspaceId }, orderBy: { position: "asc" } });
  });
}

/** Chooses the verdict new claims start with (exactly one per workspace; not a retired one). */
export async function setInitialVerdict({ actor, input, requestId }: Options<VerdictRefInput>) {
  authorize(actor, "verdicts.manage");
  const { verdictId } = verdictRefSchema.parse(input);
  return db().$transaction(async (tx) => {
    const set = await lockSet(tx, actor.workspaceId);
    const target = find(set, verdictId);
    if (target.isInitial) return target;
    if (target.retiredAt !== null) throw new AppError("conflict", { userMessage: "verdictInitialRetired" });
    const previous = set.find((v) => v.isInitial) ?? null;
    await tx.verdict.updateMany({ where: { workspaceId: actor.workspaceId, isInitial: true }, data: { isInitial: false } });
    const updated = await tx.verdict.update({ where: { id: target.id }, data: { isInitial: true } });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "verdict.set_initial",
      targetType: "verdict",
      targetId: target.id,
      before: { initialVerdictId: previous?.id ?? null },
      after: { initialVerdictId: target.id },
      requestId,
    });
    return updated;
  });
}
