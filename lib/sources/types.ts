// The shapes the sources pages exchange with lib/sources. Plain data (ISO strings for dates), free
// of server imports so client components can use them.
import type { MemberRef, Reliability, SourceKind, SourceRef } from "@/lib/claims/types";

/** A row of the sources list. */
export interface SourceListItem extends SourceRef {
  url: string | null;
  country: string | null;
  aliases: string[];
  /** Claims this source is a speaker of. */
  claimsMade: number;
  /** Claims in articles whose outlet is this source's name or one of its aliases. */
  claimsCarried: number;
  updatedAt: string;
}

export interface SourceListPage {
  rows: SourceListItem[];
  /** Sources matching the filters, all pages. */
  total: number;
  /** Pass back as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

export interface ReliabilityChangeDTO {
  id: string;
  from: Reliability;
  to: Reliability;
  note: string | null;
  actor: MemberRef | null;
  createdAt: string;
}

/** A claim the source made or carried, as its detail page lists it. */
export interface SourceClaimDTO {
  id: string;
  statement: string;
  quote: string;
  verdictId: string;
  articleId: string;
  articleTitle: string;
  articleOutlet: string | null;
  updatedAt: string;
}

export interface SourceDetailDTO {
  id: string;
  name: string;
  kind: SourceKind;
  description: string | null;
  url: string | null;
  country: string | null;
  aliases: string[];
  reliability: Reliability;
  reliabilityNote: string | null;
  createdAt: string;
  updatedAt: string;
  history: ReliabilityChangeDTO[];
  /** The most recent claims (up to the page's limit); the totals count them all. */
  made: SourceClaimDTO[];
  madeTotal: number;
  carried: SourceClaimDTO[];
  carriedTotal: number;
}

export interface MergeSourcesResult {
  kept: SourceRef;
  /** Claims whose speaker changed from the merged source to the kept one. */
  claimsMoved: number;
}
