"use server";
import { workspaceAction } from "@/lib/actions/pipeline";
import { editArticleText } from "@/lib/articles/edit-text";
import { restoreRemovedLine } from "@/lib/articles/mutations";
import { restoreLineSchema } from "@/lib/articles/schemas";
import { editArticleTextSchema } from "@/lib/claims/schemas";

/** Puts a line the cleaner removed back; the result becomes the article's current version. */
export const restoreRemovedLineAction = workspaceAction(restoreLineSchema, async ({ input, actor, requestId }) =>
  restoreRemovedLine({ actor, input, requestId }),
);

/** Saves the "edit text" mode's corrected document as the next version and re-anchors the claims. */
export const editArticleTextAction = workspaceAction(editArticleTextSchema, async ({ input, actor, requestId }) =>
  editArticleText({ actor, input, requestId }),
);
