"use server";
import { workspaceAction } from "@/lib/actions/pipeline";
import { restoreRemovedLine } from "@/lib/articles/mutations";
import { restoreLineSchema } from "@/lib/articles/schemas";

/** Puts a line the cleaner removed back; the result becomes the article's current version. */
export const restoreRemovedLineAction = workspaceAction(restoreLineSchema, async ({ input, actor, requestId }) =>
  restoreRemovedLine({ actor, input, requestId }),
);
