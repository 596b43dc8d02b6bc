// The shapes the entities pages exchange with lib/entities. Plain data (ISO strings for dates),
// free of server imports so client components can use them.
import type { EntityType } from "@/lib/intelligence/types";

export type { EntityType };

export const ENTITY_TYPES = ["person", "place", "organisation"] as const satisfies readonly EntityType[];

export const ALIAS_STATUSES = ["proposed", "confirmed", "rejected"] as const;
export type AliasStatus = (typeof ALIAS_STATUSES)[number];

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
  description: string | null;
}

/** A row of the entities list. */
export interface EntityListItem extends EntityRef {
  /** Confirmed aliases, A→Z. */
  aliases: string[];
  /** Claims linked to the entity. */
  claimCount: number;
  /** Aliases waiting for an editor's decision. */
  proposedCount: number;
}

export interface EntityListPage {
  rows: EntityListItem[];
  /** Entities matching the filters, all pages. */
  total: number;
  /** Pass back as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

export interface EntityAliasDTO {
  id: string;
  alias: string;
  language: string | null;
  status: AliasStatus;
  /** Why it was proposed ("same after unaccenting, ou→u"), as the engine wrote it. */
  reason: string | null;
  /** 0–1; 1 for a spelling with the same matching key. */
  score: number | null;
  decidedBy: { id: string; name: string } | null;
  decidedAt: string | null;
  createdAt: string;
}

/** A proposed alias in the review queue, with the entity it would join. */
export interface ProposedAliasDTO {
  id: string;
  alias: string;
  reason: string | null;
  score: number | null;
  createdAt: string;
  entity: EntityRef;
}

export interface ProposedAliasQueue {
  items: ProposedAliasDTO[];
  /** Proposed aliases in the workspace, all of them. */
  total: number;
}

/** A claim linked to an entity, as its detail page lists it. */
export interface EntityClaimDTO {
  id: string;
  statement: string;
  quote: string;
  verdictId: string;
  articleId: string;
  articleTitle: string;
  /** `/w/<slug>/articles/<articleId>?claim=<claimId>`: opens the claim in the workbench. */
  href: string;
  updatedAt: string;
}

/** A claim the link dialog offers. */
export interface LinkableClaim {
  id: string;
  statement: string;
  quote: string;
  articleId: string;
  articleTitle: string;
}

export interface EntityDetailDTO extends EntityRef {
  keys: string[];
  createdAt: string;
  updatedAt: string;
  aliases: Record<AliasStatus, EntityAliasDTO[]>;
  /** The most recently edited linked claims (up to the page's limit); `claimTotal` counts all. */
  claims: EntityClaimDTO[];
  claimTotal: number;
}

export interface MergeEntitiesResult {
  kept: EntityRef;
  /** Claims that were linked to the merged entity only and now link to the kept one. */
  claimsMoved: number;
  /** Aliases moved over (the merged entity's name included), duplicates collapsed. */
  aliasesMoved: number;
}

export interface SplitEntityResult {
  created: EntityRef;
  aliasesMoved: number;
  /** Claims whose link moved to the new entity (they mention only the moved spellings). */
  claimsMoved: number;
  /** Claims now linked to both (they mention spellings of each). */
  claimsShared: number;
}
