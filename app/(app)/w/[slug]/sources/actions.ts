"use server";
import { workspaceAction } from "@/lib/actions/pipeline";
import { createSource, deleteSource, mergeSources, setReliability, updateSource } from "@/lib/sources/mutations";
import { searchSources } from "@/lib/sources/queries";
import {
  createSourceSchema,
  deleteSourceSchema,
  mergeSourcesSchema,
  searchSourcesSchema,
  setReliabilitySchema,
  updateSourceSchema,
} from "@/lib/sources/schemas";

/** The speaker picker's search: `{ workspaceSlug, q, limit?, kinds? }` → SourceRef[]. */
export const searchSourcesAction = workspaceAction(searchSourcesSchema, async ({ input, actor }) => searchSources({ actor, input }));

/** Adds a source; a near-duplicate answers `conflict` with `details.existing` (a SourceRef). */
export const createSourceAction = workspaceAction(createSourceSchema, async ({ input, actor, requestId }) =>
  createSource({ actor, input, requestId }),
);

export const updateSourceAction = workspaceAction(updateSourceSchema, async ({ input, actor, requestId }) =>
  updateSource({ actor, input, requestId }),
);

/** Admins and owners: rating and note, kept in the source's history. */
export const setReliabilityAction = workspaceAction(setReliabilitySchema, async ({ input, actor, requestId }) =>
  setReliability({ actor, input, requestId }),
);

/** Admins and owners: `mergeId` disappears into `keepId`. */
export const mergeSourcesAction = workspaceAction(mergeSourcesSchema, async ({ input, actor, requestId }) =>
  mergeSources({ actor, input, requestId }),
);

export const deleteSourceAction = workspaceAction(deleteSourceSchema, async ({ input, actor, requestId }) =>
  deleteSource({ actor, input, requestId }),
);
