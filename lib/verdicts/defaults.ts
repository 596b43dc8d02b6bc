// The verdict set every workspace starts with (issue 4). Names and descriptions are translated in
// messages/<locale>/claims.json under verdicts.defaults.<key> until an admin renames a verdict.
//
// ClaimReview mapping: `claimReviewName` becomes reviewRating.alternateName and `rating` its
// ratingValue on a 1 (false) – 5 (true) scale, with worstRating 1 and bestRating 5. Verdicts that
// are not a conclusion about the claim's truth (Unverified, In progress, Disputed, Contradictory,
// Unverifiable) sit at the midpoint 3, so a rating never claims more than the verdict does; the
// reports issue only publishes ClaimReview for claims whose verdict is conclusive.
// The same rows are inserted for existing workspaces by migration 20261121140000_claims.

export interface DefaultVerdict {
  key: string;
  color: string;
  claimReviewName: string;
  rating: 1 | 2 | 3 | 4 | 5;
  /** Needs a rationale and at least one evidence item (issue 4: Verified, Mostly true, Misleading, False). */
  requiresEvidence: boolean;
  /** The verdict a new claim starts with. */
  isInitial?: true;
}

export const DEFAULT_VERDICTS: readonly DefaultVerdict[] = [
  { key: "unverified", color: "#64748b", claimReviewName: "Unverified", rating: 3, requiresEvidence: false, isInitial: true },
  { key: "in_progress", color: "#2563eb", claimReviewName: "In progress", rating: 3, requiresEvidence: false },
  { key: "verified", color: "#15803d", claimReviewName: "True", rating: 5, requiresEvidence: true },
  { key: "mostly_true", color: "#65a30d", claimReviewName: "Mostly true", rating: 4, requiresEvidence: true },
  { key: "misleading", color: "#d97706", claimReviewName: "Misleading", rating: 2, requiresEvidence: true },
  { key: "disputed", color: "#ea580c", claimReviewName: "Disputed", rating: 3, requiresEvidence: false },
  { key: "contradictory", color: "#9333ea", claimReviewName: "Contradictory", rating: 3, requiresEvidence: false },
  { key: "false", color: "#dc2626", claimReviewName: "False", rating: 1, requiresEvidence: true },
  { key: "unverifiable", color: "#78716c", claimReviewName: "Unverifiable", rating: 3, requiresEvidence: false },
];

/** Rows for `verdict.createMany` when a workspace is created. */
export function defaultVerdictRows(workspaceId: string) {
  return DEFAULT_VERDICTS.map((v, position) => ({
    workspaceId,
    key: v.key,
    color: v.color,
    claimReviewName: v.claimReviewName,
    rating: v.rating,
    requiresEvidence: v.requiresEvidence,
    isInitial: v.isInitial === true,
    position,
  }));
}
