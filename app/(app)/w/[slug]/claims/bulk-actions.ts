"use server";
// Server actions of the claims table's bulk bar. Each is the pipeline (sign-in, membership,
// validation) around one lib/claims/bulk.ts function, which authorises, locks and audits.
import { workspaceAction } from "@/lib/actions/pipeline";
import { bulkAssign, bulkSetVerdict, bulkTag } from "@/lib/claims/bulk";
import { bulkAssignSchema, bulkSetVerdictSchema, bulkTagSchema } from "@/lib/claims/table-schemas";

export const bulkAssignAction = workspaceAction(bulkAssignSchema, ({ input, actor, requestId }) => bulkAssign({ actor, input, requestId }));

export const bulkTagAction = workspaceAction(bulkTagSchema, ({ input, actor, requestId }) => bulkTag({ actor, input, requestId }));

export const bulkSetVerdictAction = workspaceAction(bulkSetVerdictSchema, ({ input, actor, requestId }) => bulkSetVerdict({ actor, input, requestId }));
