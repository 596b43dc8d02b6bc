"use server";
import { workspaceAction } from "@/lib/actions/pipeline";
import { importItemAsNewVersion } from "@/lib/import/create";
import { importAsVersionSchema } from "@/lib/import/schemas";

/** A duplicate item, imported again as a new version of the article it matched. Returns the new batch. */
export const importAsNewVersionAction = workspaceAction(importAsVersionSchema, async ({ input, actor, requestId }) =>
  importItemAsNewVersion({ actor, itemId: input.itemId, requestId }),
);
