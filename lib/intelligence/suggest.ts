// Check-worthy spans of an article: sentences (or clauses, when a sentence holds two separate
// assertions) scored by general signals — figures, attribution, quotations, records, comparisons,
// named entities, dated past events — minus hedging, commentary and headlines. Pure and
// synchronous; linear in the text (every regular expression runs on one sentence at a time).
import { findEntities } from "./entities";
import { rulesFor, type CompiledRules } from "./lang";
import { quantitiesIn } from "./numbers";
import { reason } from "./reasons";
import { segment, type Sentence } from "./segment";
import { speakerAfterMarker, speakerOfVerb, tokenAt, type SpeakerContext } from "./speakers";
import { allMatches, firstMatch, squash, tokenize, type Found, type Token } from "./text";
import type { Entity, LocatedQuantity, Reason, Speaker, SuggestOptions, Suggestion, SuggestionKind } from "./types";

/** Suggestions below this score are not shown. */
export const DEFAULT_THRESHOLD = 0.45;

const QUOTATION = /«[^«»]{1,600}»|“[^“”]{1,600}”|"[^"\n]{1,600}"/gu;
const ENTITY_CAP = 0.3;

/** Weights of the signals; a suggestion's score is their sum, clamped to [0, 1]. */
export const WEIGHTS = {
  salientFigure: 0.45,
  figureDetail: 0.1,
  minorFigure: 0.15,
  attribution: 0.3,
  reportingWithoutSpeaker: 0.15,
  quotation: 0.3,
  looseQuotation: 0.15,
  superlative: 0.35,
  comparison: 0.25,
  person: 0.15,
  place: 0.1,
  organisation: 0.1,
  /** Each further distinct entity. */
  moreEntities: 0.05,
  pastEvent: 0.2,
  date: 0.1,
  hedge: -0.25,
  commentary: -0.2,
  heading: -0.6,
  short: -0.3,
  question: -0.3,
} as const;

interface Analysis {
  start: number;
  end: number;
  score: number;
  kind: SuggestionKind;
  reasons: Reason[];
  speaker?: Speaker;
  quantities: LocatedQuantity[];
  entities: Entity[];
}

interface Context {
  text: string;
  tokens: Token[];
  r: CompiledRules;
  /** Every entity, in text order. */
  entities: Entity[];
  /** The people among them, in text order (pronouns and possessives resolve to the last one). */
  people: Entity[];
}

/** Check-worthy spans of `text`, in text order. Offsets are UTF-16 offsets into `text` as given. */
export function suggest(text: string, options: SuggestOptions): Suggestion[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const r = rulesFor(options.language);
  const tokens = tokenize(text, r.rules);
  const sentences = segment(text, r);
  const ranges = sentences.map((s) => ({ start: firstToken(tokens, s.start), end: firstToken(tokens, s.end), heading: s.heading }));
  const entities = findEntities(tokens, ranges, r);
  const ctx: Context = { text, tokens, r, entities, people: entities.filter((e) => e.type === "person") };

  const out: Suggestion[] = [];
  let previousSpeaker: Speaker | undefined;
  for (const s of sentences) {
    const whole = analyse(ctx, s.start, trimEnd(text, s.start, s.end), s, previousSpeaker);
    const parts = splitClauses(ctx, s).map((p) => analyse(ctx, p.start, p.end, s, previousSpeaker));
    const passing = parts.filter((p) => p.score >= threshold);
    const chosen = passing.length >= 2 ? passing : whole.score >= threshold ? [whole] : [];
    for (const a of chosen) out.push(toSuggestion(text, a));
    previousSpeaker = whole.speaker ?? lastSpeaker(parts);
  }
  return out;
}

function lastSpeaker(parts: readonly Analysis[]): Speaker | undefined {
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i]!.speaker) return parts[i]!.speaker;
  return undefined;
}

function toSuggestion(text: string, a: Analysis): Suggestion {
  return {
    start: a.start,
    end: a.end,
    quote: text.slice(a.start, a.end),
    score: a.score,
    kind: a.kind,
    reasons: a.reasons,
    ...(a.speaker ? { speaker: a.speaker } : {}),
    quantities: a.quantities,
    entities: a.entities,
  };
}

/** Clauses of a sentence at "…, tandis que …", "…; …" — each may be a claim of its own. */
function splitClauses(ctx: Context, s: Sentence): { start: number; end: number }[] {
  const slice = ctx.text.slice(s.start, s.end);
  const quoted = allMatches(QUOTATION, slice, s.start);
  const inQuote = (at: number) => quoted.some((q) => q.index < at && at < q.index + q.text.length);
  const cuts: { at: number; resume: number }[] = [];
  for (const m of allMatches(ctx.r.splitter, slice, s.start)) {
    if (inQuote(m.index)) continue;
    const before = ctx.text.slice(Math.max(s.start, m.index - 2), m.index);
    if (/[,;]\s*$/.test(before)) cuts.push({ at: m.index - before.length + before.search(/[,;]/), resume: m.index + m.text.length });
  }
  for (const m of allMatches(/;/g, slice, s.start)) if (!inQuote(m.index)) cuts.push({ at: m.index, resume: m.index + 1 });
  if (cuts.length === 0) return [];
  cuts.sort((a, b) => a.at - b.at);
  const parts: { start: number; end: number }[] = [];
  let from = s.start;
  for (const c of cuts) {
    if (c.at > from) parts.push({ start: from, end: c.at });
    from = c.resume;
  }
  parts.push({ start: from, end: s.end });
  return parts
    .map((p) => {
      let start = p.start;
      while (start < p.end && /\s/.test(ctx.text[start]!)) start++;
      return { start, end: trimEnd(ctx.text, start, p.end) };
    })
    .filter((p) => p.end - p.start > 0);
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.;:,]/.test(text[e - 1]!)) e--;
  return e;
}

function analyse(ctx: Context, start: number, end: number, sentence: Sentence, previousSpeaker: Speaker | undefined): Analysis {
  const { text, tokens, r } = ctx;
  const slice = text.slice(start, end);
  const first = firstToken(tokens, start);
  const next = firstToken(tokens, end);
  const reasons: Reason[] = [];
  let score = 0;

  // Figures.
  const quantities = quantitiesIn(text, tokens, first, next, r);
  const salient = quantities.filter((q) => isSalient(q, r));
  if (salient.length > 0) {
    score += WEIGHTS.salientFigure;
    const detailed = salient.find((q) => q.approximate || q.lowerBound || q.upperBound || q.range || q.unit === "%");
    if (detailed || salient.length > 1) score += WEIGHTS.figureDetail;
    for (const q of salient) {
      const code = q.unit === "%" ? "percentage" : q.approximate && q.lowerBound && q.text.match(/^\D*$/u) ? "vagueFigure" : q.lowerBound || q.upperBound || q.approximate || q.range ? "boundedFigure" : "figure";
      reasons.push(reason(code, { text: squash(q.text) }));
    }
  } else if (quantities.length > 0) {
    score += WEIGHTS.minorFigure;
    reasons.push(reason("figure", { text: squash(quantities[0]!.text) }));
  }

  // Attribution and reported speech, with the speaker.
  const entities = entitiesIn(ctx.entities, start, end);
  const speakerCtx: SpeakerContext = { text, tokens, r, entities, people: ctx.people, first, next };
  let speaker: Speaker | undefined;
  let attributed = false;
  const marker = firstMatch(r.attribution, slice, start);
  if (marker) {
    const s = speakerAfterMarker(speakerCtx, marker);
    if (s) {
      speaker = s;
      attributed = true;
      reasons.push(reason("attribution", { text: squash(text.slice(marker.index, Math.min(end, marker.index + marker.text.length + s.name.length + 40))).replace(/[,.;].*$/, ""), speaker: s.name }));
    }
  }
  const verbs: { found: Found; present: boolean }[] = [
    ...allMatches(r.reporting, slice, start).map((found) => ({ found, present: false })),
    ...allMatches(r.reportingPresent, slice, start).map((found) => ({ found, present: true })),
  ].sort((a, b) => a.found.index - b.found.index);
  const quotes = allMatches(QUOTATION, slice, start);
  let reported = false;
  const withSpeakers = verbs.map((v) => ({ ...v, speaker: speakerOfVerb(speakerCtx, v.found, !v.present) })).filter((v) => v.speaker);
  // With a quotation, its speaker: the name after it ("», a déclaré X"), else the nearest verb before it.
  const firstQuote = quotes[0]?.index ?? -1;
  const chosen =
    (quotes.length > 0 &&
      (withSpeakers.find((v) => v.speaker!.via === "inverted" && v.found.index > firstQuote) ??
        [...withSpeakers].reverse().find((v) => v.found.index < firstQuote))) ||
    withSpeakers[0];
  if (chosen) {
    if (!speaker || quotes.length > 0) speaker = chosen.speaker!.speaker;
    reported = true;
    reasons.push(reason("reportedSpeech", { text: squash(chosen.found.text), speaker: chosen.speaker!.speaker.name }));
  }
  if (attributed || reported) score += WEIGHTS.attribution;
  else if (verbs.length > 0) {
    score += WEIGHTS.reportingWithoutSpeaker;
    reasons.push(reason("reportedSpeech", { text: squash(verbs[0]!.found.text), speaker: "" }));
  }

  // Quotations.
  if (quotes.length > 0) {
    const opensWithQuote = /^[«“"]/.test(slice);
    if (!speaker && opensWithQuote && previousSpeaker) speaker = previousSpeaker;
    score += speaker || verbs.length > 0 ? WEIGHTS.quotation : WEIGHTS.looseQuotation;
    reasons.push(reason("quotation", { text: squash(quotes[0]!.text) }));
  }

  // Records and comparisons.
  const superlative = firstMatch(r.superlative, slice, start);
  const firstTime = firstMatch(r.firstTime, slice, start);
  if (superlative || firstTime) score += WEIGHTS.superlative;
  if (superlative) reasons.push(reason("superlative", { text: squash(superlative.text) }));
  if (firstTime) reasons.push(reason("firstTime", { text: squash(firstTime.text) }));
  const comparison = firstMatch(r.comparison, slice, start);
  if (comparison) {
    score += WEIGHTS.comparison;
    reasons.push(reason("comparison", { text: squash(comparison.text) }));
  }

  // Named entities.
  let entityScore = 0;
  for (const type of ["person", "place", "organisation"] as const) {
    const names = [...new Set(entities.filter((e) => e.type === type).map((e) => squash(e.text)))];
    if (names.length === 0) continue;
    entityScore += WEIGHTS[type] + (names.length - 1) * WEIGHTS.moreEntities;
    reasons.push(reason(type, { names: names.join(", ") }));
  }
  score += Math.min(ENTITY_CAP, entityScore);

  // A dated event in the past.
  const hedge = firstMatch(r.hedge, slice, start);
  const event = firstMatch(r.pastEvent, slice, start);
  if (event && !(hedge && hedge.index <= event.index && event.index - hedge.index < hedge.text.length + 3)) {
    score += WEIGHTS.pastEvent;
    reasons.push(reason("pastEvent", { text: squash(event.text) }));
  }
  const date = firstMatch(r.date, slice, start);
  if (date) {
    score += WEIGHTS.date;
    reasons.push(reason("date", { text: squash(date.text) }));
  }

  // What makes a sentence less checkable.
  if (hedge) score += attributed || reported ? WEIGHTS.hedge / 2 : WEIGHTS.hedge;
  if (firstMatch(r.commentary, slice, start)) score += WEIGHTS.commentary;
  if (sentence.heading) score += WEIGHTS.heading;
  if (next - first < 5) score += WEIGHTS.short;
  if (/\?\s*[»"”]?\s*$/.test(text.slice(start, sentence.end))) score += WEIGHTS.question;

  const kind: SuggestionKind = salient.length > 0 ? "numeric" : quotes.length > 0 ? "quote" : "event";
  return {
    start,
    end,
    // Rounded so that sums of weights compare exactly with the threshold.
    score: Math.round(Math.max(0, Math.min(1, score)) * 100) / 100,
    kind,
    reasons,
    ...(speaker ? { speaker } : {}),
    quantities,
    entities: entities.map((e) => ({ ...e, text: text.slice(e.start, e.end) })),
  };
}

/** A figure worth checking: a percentage, a bound, a vague count, a count of people, or more than two of anything. */
function isSalient(q: LocatedQuantity, r: CompiledRules): boolean {
  if (q.unit === "%" || q.range || q.lowerBound || q.upperBound || q.approximate) return true;
  if (r.peopleNouns.has(q.unit.toLowerCase())) return true;
  return q.value >= 3;
}

/** The entities inside [start, end), found by binary search (entities are in text order). */
function entitiesIn(entities: readonly Entity[], start: number, end: number): Entity[] {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Entity[] = [];
  for (let i = lo; i < entities.length && entities[i]!.start < end; i++) if (entities[i]!.end <= end) out.push(entities[i]!);
  return out;
}

function firstToken(tokens: readonly Token[], offset: number): number {
  const k = tokenAt(tokens, offset, 0, tokens.length);
  return k < 0 ? tokens.length : k;
}
