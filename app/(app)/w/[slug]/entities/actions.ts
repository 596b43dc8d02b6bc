"use server";
import { workspaceAction } from "@/lib/actions/pipeline";
import {
  addAlias,
  confirmAlias,
  createEntity,
  deleteEntity,
  linkClaim,
  mergeEntities,
  rejectAlias,
  splitEntity,
  unlinkClaim,
  updateEntity,
} from "@/lib/entities/mutations";
import { searchEntities, searchLinkableClaims } from "@/lib/entities/queries";
import {
  addAliasSchema,
  aliasDecisionSchema,
  claimLinkSchema,
  createEntitySchema,
  deleteEntitySchema,
  mergeEntitiesSchema,
  searchEntitiesSchema,
  searchLinkableClaimsSchema,
  splitEntitySchema,
  updateEntitySchema,
} from "@/lib/entities/schemas";

/** The merge dialog's search: `{ workspaceSlug, q, type?, excludeId?, limit? }` → EntityListItem[]. */
export const searchEntitiesAction = workspaceAction(searchEntitiesSchema, async ({ input, actor }) => searchEntities({ actor, input }));

/** The link dialog's claim search: `{ workspaceSlug, entityId, q, limit? }` → LinkableClaim[]. */
export const searchLinkableClaimsAction = workspaceAction(searchLinkableClaimsSchema, async ({ input, actor }) => searchLinkableClaims({ actor, input }));

/** Adds an entity; a name another entity of that type answers to is a `conflict` with `details.existing`. */
export const createEntityAction = workspaceAction(createEntitySchema, async ({ input, actor, requestId }) => createEntity({ actor, input, requestId }));

export const updateEntityAction = workspaceAction(updateEntitySchema, async ({ input, actor, requestId }) => updateEntity({ actor, input, requestId }));

export const confirmAliasAction = workspaceAction(aliasDecisionSchema, async ({ input, actor, requestId }) => confirmAlias({ actor, input, requestId }));

/** Also unlinks the entity's claims that only mention the rejected spelling (`data.claimsUnlinked`). */
export const rejectAliasAction = workspaceAction(aliasDecisionSchema, async ({ input, actor, requestId }) => rejectAlias({ actor, input, requestId }));

export const addAliasAction = workspaceAction(addAliasSchema, async ({ input, actor, requestId }) => addAlias({ actor, input, requestId }));

/** `mergeId` disappears into `keepId`. */
export const mergeEntitiesAction = workspaceAction(mergeEntitiesSchema, async ({ input, actor, requestId }) => mergeEntities({ actor, input, requestId }));

export const splitEntityAction = workspaceAction(splitEntitySchema, async ({ input, actor, requestId }) => splitEntity({ actor, input, requestId }));

export const linkClaimAction = workspaceAction(claimLinkSchema, async ({ input, actor, requestId }) => linkClaim({ actor, input, requestId }));

export const unlinkClaimAction = workspaceAction(claimLinkSchema, async ({ input, actor, requestId }) => unlinkClaim({ actor, input, requestId }));

export const deleteEntityAction = workspaceAction(deleteEntitySchema, async ({ input, actor, requestId }) => deleteEntity({ actor, input, requestId }));
