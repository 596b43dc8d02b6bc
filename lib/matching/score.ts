// Re-scoring of the trigram candidates (pure): text similarity from pg_trgm, then what the claims
// share — registry entities, a figure in the same unit with compatible values, a speaker, a date
// close by — or what sets them apart (the same unit with values that cannot both hold).
import { flagsBetween, flagsWithin } from "@/lib/contradictions";
import { roleConflict, roleMentions } from "@/lib/contradictions/attributes";
import { compatibleValues, figuresOf } from "@/lib/contradictions/quantities";
import { daysBetween } from "@/lib/contradictions/text";
import type { ClaimFacts, Flag } from "@/lib/contradictions/types";

import type { ReasonSignal, RelationReason, RelationType } from "./types";

/** Entity names by id, to show shared entities in the reason. */
export type EntityNames = ReadonlyMap<string, string>;

/** A claim as matching reads it. */
export interface MatchFacts extends ClaimFacts {
  clusterId: string | null;
  verdictId: string;
  /** Names of `entityIds`. */
  entityNames: EntityNames;
}

/** A claim found by the trigram lookup. */
export interface Candidate extends MatchFacts {
  /** pg_trgm similarity of the matchTexts, 0–1. */
  similarity: number;
}

/** A `same_as` suggestion needs at least this score. */
export const SAME_AS_MIN_SCORE = 0.5;

export const WEIGHTS = {
  entity: 0.12,
  maxEntities: 2,
  sameFigure: 0.15,
  conflictingFigure: -0.35,
  sameSpeaker: 0.1,
  closeDates: 0.05,
  farDates: -0.1,
} as const;

const CLOSE_DAYS = 7;
const FAR_DAYS = 60;

export interface Scored {
  score: number;
  reason: RelationReason;
}

/** How likely `c` asserts the same thing as `self`, with the reasons. */
export function scoreSameAs(self: ClaimFacts, c: Candidate, names: EntityNames = new Map()): Scored {
  names = new Map([...c.entityNames, ...names]);
  let score = c.similarity;
  const signals: ReasonSignal[] = [];

  const shared = self.entityIds.filter((id) => c.entityIds.includes(id));
  if (shared.length > 0) {
    score += WEIGHTS.entity * Math.min(shared.length, WEIGHTS.maxEntities);
    const list = shared.map((id) => names.get(id)).filter((n): n is string => !!n);
    signals.push({ code: "sharedEntities", values: { names: list.join(", "), count: String(shared.length) } });
  }

  const fa = figuresOf(self);
  const fb = figuresOf(c);
  let same: string | null = null;
  let conflicting = false;
  for (const x of fa) {
    for (const y of fb) {
      if (x.unit !== y.unit) continue;
      if (compatibleValues(x.q, y.q)) same ??= x.q.text || String(x.q.value);
      else conflicting = true;
    }
  }
  if (same) {
    score += WEIGHTS.sameFigure;
    signals.push({ code: "sameFigure", values: { figure: same } });
  } else if (conflicting) {
    score += WEIGHTS.conflictingFigure;
  }

  const speakerIds = new Set(self.speakers.map((s) => s.id).filter(Boolean));
  const speaker = c.speakers.find((s) => s.id && speakerIds.has(s.id));
  if (speaker) {
    score += WEIGHTS.sameSpeaker;
    signals.push({ code: "sameSpeaker", values: { speaker: speaker.name } });
  }

  const days = daysBetween(self.date, c.date);
  if (days !== null && Math.abs(days) <= CLOSE_DAYS) {
    score += WEIGHTS.closeDates;
    signals.push({ code: "closeDates", values: { days: String(Math.abs(days)) } });
  } else if (days !== null && Math.abs(days) > FAR_DAYS) {
    score += WEIGHTS.farDates;
  }

  score = Math.max(0, Math.min(1, score));
  return { score, reason: { code: "similar", values: { similarity: String(Math.round(c.similarity * 100)) }, ...(signals.length > 0 ? { signals } : {}) } };
}

export interface Suggestion {
  fromClaimId: string;
  toClaimId: string;
  type: RelationType;
  score: number;
  reason: RelationReason;
}

/** Symmetric relations are stored once, from the smaller id to the larger. */
export function canonical(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a];
}

/**
 * Reason values that belong to one claim of the pair, as [from claim's, to claim's]: a stored
 * reason's "a" is the figure (or title) of `fromClaimId`, "b" that of `toClaimId`, so "{a} here,
 * {b} there" reads right from the from-claim and needs `otherSide` from the to-claim.
 */
const SIDED_VALUES = [
  ["a", "b"],
  ["statusA", "statusB"],
] as const;

/** The reason as the other claim of the pair reads it: each one-sided value swapped with its twin. */
export function otherSide<R extends { values: Record<string, string> }>(reason: R): R {
  const values = { ...reason.values };
  for (const [x, y] of SIDED_VALUES) {
    const vx = reason.values[x];
    const vy = reason.values[y];
    if (vx === undefined || vy === undefined) continue;
    values[x] = vy;
    values[y] = vx;
  }
  return { ...reason, values };
}

function fromFlag(f: Flag): Suggestion {
  // A flag's "a" values are its fromId's. Contradictions are stored in canonical order: when that
  // turns the pair round, the values turn with it, so "a" stays the stored from-claim's.
  if (f.type !== "contradicts") return { fromClaimId: f.fromId, toClaimId: f.toId, type: f.type, score: f.score, reason: f.reason };
  const [from, to] = canonical(f.fromId, f.toId);
  const reason = from === f.fromId ? f.reason : otherSide(f.reason);
  return { fromClaimId: from, toClaimId: to, type: f.type, score: f.score, reason };
}

/**
 * What the engine suggests for `self`: contradictions and updates the rules find against each
 * candidate, `same_as` for the others scoring at least SAME_AS_MIN_SCORE (unless already in the
 * same cluster), role conflicts with `roleCandidates` (other claims naming someone `self` gives a
 * title), and the place inconsistency of `self` on itself.
 */
export function suggestionsFor(self: MatchFacts, candidates: readonly Candidate[], roleCandidates: readonly ClaimFacts[] = []): Suggestion[] {
  const out = new Map<string, Suggestion>();
  const add = (s: Suggestion) => {
    const key = `${s.fromClaimId}|${s.toClaimId}|${s.type}`;
    const prev = out.get(key);
    if (!prev || prev.score < s.score) out.set(key, s);
  };
  for (const c of candidates) {
    const flags = flagsBetween(self, c);
    flags.forEach((f) => add(fromFlag(f)));
    if (flags.length > 0) continue;
    if (self.clusterId && self.clusterId === c.clusterId) continue;
    const { score, reason } = scoreSameAs(self, c, self.entityNames);
    if (score < SAME_AS_MIN_SCORE) continue;
    const [from, to] = canonical(self.id, c.id);
    add({ fromClaimId: from, toClaimId: to, type: "same_as", score, reason });
  }
  if (roleCandidates.length > 0) {
    const mentions = roleMentions(self.text, self.language);
    for (const c of roleCandidates) {
      const f = roleConflict(self, c, mentions);
      if (f) add(fromFlag(f));
    }
  }
  flagsWithin(self).forEach((f) => add(fromFlag(f)));
  return [...out.values()];
}
