// Shapes of the contradiction rules (issue 5). Plain data, no server imports: the rules are pure
// functions over what a claim says, run by lib/matching when a claim is analysed and usable in
// tests, scripts and the browser alike.
import type { Quantity } from "@/lib/claims/types";

/** A speaker of a claim, as the registry knows it (or as the text names it). */
export interface FactSpeaker {
  id?: string;
  name: string;
  description?: string | null;
}

/** What the rules need to know about one claim. */
export interface ClaimFacts {
  id: string;
  articleId: string;
  /** ISO 639-1 of the article ("fr", "en"); unknown languages are read with English rules. */
  language: string;
  /** The statement the editor wrote, or the quote when there is none. */
  text: string;
  /** The words as the article has them. */
  quote: string;
  /** Figures the editor confirmed; empty → the rules read the figures of the text themselves. */
  quantities: Quantity[];
  speakers: FactSpeaker[];
  /** Registry entities linked to the claim (ClaimEntity). */
  entityIds: string[];
  /** YYYY-MM-DD: when the claim was made (claim date, else the article's publication date). */
  date: string | null;
}

export type FlagCode = "conflictingFigures" | "newerFigure" | "roleConflict" | "placeFar";

/**
 * A reason shown to the editor. `code` is a key under `relations.reasons` in
 * messages/<locale>/relations.json; `values` fill its placeholders (strings only).
 */
export interface FlagReason {
  code: FlagCode;
  values: Record<string, string>;
}

/** One finding of the rules between two claims (or inside one, for places). */
export interface Flag {
  /** contradicts, or updates when the same figure changed over time. */
  type: "contradicts" | "updates";
  /** For "updates": the claim with the newer figure. For "contradicts": either. */
  fromId: string;
  toId: string;
  /** 0–1: how sure the rule is. */
  score: number;
  reason: FlagReason;
}
