// Shapes of the claim-suggestion engine (issue 5). Plain data, no server imports: the engine runs
// in the import worker, in route handlers and in the browser alike.
import type { Quantity } from "@/lib/claims/types";

export type SuggestionKind = "numeric" | "quote" | "event";
export type EntityType = "person" | "place" | "organisation";

/** A figure found in the text, with where it is (UTF-16 offsets into the analysed text). */
export interface LocatedQuantity extends Quantity {
  start: number;
  end: number;
}

export interface Entity {
  text: string;
  type: EntityType;
  start: number;
  end: number;
}

/** Who the article says asserted the claim, as written; resolution against the registry comes later. */
export interface Speaker {
  name: string;
  /** Role or title as the article gives it ("président russe"). */
  description?: string;
}

/**
 * Why a span was suggested. `code` is a key under `intelligence.reasons` in messages/<locale>/
 * intelligence.json; `values` fill its placeholders (strings only, so any UI can show them).
 */
export type ReasonCode =
  | "figure"
  | "vagueFigure"
  | "percentage"
  | "boundedFigure"
  | "attribution"
  | "reportedSpeech"
  | "quotation"
  | "superlative"
  | "firstTime"
  | "comparison"
  | "person"
  | "place"
  | "organisation"
  | "pastEvent"
  | "date";

export interface Reason {
  code: ReasonCode;
  values: Record<string, string>;
  /** The reason in plain English, for logs, the CLI and callers without translations. */
  text: string;
}

export interface Suggestion {
  /** UTF-16 offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  quote: string;
  /** Check-worthiness, 0–1. */
  score: number;
  kind: SuggestionKind;
  reasons: Reason[];
  speaker?: Speaker;
  quantities: LocatedQuantity[];
  entities: Entity[];
}

export interface SuggestOptions {
  /** "fr", "en", … (a registered language; see lang/index.ts). Unknown codes fall back to English. */
  language: string;
  /** Suggestions scoring below this are dropped (default: DEFAULT_THRESHOLD). */
  threshold?: number;
}

/** A span of the text: a sentence, a clause, a block. */
export interface Span {
  start: number;
  end: number;
}
