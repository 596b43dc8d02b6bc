// The pure half of entity resolution: matching keys, which candidate a mention denotes and what
// to record about its spelling, and whether a claim's text mentions a spelling. No database, no
// server imports; lib/entities/resolve.ts feeds it the candidates of one indexed lookup.
import { aliasReason, ALIAS_THRESHOLD, nameSimilarity, normaliseName, type AliasReason } from "@/lib/intelligence/names";

import { foldSpelling } from "./schemas";
import { encodeReason, onlyCaseOrAccents, reasonFromAlias, type StoredReason } from "./reason";
import type { AliasStatus, EntityType } from "./types";

/**
 * An entity's matching keys: its name's, then each confirmed alias's, without repeats or empty
 * keys. Proposed aliases are left out on purpose: a key attracts every later mention with no one
 * looking, so only what an editor confirmed (or the name) may do that. Nothing is lost by it: a
 * spelling proposed because its key equals the name's key is matched by that key anyway, and one
 * proposed for similarity is found again by the same similarity.
 */
export function entityKeys(name: string, confirmedAliases: readonly string[]): string[] {
  const keys: string[] = [];
  for (const s of [name, ...confirmedAliases]) {
    const k = normaliseName(s);
    if (k && !keys.includes(k)) keys.push(k);
  }
  return keys;
}

export interface CandidateAlias {
  id: string;
  alias: string;
  status: AliasStatus;
  reason: string | null;
  score: number | null;
}

/** An entity the lookup returned for a mention. */
export interface Candidate {
  id: string;
  name: string;
  type: EntityType;
  description: string | null;
  /** One of its keys is the mention's key. */
  keyMatch: boolean;
  /** pg_trgm similarity of the unaccented, lower-cased name and the mention (0–1). */
  nameSim: number;
  /**
   * The place (its English name) of which the mention and one of the entity's spellings are both
   * known names in the gazetteer's alternate names ("Kiev" and "Kyiv" → "Kyiv"); absent otherwise.
   */
  gazetteer?: string;
  /** Every alias row, whatever its status. */
  aliases: CandidateAlias[];
}

/** What to write for the spelling of a mention that joins an existing entity. */
export interface AliasToRecord {
  alias: string;
  status: Extract<AliasStatus, "proposed" | "confirmed">;
  reason: string | null;
  score: number;
}

export type Resolution =
  | { action: "create" }
  | {
      action: "link";
      candidate: Candidate;
      /**
       * "spelling": its name or a confirmed alias, ignoring case and accents; "key": same key;
       * "gazetteer": a known alternate name of the same place; "similar".
       */
      match: "spelling" | "key" | "gazetteer" | "similar";
      /** The alias row to add, or null when the spelling is already known. */
      record: AliasToRecord | null;
      /** The existing alias row of exactly this spelling (ignoring case), if any. */
      existing: CandidateAlias | null;
    };

/**
 * Two different keys are proposed as one entity from a trigram similarity of ALIAS_THRESHOLD
 * (0.45, lib/intelligence/names: the one definition shared with the suggestion engine). It is
 * where transliterations that folding misses still meet ("Soujda"/"Sudzha" 0.5,
 * "Zelenskyi"/"Zelensky" 0.73) and unrelated names of the same shape stay apart
 * ("Paris"/"Parme" 0.33, "Russie"/"Biélorussie" 0.36, two people sharing a first name ≈ 0.35).
 */
export const SIMILAR_THRESHOLD = ALIAS_THRESHOLD;

/**
 * The database's candidate floor: pg_trgm's default `%` threshold (0.3). It is below
 * SIMILAR_THRESHOLD so the lookup never drops an entity the decision would take: both measure
 * trigrams of the same folded keys, the lookup only less strictly.
 */
export const CANDIDATE_FLOOR = 0.3;

function spellingsOf(c: Candidate): string[] {
  return [c.name, ...c.aliases.filter((a) => a.status === "confirmed").map((a) => a.alias)];
}

const KIND_RANK: Record<AliasReason["kind"], number> = { identical: 3, folded: 2, similar: 1, partial: 0 };

const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/**
 * Whether two names of several words are the same words, each spelled alike: "Volodymyr Zelensky"
 * and "Volodimir Zelenskii" are, "forces aériennes ukrainiennes" and "forces armées ukrainiennes"
 * are not, though their trigrams are 70 % alike — the shared generic words carry the similarity.
 * Single words are left to the whole-name similarity.
 */
export function wordsAlign(a: string, b: string): boolean {
  const wa = a.split(WORD_SPLIT).filter(Boolean);
  const wb = b.split(WORD_SPLIT).filter(Boolean);
  if (wa.length <= 1 && wb.length <= 1) return true;
  if (wa.length !== wb.length) return false;
  return wa.every((w, i) => nameSimilarity(w, wb[i]!) >= SIMILAR_THRESHOLD);
}

/** The best reason any of `spellings` gives for `mention` being the same entity, and its score. */
function bestReason(mention: string, spellings: readonly string[], type: EntityType): { spelling: string; reason: AliasReason; score: number } | null {
  let best: { spelling: string; reason: AliasReason; score: number } | null = null;
  for (const spelling of spellings) {
    const reason = aliasReason(spelling, mention);
    if (!reason) continue;
    // "Poutine" for "Vladimir Poutine" is how articles name people after the first mention; a place
    // or an organisation inside a longer name is usually another one ("Koursk", "oblast de Koursk").
    if (reason.kind === "partial" && type !== "person") continue;
    if (reason.kind === "similar" && !wordsAlign(spelling, mention)) continue;
    const score = reason.kind === "identical" || reason.kind === "folded" ? 1 : reason.similarity;
    if (!best || KIND_RANK[reason.kind] > KIND_RANK[best.reason.kind] || (KIND_RANK[reason.kind] === KIND_RANK[best.reason.kind] && score > best.score)) {
      best = { spelling, reason, score };
    }
  }
  return best;
}

/** A partial match is shown with the names as written ("Poutine" is part of "Vladimir Poutine"), not their keys. */
function storedReason(reason: AliasReason, spelling: string, mention: string): StoredReason | null {
  if (reason.kind !== "partial") return reasonFromAlias(reason);
  const [short, long] = mention.split(WORD_SPLIT).length <= spelling.split(WORD_SPLIT).length ? [mention, spelling] : [spelling, mention];
  return { kind: "partial", short, long };
}

/** The alias row of exactly this spelling, ignoring letter case. */
function existingRow(c: Candidate, mention: string): CandidateAlias | null {
  const lower = mention.toLowerCase();
  return c.aliases.find((a) => a.alias.toLowerCase() === lower) ?? null;
}

/**
 * Which entity a mention denotes among the lookup's candidates (already free of entities that
 * rejected this spelling), and what to record:
 * - its name or a confirmed alias, ignoring case and accents → that entity; an accent variant is
 *   recorded as a confirmed alias, a case variant not at all (search ignores case);
 * - else the same key (any type: the engine's person/place guess is the weaker evidence) → that
 *   entity, the spelling recorded as a proposed alias with the folding rules as its reason;
 * - else an entity one of whose spellings the gazetteer lists as another name of the same place
 *   ("Kyiv" for "Kiev") → that entity, the spelling proposed with the place as reason, score 1;
 * - else an entity of the same type whose name or confirmed alias is similar enough (see
 *   SIMILAR_THRESHOLD) → that entity, the spelling proposed with the similarity as reason and score;
 * - else a new entity.
 */
export function decide(mention: string, type: EntityType, candidates: readonly Candidate[]): Resolution {
  const folded = foldSpelling(mention);
  const keyed = candidates.filter((c) => c.keyMatch);
  const bySpelling = keyed.find((c) => spellingsOf(c).some((s) => foldSpelling(s) === folded));
  const exact = bySpelling ?? keyed.find((c) => c.type === type) ?? keyed[0];
  if (exact) {
    const existing = existingRow(exact, mention);
    const spellings = spellingsOf(exact);
    const lower = mention.toLowerCase();
    if (existing || spellings.some((s) => s.toLowerCase() === lower)) {
      return { action: "link", candidate: exact, match: bySpelling ? "spelling" : "key", record: null, existing };
    }
    const key = normaliseName(mention);
    const best = bestReason(mention, spellings.filter((s) => normaliseName(s) === key), type) ?? bestReason(mention, spellings, type);
    const stored = best ? reasonFromAlias(best.reason) : null;
    const confirmed = best ? onlyCaseOrAccents(best.reason) : false;
    return {
      action: "link",
      candidate: exact,
      match: bySpelling ? "spelling" : "key",
      record: { alias: mention, status: confirmed ? "confirmed" : "proposed", reason: stored ? encodeReason(stored) : null, score: 1 },
      existing: null,
    };
  }

  // A place's known other name says more than any spelling similarity ("Kiev"/"Kyiv" share 25 %).
  const known = candidates.filter((c) => c.gazetteer);
  const place = known.find((c) => c.type === type) ?? known[0];
  if (place?.gazetteer) {
    const existing = existingRow(place, mention);
    return {
      action: "link",
      candidate: place,
      match: "gazetteer",
      record: existing ? null : { alias: mention, status: "proposed", reason: encodeReason({ kind: "gazetteer", place: place.gazetteer }), score: 1 },
      existing,
    };
  }

  let chosen: { candidate: Candidate; reason: string; score: number } | null = null;
  for (const c of candidates) {
    if (c.type !== type) continue;
    const best = bestReason(mention, spellingsOf(c), type);
    let reason = best ? storedReason(best.reason, best.spelling, mention) : null;
    let score = best?.score ?? 0;
    // The unaccented name itself may be closer than the folded keys (folding can pull apart names
    // that differ in one folded letter); either measure passing the threshold is enough.
    // A "partial" reason (surname in a full name) says more than a similarity and stays.
    if (c.nameSim >= SIMILAR_THRESHOLD && c.nameSim > score && best?.reason.kind !== "partial" && wordsAlign(c.name, mention)) {
      score = c.nameSim;
      reason = { kind: "similar", percent: Math.round(c.nameSim * 100) };
    }
    // aliasReason only answers above the threshold (or for a surname inside a person's full name).
    if (!reason) continue;
    if (!chosen || score > chosen.score) chosen = { candidate: c, reason: encodeReason(reason), score };
  }
  if (!chosen) return { action: "create" };
  const existing = existingRow(chosen.candidate, mention);
  return {
    action: "link",
    candidate: chosen.candidate,
    match: "similar",
    record: existing ? null : { alias: mention, status: "proposed", reason: chosen.reason, score: Math.round(chosen.score * 1000) / 1000 },
    existing,
  };
}

// Letters, marks and digits of any script: a spelling is found only as whole words.
const WORDCHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Whether `text` mentions `spelling` as whole words, ignoring case, accents, typographic
 * apostrophes and runs of spaces ("Guerassimov’s" mentions "Guérassimov"; "Koursks" does not
 * mention "Koursk"). Spelling-exact on purpose: after a split, "Kursk" and "Koursk" may share a
 * key yet name two entities.
 */
export function mentionsSpelling(text: string, spelling: string): boolean {
  const needle = foldSpelling(spelling);
  if (!needle) return false;
  const hay = foldSpelling(text);
  let from = 0;
  for (;;) {
    const at = hay.indexOf(needle, from);
    if (at < 0) return false;
    const before = hay[at - 1];
    const after = hay[at + needle.length];
    if ((before === undefined || !WORDCHAR.test(before)) && (after === undefined || !WORDCHAR.test(after))) return true;
    from = at + 1;
  }
}
