// Verdict rules (issue 4): a conclusive verdict (Verified, Mostly true, Misleading, False — any
// verdict flagged `requiresEvidence`) needs a written rationale and at least one evidence item.
// Pure, so the server enforces it and the UI explains it before the editor even tries.

export type VerdictProblem = "verdictNeedsRationale" | "verdictNeedsEvidence" | "verdictRetired";

/**
 * What stops `claim` from getting `verdict`, or null when nothing does. `rationaleText` is the
 * rationale the claim will have after the change (plain text); `evidenceCount` its evidence items.
 * A retired verdict may stay on old claims but cannot be newly given.
 */
export function verdictProblem(
  verdict: { requiresEvidence: boolean; retired?: boolean; retiredAt?: Date | string | null },
  claim: { rationaleText: string; evidenceCount: number },
): VerdictProblem | null {
  if (verdict.retired === true || (verdict.retiredAt !== undefined && verdict.retiredAt !== null)) return "verdictRetired";
  if (!verdict.requiresEvidence) return null;
  if (claim.rationaleText.trim() === "") return "verdictNeedsRationale";
  if (claim.evidenceCount < 1) return "verdictNeedsEvidence";
  return null;
}
