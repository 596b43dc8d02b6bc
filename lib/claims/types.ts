// The serialisable shapes the workbench, the claims table and the API exchange. Plain data (ISO
// strings for dates), free of server imports so client components can use them.
import type { JSONContent } from "@tiptap/core";

export type ClaimPriority = "low" | "normal" | "high" | "urgent";
export type EvidenceStance = "supports" | "refutes" | "context";
export type EvidenceKind = "url" | "document" | "claim";
export type SourceKind = "outlet" | "person" | "organisation" | "government" | "agency" | "document";
export type Reliability = "reliable" | "mixed" | "unreliable" | "unknown";
export type AnchorMethod = "created" | "position" | "quote" | "fuzzy" | "orphan" | "reattached";

export const CLAIM_PRIORITIES = ["low", "normal", "high", "urgent"] as const satisfies readonly ClaimPriority[];
export const EVIDENCE_STANCES = ["supports", "refutes", "context"] as const satisfies readonly EvidenceStance[];
export const SOURCE_KINDS = ["outlet", "person", "organisation", "government", "agency", "document"] as const satisfies readonly SourceKind[];
export const RELIABILITIES = ["reliable", "mixed", "unreliable", "unknown"] as const satisfies readonly Reliability[];

/** A verdict of the workspace's set, its name already resolved for the UI language. */
export interface VerdictDTO {
  id: string;
  /** "unverified", "verified", … for the default set; null for verdicts admins added. */
  key: string | null;
  name: string;
  description: string | null;
  /** #rrggbb */
  color: string;
  claimReviewName: string;
  rating: number;
  requiresEvidence: boolean;
  isInitial: boolean;
  retired: boolean;
  position: number;
}

/** A source as a claim's speaker shows it. */
export interface SourceRef {
  id: string;
  name: string;
  kind: SourceKind;
  description: string | null;
  reliability: Reliability;
}

/** A figure in a claim: ">86 %" is { value: 86, unit: "%", lowerBound: true }. */
export interface Quantity {
  value: number;
  /** Upper end when `range` ("entre 100 et 150"). */
  max?: number | null;
  unit: string;
  /** The words as written ("plus de 86 %"). */
  text: string;
  approximate: boolean;
  lowerBound: boolean;
  upperBound: boolean;
  range: boolean;
}

export interface MemberRef {
  id: string;
  name: string;
}

/** A claim as lists and highlights need it. */
export interface ClaimDTO {
  id: string;
  articleId: string;
  /** Optimistic-concurrency version: send it back with every update. */
  version: number;
  /** The article version the anchor describes; `start`/`end` index that version's text. */
  anchorVersion: number;
  anchorStatus: "anchored" | "orphan";
  quote: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
  statement: string;
  verdictId: string;
  rationale: JSONContent | null;
  rationaleText: string;
  /** YYYY-MM-DD */
  claimDate: string | null;
  firstSeenUrl: string | null;
  /** YYYY-MM-DD */
  firstSeenAt: string | null;
  tags: string[];
  priority: ClaimPriority;
  assignee: MemberRef | null;
  quantities: Quantity[];
  speakers: SourceRef[];
  evidenceCount: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: MemberRef | null;
}

export interface EvidenceDTO {
  id: string;
  claimId: string;
  kind: EvidenceKind;
  stance: EvidenceStance;
  excerpt: string;
  title: string | null;
  url: string | null;
  snapshotStatus: "pending" | "captured" | "failed" | null;
  /** Translation key under "errors" when the snapshot failed. */
  snapshotError: string | null;
  snapshotAt: string | null;
  /** Characters in the snapshot (the text itself is loaded on demand). */
  snapshotLength: number;
  documentName: string | null;
  documentType: string | null;
  /** For kind "claim": the cited claim, with its article. */
  linkedClaim: { id: string; statement: string; quote: string; verdictId: string; articleId: string; articleTitle: string } | null;
  addedBy: MemberRef | null;
  createdAt: string;
}

export interface VerdictChangeDTO {
  id: string;
  fromVerdictId: string | null;
  toVerdictId: string;
  rationaleText: string;
  actor: MemberRef | null;
  createdAt: string;
}

export interface AnchorEventDTO {
  id: string;
  fromVersion: number;
  toVersion: number;
  method: AnchorMethod;
  score: number | null;
  reason: string | null;
  actor: MemberRef | null;
  createdAt: string;
}

/** Everything the claim panel shows. */
export interface ClaimDetailDTO extends ClaimDTO {
  evidence: EvidenceDTO[];
  history: VerdictChangeDTO[];
  anchorEvents: AnchorEventDTO[];
}

/** `details` of a conflict error: the claim as it is now, so the UI can show what changed. */
export interface ClaimConflictDetails {
  current: ClaimDTO;
}

/** A claim found by the "another claim as evidence" picker. */
export interface ClaimSearchHit {
  id: string;
  statement: string;
  quote: string;
  verdictId: string;
  articleId: string;
  articleTitle: string;
}

/** What happened to each claim when an article got a new version. */
export interface ReanchorOutcome {
  claimId: string;
  method: AnchorMethod;
  score: number | null;
  reason: string | null;
}

/** The result of saving a corrected text ("edit text" mode). */
export interface EditTextResult {
  version: number;
  outcomes: ReanchorOutcome[];
}
