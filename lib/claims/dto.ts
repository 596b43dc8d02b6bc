// Database rows → the plain shapes of lib/claims/types.ts. One Prisma `include` per shape so every
// query loads exactly what its presenter reads.
import "server-only";
import type { JSONContent } from "@tiptap/core";

import type { Prisma } from "@/lib/generated/prisma/client";

import type { AnchorEventDTO, ClaimDTO, EvidenceDTO, MemberRef, Quantity, VerdictChangeDTO } from "./types";

const userRef = { select: { id: true, name: true } } as const;

/** A claim's anchor (lib/claims/reanchor.ts keeps it in its own table). */
const anchorSelect = { select: { version: true, prefix: true, suffix: true, start: true, end: true } } as const;

export const claimInclude = {
  anchor: anchorSelect,
  assignee: userRef,
  updatedBy: userRef,
  speakers: { orderBy: { position: "asc" }, include: { source: { select: { id: true, name: true, kind: true, description: true, reliability: true } } } },
  _count: { select: { evidence: true } },
} satisfies Prisma.ClaimInclude;

export type ClaimRow = Prisma.ClaimGetPayload<{ include: typeof claimInclude }>;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function toClaimDTO(row: ClaimRow): ClaimDTO {
  const anchor = row.anchor ?? missingAnchor(row.id);
  return {
    id: row.id,
    articleId: row.articleId,
    version: row.version,
    anchorVersion: anchor.version,
    anchorStatus: row.anchorStatus,
    quote: row.quote,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
    start: anchor.start,
    end: anchor.end,
    statement: row.statement,
    verdictId: row.verdictId,
    rationale: (row.rationale as JSONContent | null) ?? null,
    rationaleText: row.rationaleText,
    claimDate: day(row.claimDate),
    firstSeenUrl: row.firstSeenUrl,
    firstSeenAt: day(row.firstSeenAt),
    tags: row.tags,
    priority: row.priority,
    assignee: row.assignee,
    quantities: (row.quantities as unknown as Quantity[]) ?? [],
    speakers: row.speakers.map((s) => s.source),
    evidenceCount: row._count.evidence,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** Every claim is created with its anchor (createClaim), so none lacks one unless the data is broken. */
function missingAnchor(claimId: string): never {
  throw new Error(`claim ${claimId} has no ClaimAnchor row`);
}

export const evidenceInclude = {
  linkedClaim: { select: { id: true, statement: true, quote: true, verdictId: true, articleId: true, article: { select: { title: true } } } },
} satisfies Prisma.EvidenceInclude;

export const evidenceSelect = {
  id: true,
  claimId: true,
  kind: true,
  stance: true,
  excerpt: true,
  title: true,
  url: true,
  snapshotStatus: true,
  snapshotError: true,
  snapshotAt: true,
  documentName: true,
  documentType: true,
  addedById: true,
  createdAt: true,
  ...evidenceInclude,
} satisfies Prisma.EvidenceSelect;

export type EvidenceRow = Prisma.EvidenceGetPayload<{ select: typeof evidenceSelect }>;

export function toEvidenceDTO(row: EvidenceRow, users: ReadonlyMap<string, MemberRef>, snapshotLength = 0): EvidenceDTO {
  const lc = row.linkedClaim;
  return {
    id: row.id,
    claimId: row.claimId,
    kind: row.kind,
    stance: row.stance,
    excerpt: row.excerpt,
    title: row.title,
    url: row.url,
    snapshotStatus: row.snapshotStatus,
    snapshotError: row.snapshotError,
    snapshotAt: row.snapshotAt?.toISOString() ?? null,
    snapshotLength,
    documentName: row.documentName,
    documentType: row.documentType,
    linkedClaim: lc ? { id: lc.id, statement: lc.statement, quote: lc.quote, verdictId: lc.verdictId, articleId: lc.articleId, articleTitle: lc.article.title } : null,
    addedBy: row.addedById ? (users.get(row.addedById) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toVerdictChangeDTO(
  row: { id: string; fromVerdictId: string | null; toVerdictId: string; rationaleText: string; actorId: string | null; createdAt: Date },
  users: ReadonlyMap<string, MemberRef>,
): VerdictChangeDTO {
  return {
    id: row.id,
    fromVerdictId: row.fromVerdictId,
    toVerdictId: row.toVerdictId,
    rationaleText: row.rationaleText,
    actor: row.actorId ? (users.get(row.actorId) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toAnchorEventDTO(
  row: { id: string; fromVersion: number; toVersion: number; method: AnchorEventDTO["method"]; score: number | null; reason: string | null; actorId: string | null; createdAt: Date },
  users: ReadonlyMap<string, MemberRef>,
): AnchorEventDTO {
  return {
    id: row.id,
    fromVersion: row.fromVersion,
    toVersion: row.toVersion,
    method: row.method,
    score: row.score,
    reason: row.reason,
    actor: row.actorId ? (users.get(row.actorId) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
  };
}
