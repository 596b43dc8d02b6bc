"use server";
// Claim server actions for the workbench (article page) and the claims table. Each one only
// parses, resolves the workspace and calls lib/claims, which authorises and audits.
import { z } from "zod";

import { workspaceAction } from "@/lib/actions/pipeline";
import { addDocumentEvidence, addEvidence, removeEvidence } from "@/lib/claims/evidence";
import { createClaim, deleteClaim, reattachClaim, setVerdict, updateClaim } from "@/lib/claims/mutations";
import { getClaimDetail, getEvidenceSnapshot, searchClaims } from "@/lib/claims/queries";
import {
  addEvidenceSchema,
  createClaimSchema,
  deleteClaimSchema,
  reattachClaimSchema,
  removeEvidenceSchema,
  setVerdictSchema,
  updateClaimSchema,
} from "@/lib/claims/schemas";

// Actions receive plain objects from client components; these schemas only shape the payload,
// lib/claims parses it again (it is also called from the API and tests).
const passThrough = z.record(z.string(), z.unknown());

export const createClaimAction = workspaceAction(createClaimSchema, async ({ input, actor, requestId }) => createClaim({ actor, input, requestId }));

export const updateClaimAction = workspaceAction(updateClaimSchema, async ({ input, actor, requestId }) => updateClaim({ actor, input, requestId }));

export const setVerdictAction = workspaceAction(setVerdictSchema, async ({ input, actor, requestId }) => setVerdict({ actor, input, requestId }));

export const deleteClaimAction = workspaceAction(deleteClaimSchema, async ({ input, actor, requestId }) => deleteClaim({ actor, input, requestId }));

export const reattachClaimAction = workspaceAction(reattachClaimSchema, async ({ input, actor, requestId }) => reattachClaim({ actor, input, requestId }));

export const getClaimDetailAction = workspaceAction(z.object({ claimId: z.string() }), async ({ input, actor }) => getClaimDetail({ actor, claimId: input.claimId }));

export const addEvidenceAction = workspaceAction(addEvidenceSchema, async ({ input, actor, requestId }) => addEvidence({ actor, input, requestId }));

/** FormData: workspaceSlug, claimId, stance, excerpt, title, file. */
export const addDocumentEvidenceAction = workspaceAction(passThrough, async ({ input, actor, requestId }) => addDocumentEvidence({ actor, input, requestId }));

export const removeEvidenceAction = workspaceAction(removeEvidenceSchema, async ({ input, actor, requestId }) => removeEvidence({ actor, input, requestId }));

export const getEvidenceSnapshotAction = workspaceAction(z.object({ evidenceId: z.string() }), async ({ input, actor }) =>
  getEvidenceSnapshot({ actor, evidenceId: input.evidenceId }),
);

export const searchClaimsAction = workspaceAction(z.object({ q: z.string().max(200).default(""), excludeId: z.string().optional() }), async ({ input, actor }) =>
  searchClaims({ actor, q: input.q, excludeId: input.excludeId }),
);
