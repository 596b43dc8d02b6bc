"use server";
import { workspaceAction } from "@/lib/actions/pipeline";
import { createVerdict, reorderVerdicts, restoreVerdict, retireVerdict, setInitialVerdict, updateVerdict } from "@/lib/verdicts/mutations";
import { createVerdictSchema, reorderVerdictsSchema, updateVerdictSchema, verdictRefSchema } from "@/lib/verdicts/schemas";

export const updateVerdictAction = workspaceAction(updateVerdictSchema, async ({ input, actor, requestId }) => {
  const v = await updateVerdict({ actor, input, requestId });
  return { id: v.id };
});

export const createVerdictAction = workspaceAction(createVerdictSchema, async ({ input, actor, requestId }) => {
  const v = await createVerdict({ actor, input, requestId });
  return { id: v.id };
});

export const retireVerdictAction = workspaceAction(verdictRefSchema, async ({ input, actor, requestId }) => {
  await retireVerdict({ actor, input, requestId });
  return { id: input.verdictId };
});

export const restoreVerdictAction = workspaceAction(verdictRefSchema, async ({ input, actor, requestId }) => {
  await restoreVerdict({ actor, input, requestId });
  return { id: input.verdictId };
});

export const reorderVerdictsAction = workspaceAction(reorderVerdictsSchema, async ({ input, actor, requestId }) => {
  await reorderVerdicts({ actor, input, requestId });
  return { order: input.verdictIds };
});

export const setInitialVerdictAction = workspaceAction(verdictRefSchema, async ({ input, actor, requestId }) => {
  await setInitialVerdict({ actor, input, requestId });
  return { id: input.verdictId };
});
