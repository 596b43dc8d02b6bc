// Conflicting figures: two claims give different values, in the same unit, for the same thing
// (same action on the same subject) in the same time frame. What keeps "Kyiv says it intercepted
// 130 drones" and "Moscow says it shot down 126 drones" apart while "86 % retaken" and "64 %
// retaken" of one region meet:
//   - the words around each figure (its clause: the action, the subject, the place), compared as
//     stems, must largely overlap — speakers, reporting verbs and function words left out;
//   - a word qualifying the unit ("drones iraniens" / "drones ukrainiens") must not differ;
//   - when each speaker reports their own action ("a annoncé avoir intercepté", "said it shot
//     down"), different speakers are different actors, hence different events;
//   - the values must be incompatible once bounds ("plus de"), ranges and approximations are
//     taken into account.
// Figures for the same thing more than a week apart are not a contradiction but an update: the
// newer claim `updates` the older one.
import { LRUCache } from "lru-cache";

import type { Quantity } from "@/lib/claims/types";
import { parseQuantities } from "@/lib/intelligence/numbers";

import { analyse, cached, clauseAt, daysBetween, fold, matchSpans, stem, unitKey, type Analysed } from "./text";
import type { ClaimFacts, Flag } from "./types";

/** Claims further apart than this (days) report different time frames. */
export const SAME_PERIOD_DAYS = 7;
/** Share of the smaller context that must be shared for two figures to be about the same thing. */
export const MIN_CONTEXT_OVERLAP = 0.5;
/** Relative tolerance of an exact figure (rounding). */
const EXACT_TOLERANCE = 0.005;
/** Relative tolerance of an approximate figure ("environ", "about"). */
const APPROX_TOLERANCE = 0.1;

/** Words after a reporting verb that make the speaker the doer ("a annoncé avoir abattu", "said it shot down"). */
const AGENT_LINKS = new Set(["avoir", "it", "they", "we", "he", "she", "having"]);

export interface Figure {
  q: Quantity;
  unit: string;
  /** Stems of the words around the figure → the words as written. */
  context: Map<string, string>;
  /** The stem of a word qualifying the unit ("drones iraniens" → "iranien"), if any. */
  qualifier: string | null;
  /** The speaker reports their own action. */
  speakerActs: boolean;
}

/** The interval a figure allows: bounds, ranges and approximations widen it. */
export function interval(q: Quantity): [number, number] {
  const tol = q.approximate ? APPROX_TOLERANCE : EXACT_TOLERANCE;
  let lo = Math.min(q.value, q.max ?? q.value);
  let hi = Math.max(q.value, q.max ?? q.value);
  lo -= Math.abs(lo) * tol;
  hi += Math.abs(hi) * tol;
  if (q.lowerBound) hi = Number.POSITIVE_INFINITY;
  if (q.upperBound) lo = Number.NEGATIVE_INFINITY;
  return [lo, hi];
}

/** Whether two figures can both be true. */
export function compatibleValues(a: Quantity, b: Quantity): boolean {
  const [alo, ahi] = interval(a);
  const [blo, bhi] = interval(b);
  return alo <= bhi && blo <= ahi;
}

/** Speaker keys of a claim: registry ids when linked, else the words before the reporting verb. */
function speakerKeys(f: ClaimFacts, a: Analysed): Set<string> {
  if (f.speakers.length > 0) return new Set(f.speakers.map((s) => s.id ?? fold(s.name)));
  const out = new Set<string>();
  for (const span of [...matchSpans(a.rules.reporting, a.text), ...matchSpans(a.rules.reportingPresent, a.text)]) {
    const before = a.tokens.filter((t) => t.end <= span.start && t.kind === "word" && !a.rules.stop.has(t.lower)).slice(-2);
    if (before.length > 0) out.add(before.map((t) => stem(t.text)).join(" "));
  }
  return out;
}

/** What figuresOf reads of a claim, as a cache key. */
const figuresKey = (f: ClaimFacts) => JSON.stringify([f.language, f.text, f.quantities, f.speakers.map((s) => s.name)]);
/** One claim's figures are read once per candidate and per rule (see text.ts); shared, read-only. */
const figuresCache = new LRUCache<string, Figure[]>({ max: 1_000 });

/** The figures of a claim with what surrounds them. */
export function figuresOf(f: ClaimFacts): Figure[] {
  return cached(figuresCache, figuresKey(f), () => figuresUncached(f));
}

function figuresUncached(f: ClaimFacts): Figure[] {
  const a = analyse(f.text, f.language);
  const parsed = parseQuantities(f.text, f.language);
  const located: { q: Quantity; start: number; end: number }[] = [];
  if (f.quantities.length > 0) {
    for (const q of f.quantities) {
      const at = q.text ? f.text.indexOf(q.text) : -1;
      const p = at >= 0 ? { start: at, end: at + q.text.length } : parsed.find((x) => x.value === q.value);
      located.push({ q, start: p?.start ?? 0, end: p?.end ?? 0 });
    }
  } else {
    for (const p of parsed) located.push({ q: p, start: p.start, end: p.end });
  }

  const ignored = new Set<number>();
  const reporting = [...matchSpans(a.rules.reporting, f.text), ...matchSpans(a.rules.reportingPresent, f.text)];
  a.tokens.forEach((t, i) => {
    if (reporting.some((r) => t.start >= r.start && t.end <= r.end)) ignored.add(i);
  });
  const speakerWords = new Set(f.speakers.flatMap((s) => s.name.split(/\s+/).map(stem)));

  return located
    .filter((l) => unitKey(l.q.unit) !== "")
    .map((l) => {
      const clause = clauseAt(a, l.start) ?? { first: 0, next: a.tokens.length };
      const context = new Map<string, string>();
      let speakerActs = false;
      const unit = unitKey(l.q.unit);
      for (let i = clause.first; i < clause.next; i++) {
        const t = a.tokens[i]!;
        if (ignored.has(i)) {
          const after = a.tokens[i + 1];
          const after2 = a.tokens[i + 2];
          if ((after && AGENT_LINKS.has(after.lower)) || (after2 && !ignored.has(i + 1) && AGENT_LINKS.has(after2.lower))) speakerActs = true;
          continue;
        }
        if (t.kind !== "word" || a.rules.stop.has(t.lower) || a.rules.months.has(t.lower)) continue;
        if (t.start >= l.start && t.end <= l.end) continue;
        const s = stem(t.text);
        if (s.length < 2 || s === unit || speakerWords.has(s)) continue;
        if (!context.has(s)) context.set(s, t.text);
      }
      const nextTok = a.tokens.find((t) => t.start >= l.end);
      const qualifier =
        nextTok && nextTok.kind === "word" && !nextTok.cap && !a.rules.stop.has(nextTok.lower) && clauseAt(a, nextTok.start) === clause ? stem(nextTok.text) : null;
      return { q: l.q, unit, context, qualifier, speakerActs };
    });
}

/** Share of the smaller context found in the other, and the shared words as `a` writes them. */
export function contextOverlap(a: Figure, b: Figure): { overlap: number; shared: string[] } {
  const shared: string[] = [];
  for (const [s, word] of a.context) if (b.context.has(s)) shared.push(word);
  const smaller = Math.min(a.context.size, b.context.size);
  return { overlap: smaller === 0 ? 0 : shared.length / smaller, shared };
}

/**
 * The figure conflict between two claims of different articles, if any: `contradicts` when the
 * values cannot both hold in the same period, `updates` (newer → older) when they are further
 * apart in time than SAME_PERIOD_DAYS.
 */
export function figureConflict(a: ClaimFacts, b: ClaimFacts): Flag | null {
  const fa = figuresOf(a);
  const fb = figuresOf(b);
  if (fa.length === 0 || fb.length === 0) return null;
  const sharedEntity = a.entityIds.some((id) => b.entityIds.includes(id));
  const speakersA = speakerKeys(a, analyse(a.text, a.language));
  const speakersB = speakerKeys(b, analyse(b.text, b.language));
  const sameSpeaker = [...speakersA].some((s) => speakersB.has(s));
  let best: Flag | null = null;
  for (const x of fa) {
    for (const y of fb) {
      if (x.unit !== y.unit) continue;
      if (compatibleValues(x.q, y.q)) continue;
      if (x.qualifier && y.qualifier && x.qualifier !== y.qualifier) continue;
      // Each speaker reporting what they did themselves: different speakers, different events.
      if (x.speakerActs && y.speakerActs && !sameSpeaker && speakersA.size > 0 && speakersB.size > 0) continue;
      const { overlap, shared } = contextOverlap(x, y);
      const needed = sharedEntity ? 1 : 2;
      if (shared.length < needed || overlap < MIN_CONTEXT_OVERLAP) continue;
      const score = Math.min(1, 0.4 + overlap * 0.4 + (sharedEntity ? 0.1 : 0) + (x.unit === "%" ? 0.1 : 0));
      const days = daysBetween(a.date, b.date);
      let flag: Flag;
      if (days !== null && Math.abs(days) > SAME_PERIOD_DAYS) {
        const [newer, older, qn, qo] = days > 0 ? [b, a, y.q, x.q] : [a, b, x.q, y.q];
        flag = {
          type: "updates",
          fromId: newer.id,
          toId: older.id,
          score,
          reason: { code: "newerFigure", values: { newer: qn.text || String(qn.value), older: qo.text || String(qo.value), days: String(Math.abs(days)), subject: shared.join(" ") } },
        };
      } else {
        flag = {
          type: "contradicts",
          fromId: a.id,
          toId: b.id,
          score,
          reason: { code: "conflictingFigures", values: { a: x.q.text || String(x.q.value), b: y.q.text || String(y.q.value), subject: shared.join(" ") } },
        };
      }
      if (!best || flag.score > best.score) best = flag;
    }
  }
  return best;
}
