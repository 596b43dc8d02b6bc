// Shapes of cross-article matching (issue 5) shared by the server and the claim panel. Plain data,
// no server imports.
import type { FlagCode } from "@/lib/contradictions/types";

export const RELATION_TYPES = ["same_as", "contradicts", "updates", "narrower", "broader"] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
export type RelationStatus = "suggested" | "confirmed" | "dismissed";

/**
 * How a relation reads from the claim being looked at. Stored rows have one direction: "updates"
 * A→B reads "updates" on A and "updatedBy" on B; "narrower" A→B (A is the narrower claim) reads
 * "narrower" on A and "broader" on B. "self" is a flag of a claim on itself (place inconsistency).
 */
export type RelationView = "same_as" | "contradicts" | "updates" | "updatedBy" | "narrower" | "broader" | "self";

export type SignalCode = "sharedEntities" | "sameFigure" | "sameSpeaker" | "closeDates";

export interface ReasonSignal {
  code: SignalCode;
  values: Record<string, string>;
}

/**
 * Why a relation was suggested (or "manual" when an editor added it). `code` and each signal's
 * code are keys under `relations.reasons` / `relations.signals` in messages/<locale>/relations.json.
 */
export interface RelationReason {
  code: "similar" | "manual" | FlagCode;
  values: Record<string, string>;
  signals?: ReasonSignal[];
}

/** Another claim as the relations list shows it. */
export interface LinkedClaim {
  id: string;
  statement: string;
  quote: string;
  verdictId: string;
  version: number;
  articleId: string;
  articleTitle: string;
  outlet: string | null;
  /** /w/<slug>/articles/<articleId>?claim=<id> */
  href: string;
}

export interface RelationDTO {
  id: string;
  /** As stored. */
  type: RelationType;
  view: RelationView;
  status: RelationStatus;
  score: number | null;
  reason: RelationReason | null;
  /** The other claim (the claim itself for "self"). */
  other: LinkedClaim;
  createdAt: string;
  decidedAt: string | null;
}

export interface ClaimLinksDTO {
  claimId: string;
  clusterId: string | null;
  /** The other claims of the cluster, in other articles ("also in N articles"). */
  cluster: LinkedClaim[];
  /** Distinct other articles of the cluster. */
  articleCount: number;
  relations: RelationDTO[];
  /** A conclusive verdict another claim of the cluster has, proposed for this one. */
  suggestedVerdict: { verdictId: string; fromClaimId: string; articleTitle: string; conflicting: boolean } | null;
  /** The claim's analysis (entities, similar claims, contradictions) is queued or running: more may come. */
  analysing: boolean;
}

/** After confirming a contradiction: the Contradictory verdict proposed on both claims. */
export interface VerdictProposal {
  verdictId: string;
  claims: { id: string; version: number; verdictId: string }[];
}

export interface RelationMutationResult {
  relation: { id: string; type: RelationType; status: RelationStatus; fromClaimId: string; toClaimId: string };
  proposal: VerdictProposal | null;
}
