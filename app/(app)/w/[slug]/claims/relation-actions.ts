"use server";
// Server actions of the claim panel's "links" section (issue 5): a claim's cluster and relations,
// confirm / dismiss / add / remove a relation, run matching again. Each only parses, resolves the
// workspace and calls lib/matching, which authorises and audits.
import { z } from "zod";

import { workspaceAction } from "@/lib/actions/pipeline";
import { addRelation, confirmRelation, dismissRelation, reanalyseClaim, removeRelation } from "@/lib/matching/mutations";
import { getClaimLinks } from "@/lib/matching/queries";
import { addRelationSchema, relationIdSchema } from "@/lib/matching/schemas";
import { getVerdictsForUi } from "@/lib/verdicts/queries";

/** The claim's links, with the verdict set (names in the UI language) to show suggested verdicts. */
export const getClaimLinksAction = workspaceAction(z.object({ claimId: z.string() }), async ({ input, actor }) => {
  const [links, verdicts] = await Promise.all([getClaimLinks({ actor, claimId: input.claimId }), getVerdictsForUi({ actor })]);
  return { links, verdicts };
});

export const confirmRelationAction = workspaceAction(relationIdSchema, async ({ input, actor, requestId }) => confirmRelation({ actor, input, requestId }));

export const dismissRelationAction = workspaceAction(relationIdSchema, async ({ input, actor, requestId }) => dismissRelation({ actor, input, requestId }));

export const removeRelationAction = workspaceAction(relationIdSchema, async ({ input, actor, requestId }) => removeRelation({ actor, input, requestId }));

export const addRelationAction = workspaceAction(addRelationSchema, async ({ input, actor, requestId }) => addRelation({ actor, input, requestId }));

export const reanalyseClaimAction = workspaceAction(z.object({ claimId: z.string() }), async ({ input, actor, requestId }) => {
  const r = await reanalyseClaim({ actor, input, requestId });
  return { candidates: r.candidates, suggestions: r.suggestions.length };
});
