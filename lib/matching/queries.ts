// Reading a claim's links (issue 5): the other claims of its cluster ("also in N articles"), its
// relations in both directions with their status and reason, and the verdict another claim of the
// cluster reached, proposed for this one. Scoped to the actor's workspace.
import "server-only";

import { authorize, type Actor } from "@/lib/authz/authorize";
import { analysisPending } from "@/lib/claims/analysis-queue";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

import { claimIdSchema } from "./schemas";
import { otherSide } from "./score";

import type { ClaimLinksDTO, LinkedClaim, RelationDTO, RelationReason, RelationType, RelationView } from "./types";

const claimSelect = {
  id: true,
  statement: true,
  quote: true,
  verdictId: true,
  version: true,
  articleId: true,
  updatedAt: true,
  article: { select: { title: true, outlet: true } },
  verdict: { select: { rating: true, retiredAt: true } },
} as const;

type ClaimRow = {
  id: string;
  statement: string;
  quote: string;
  verdictId: string;
  version: number;
  articleId: string;
  updatedAt: Date;
  article: { title: string; outlet: string | null };
  verdict: { rating: number; retiredAt: Date | null };
};

function linked(slug: string, c: ClaimRow): LinkedClaim {
  return {
    id: c.id,
    statement: c.statement,
    quote: c.quote,
    verdictId: c.verdictId,
    version: c.version,
    articleId: c.articleId,
    articleTitle: c.article.title,
    outlet: c.article.outlet,
    href: `/w/${encodeURIComponent(slug)}/articles/${c.articleId}?claim=${c.id}`,
  };
}

/** How a stored relation reads from `claimId`'s side. */
export function viewOf(type: RelationType, fromClaimId: string, toClaimId: string, claimId: string): RelationView {
  if (fromClaimId === toClaimId) return "self";
  const outgoing = fromClaimId === claimId;
  if (type === "updates") return outgoing ? "updates" : "updatedBy";
  if (type === "narrower") return outgoing ? "narrower" : "broader";
  if (type === "broader") return outgoing ? "broader" : "narrower";
  return type;
}

/**
 * The stored reason as `claimId` reads it. Its one-sided values ("a", "statusA") are the
 * from-claim's (lib/matching/score.ts), so on the to-claim's side they swap with their twins and
 * "{a} here, {b} there" gives each claim its own figure.
 */
function reasonFrom(r: { reason: unknown; fromClaimId: string; toClaimId: string }, claimId: string): RelationReason | null {
  const reason = (r.reason as RelationReason | null) ?? null;
  if (!reason?.values || r.fromClaimId === claimId) return reason;
  return otherSide(reason);
}

/** A verdict that concludes on the claim's truth (not Unverified, In progress, Disputed…: rating 3 is the midpoint). */
const conclusive = (v: { rating: number; retiredAt: Date | null }) => v.rating !== 3 && v.retiredAt === null;

export async function getClaimLinks({ actor, claimId }: { actor: Actor; claimId: string }): Promise<ClaimLinksDTO> {
  authorize(actor, "workspace.read");
  if (!claimIdSchema.safeParse({ claimId }).success) throw notFound("claimNotFound");
  const claim = await db().claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId },
    select: { id: true, articleId: true, clusterId: true, verdictId: true, workspace: { select: { slug: true } } },
  });
  if (!claim) throw notFound("claimNotFound");
  const slug = claim.workspace.slug;

  const [members, relations, analysing] = await Promise.all([
    claim.clusterId
      ? db().claim.findMany({ where: { workspaceId: actor.workspaceId, clusterId: claim.clusterId, id: { not: claim.id } }, select: claimSelect, orderBy: { createdAt: "asc" } })
      : Promise.resolve([] as ClaimRow[]),
    db().claimRelation.findMany({
      where: { workspaceId: actor.workspaceId, OR: [{ fromClaimId: claim.id }, { toClaimId: claim.id }] },
      include: { fromClaim: { select: claimSelect }, toClaim: { select: claimSelect } },
      orderBy: [{ status: "asc" }, { score: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }],
    }),
    analysisPending(claim.id),
  ]);

  const otherArticles = members.filter((m) => m.articleId !== claim.articleId);
  const rels: RelationDTO[] = relations.map((r) => {
    const other = r.fromClaimId === claim.id ? r.toClaim : r.fromClaim;
    return {
      id: r.id,
      type: r.type,
      view: viewOf(r.type, r.fromClaimId, r.toClaimId, claim.id),
      status: r.status,
      score: r.score,
      reason: reasonFrom(r, claim.id),
      other: linked(slug, other),
      createdAt: r.createdAt.toISOString(),
      decidedAt: r.decidedAt?.toISOString() ?? null,
    };
  });

  // The most recent conclusive verdict of the cluster, when it differs from this claim's.
  const decided = members.filter((m) => conclusive(m.verdict)).sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
  const top = decided[0];
  const suggestedVerdict =
    top && top.verdictId !== claim.verdictId
      ? { verdictId: top.verdictId, fromClaimId: top.id, articleTitle: top.article.title, conflicting: new Set(decided.map((d) => d.verdictId)).size > 1 }
      : null;

  return {
    claimId: claim.id,
    clusterId: claim.clusterId,
    cluster: otherArticles.map((m) => linked(slug, m)),
    articleCount: new Set(otherArticles.map((m) => m.articleId)).size,
    relations: rels,
    suggestedVerdict,
    analysing,
  };
}
