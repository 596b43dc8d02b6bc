"use server";
import { workspaceAction } from "@/lib/actions/pipeline";
import { createSource } from "@/lib/sources/mutations";
import { searchSources } from "@/lib/sources/queries";
import { createSourceSchema, searchSourcesSchema } from "@/lib/sources/schemas";

/** The speaker picker's search: `{ workspaceSlug, q, limit?, kinds? }` → SourceRef[]. */
export const searchSourcesAction = workspaceAction(searchSourcesSchema, async ({ input, actor }) => searchSources({ actor, input }));

/** Adds a source; a near-duplicate answers `conflict` with `details.existing` (a SourceRef). */
export const createSourceAction = workspaceAction(createSourceSchema, async ({ input, actor, requestId }) =>
  createSource({ actor, input, requestId }),
);
