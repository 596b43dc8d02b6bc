// The shapes the workbench's suggestions section exchanges with lib/suggestions. Plain data, free
// of server imports so client components can use them.
import type { ClaimDTO, SourceRef } from "@/lib/claims/types";
import type { Entity, LocatedQuantity, Reason, SuggestionKind } from "@/lib/intelligence/types";

export type { SuggestionKind };

/** Who the article says made the claim, and the registry's source for that name when one was found. */
export interface SuggestionSpeakerDTO {
  /** As the article writes it ("Gerasimov"). */
  name: string;
  /** Role or title as the article gives it ("porte-parole du Kremlin"). */
  description: string | null;
  /** The registry's source for that name (by spelling, accent- and alias-aware), null when none. */
  source: SourceRef | null;
}

/** An open suggestion of the article version the workbench shows. */
export interface SuggestionDTO {
  id: string;
  articleId: string;
  articleVersion: number;
  /** UTF-16 offsets into that version's text, end exclusive. */
  start: number;
  end: number;
  quote: string;
  /** Check-worthiness, 0–1. */
  score: number;
  kind: SuggestionKind;
  /** Why: `code` is a key under `intelligence.reasons`, `values` fill it. */
  reasons: Reason[];
  speaker: SuggestionSpeakerDTO | null;
  quantities: LocatedQuantity[];
  entities: Entity[];
}

export interface SuggestionListDTO {
  articleId: string;
  version: number;
  suggestions: SuggestionDTO[];
  /** A background run for this version is queued or running: more may arrive. */
  pending: boolean;
}

/** What accepting a suggestion made. */
export interface AcceptSuggestionResult {
  suggestionId: string;
  /** The new claim, filled (statement, speakers, quantities), as the workbench lists it. */
  claim: ClaimDTO;
  /** Entities the claim was linked to. */
  entityCount: number;
}
