// Reading claims: an article's claims for the workbench, one claim in full for its panel, the
// "another claim as evidence" search. Every query is scoped to the actor's workspace.
import "server-only";

import { authorize, type Actor } from "@/lib/authz/authorize";
import { db, type Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { idSchema } from "@/lib/members/schemas";

import { claimInclude, evidenceSelect, toAnchorEventDTO, toClaimDTO, toEvidenceDTO, toVerdictChangeDTO } from "./dto";
import type { ClaimDetailDTO, ClaimDTO, ClaimSearchHit, MemberRef } from "./types";

async function usersById(ids: Iterable<string | null>): Promise<Map<string, MemberRef>> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const users = await db().user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u]));
}

/** An article's claims in text order (anchored by position, then orphans by creation). */
export async function listArticleClaims({ actor, articleId }: { actor: Actor; articleId: string }): Promise<ClaimDTO[]> {
  authorize(actor, "workspace.read");
  if (!idSchema.safeParse(articleId).success) throw notFound("articleNotFound");
  const rows = await db().claim.findMany({
    where: { articleId, workspaceId: actor.workspaceId },
    include: claimInclude,
    orderBy: [{ anchor: { start: { sort: "asc", nulls: "last" } } }, { anchor: { end: "desc" } }, { createdAt: "asc" }],
  });
  return rows.map(toClaimDTO);
}

/** Where an article version's anchored claims sit (suggestions overlapping one are not shown). */
export async function anchoredSpans(client: Tx, where: { workspaceId: string; articleId: string; version: number }): Promise<{ start: number; end: number }[]> {
  const anchors = await client.claimAnchor.findMany({
    where: { version: where.version, start: { not: null }, end: { not: null }, claim: { workspaceId: where.workspaceId, articleId: where.articleId, anchorStatus: "anchored" } },
    select: { start: true, end: true },
  });
  return anchors.map((a) => ({ start: a.start!, end: a.end! }));
}

/** One claim with its evidence, verdict history and anchor history. */
export async function getClaimDetail({ actor, claimId }: { actor: Actor; claimId: string }): Promise<ClaimDetailDTO> {
  authorize(actor, "workspace.read");
  if (!idSchema.safeParse(claimId).success) throw notFound("claimNotFound");
  const row = await db().claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId },
    include: {
      ...claimInclude,
      evidence: { select: evidenceSelect, orderBy: { createdAt: "asc" } },
      verdictChanges: { orderBy: { createdAt: "desc" } },
      anchorEvents: { orderBy: { createdAt: "desc" }, take: 50 },
    },
  });
  if (!row) throw notFound("claimNotFound");
  const lengths = await snapshotLengths(row.evidence.map((e) => e.id));
  const users = await usersById([
    ...row.evidence.map((e) => e.addedById),
    ...row.verdictChanges.map((v) => v.actorId),
    ...row.anchorEvents.map((a) => a.actorId),
  ]);
  return {
    ...toClaimDTO(row),
    evidence: row.evidence.map((e) => toEvidenceDTO(e, users, lengths.get(e.id) ?? 0)),
    history: row.verdictChanges.map((v) => toVerdictChangeDTO(v, users)),
    anchorEvents: row.anchorEvents.map((a) => toAnchorEventDTO(a, users)),
  };
}

async function snapshotLengths(ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db().$queryRaw<{ id: string; n: number }[]>`
    SELECT "id", COALESCE(char_length("snapshotText"), char_length("documentText"), 0)::int AS n
      FROM "Evidence" WHERE "id" = ANY(${ids}::uuid[])`;
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** One claim as lists show it (used after a mutation and for conflict details). */
export async function getClaimDTO(claimId: string, workspaceId: string): Promise<ClaimDTO | null> {
  const row = await db().claim.findFirst({ where: { id: claimId, workspaceId }, include: claimInclude });
  if (!row) return null;
  return toClaimDTO(row);
}

/** The text captured for a URL evidence item (or extracted from an uploaded document). */
export async function getEvidenceSnapshot({ actor, evidenceId }: { actor: Actor; evidenceId: string }): Promise<{ text: string }> {
  authorize(actor, "workspace.read");
  if (!idSchema.safeParse(evidenceId).success) throw notFound("evidenceNotFound");
  const row = await db().evidence.findFirst({
    where: { id: evidenceId, claim: { workspaceId: actor.workspaceId } },
    select: { snapshotText: true, documentText: true },
  });
  if (!row) throw notFound("evidenceNotFound");
  return { text: row.snapshotText ?? row.documentText ?? "" };
}

/** Claims of the workspace whose statement or quote contains `q` (accent- and case-insensitive). */
export async function searchClaims({ actor, q, excludeId, limit = 10 }: { actor: Actor; q: string; excludeId?: string; limit?: number }): Promise<ClaimSearchHit[]> {
  authorize(actor, "workspace.read");
  const term = q.trim().slice(0, 200);
  const exclude = excludeId && idSchema.safeParse(excludeId).success ? excludeId : null;
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db().$queryRaw<ClaimSearchHit[]>`
    SELECT c."id", c."statement", c."quote", c."verdictId", c."articleId", a."title" AS "articleTitle"
      FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
     WHERE c."workspaceId" = ${actor.workspaceId}::uuid
       AND (${exclude}::uuid IS NULL OR c."id" <> ${exclude}::uuid)
       AND (${term} = '' OR unaccent(lower(c."statement" || ' ' || c."quote")) LIKE unaccent(lower(${pattern})))
     ORDER BY c."updatedAt" DESC
     LIMIT ${Math.min(Math.max(1, limit), 50)}`;
  return rows;
}
