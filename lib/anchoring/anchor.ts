// Re-finding a claim's quote in a new version of an article's text (issue 4, "Anchoring").
// Order: the stored position if the text there still reads `exact`, else an exact search for the
// quote (several hits ranked by prefix/suffix), else a fuzzy search (approx-string-match, as
// Hypothesis does) scored on quote and context, else an orphan — never a silent drop.
//
// Matching happens on a "match key" copy of the text: NFC, every whitespace run (NBSP and narrow
// NBSP included) folded to one space, typographic apostrophes folded to '. An offset map takes
// each key character back to the real text, so results are always offsets into the new text as
// it is (UTF-16 code units, never inside a surrogate pair or between a letter and its accent).
// Pure and isomorphic: used by the server when a version is saved and by the browser editor.
import search from "approx-string-match";
import { splitsSurrogatePair, type AnchorSelectors } from "./selectors";

export type AnchorMethod = "position" | "quote" | "fuzzy";

/** Why a claim could not be placed in the new text. */
export type OrphanReason =
  /** The selectors are unusable (empty quote). */
  | "invalid-selector"
  /** Nothing within the error budget of the quote. */
  | "not-found"
  /** Something close to the quote exists, but with too little of the quote or its context. */
  | "low-score";

export type AnchorResult =
  | {
      start: number;
      end: number;
      method: AnchorMethod;
      /** 0–1, how well the match and its context fit; only for quote and fuzzy matches. */
      score?: number;
    }
  | { method: "orphan"; reason: OrphanReason };

export type AnchorInput = Pick<AnchorSelectors, "quote"> & {
  position?: AnchorSelectors["position"];
  /**
   * For reanchorAll with `oldText`: the claim is an orphan that was already searched for in the
   * old text, in vain. Its quote can then only be found where the edit changed something, so the
   * fuzzy search (the costly step) looks only around the changed stretches.
   */
  absentFromOld?: boolean;
};

/** Key ranges of the new text an edit changed (reanchorAll), for claims absent from the old text. */
type KeyRange = { from: number; to: number };

/** Minimum combined score (quote similarity 60 %, prefix 20 %, suffix 20 %) for a fuzzy match. */
export const FUZZY_THRESHOLD = 0.6;
const MAX_ERRORS_CAP = 32;
/** Prefix/suffix similarity (mean) above which a position that still reads the quote is taken without a search. */
const POSITION_CONTEXT_AGREES = 0.75;
/** How far a fuzzy match may be widened to reach a word boundary. */
const MAX_SNAP = 24;

// ─── Match key ─────────────────────────────────────────────────────────────────────────────────

const isWhitespace = (c: number) =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

// ’ ‘ ʼ ′ are the same apostrophe to a reader; editors and importers swap them freely.
const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x2032]);
const COMBINING = /^\p{M}$/u;

function foldChar(ch: string): string {
  return APOSTROPHES.has(ch.charCodeAt(0)) ? "'" : ch;
}

/** The match key of a short string (a quote, a prefix): same folding as the text's key. */
export function matchKey(s: string): string {
  // Most quotes and contexts are already their own key: no fold, no NFC change, single spaces.
  if (!NEEDS_KEY.test(s)) return s;
  return buildKey(s).key;
}
const NEEDS_KEY = /[^\x21-\x9f\xa1-\u02ff ]| {2}/;

interface Key {
  key: string;
  /** keyStart[i]: offset in the real text where the piece that produced key[i] starts. */
  keyStart: Int32Array;
  /** keyEnd[i]: offset in the real text where that piece ends. */
  keyEnd: Int32Array;
  /** toKey[j]: the key offset of real offset j (the first key character at or after it). */
  toKey: Int32Array;
}

/**
 * The key is built piece by piece: a whitespace run, or one code point with the combining marks
 * after it (NFC-normalised as a unit). A piece never splits a surrogate pair or detaches an
 * accent, so mapping any key range back lands on character boundaries of the real text.
 */
function buildKey(text: string): Key {
  const n = text.length;
  const parts: string[] = [];
  // NFC can lengthen a piece (at most threefold), so the key may be longer than the text.
  const keyStart = new Int32Array(3 * n + 1);
  const keyEnd = new Int32Array(3 * n + 1);
  const toKey = new Int32Array(n + 1);
  let k = 0;
  let i = 0;
  let plainFrom = 0; // start of the pending run of characters copied as they are
  const flushPlain = (to: number) => {
    if (to > plainFrom) parts.push(text.slice(plainFrom, to));
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWhitespace(c)) {
      let j = i + 1;
      while (j < n && isWhitespace(text.charCodeAt(j))) j++;
      if (j - i === 1 && c === 0x20) {
        toKey[i] = k;
        keyStart[k] = i;
        keyEnd[k] = j;
        k++;
        i = j;
        continue;
      }
      flushPlain(i);
      parts.push(" ");
      for (let p = i; p < j; p++) toKey[p] = k;
      keyStart[k] = i;
      keyEnd[k] = j;
      k++;
      i = j;
      plainFrom = j;
      continue;
    }
    let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
    // Fast path: below U+0300 a lone character is already NFC and nothing combines with what follows
    // unless the next character is a combining mark.
    const next = j < n ? text.charCodeAt(j) : 0;
    if (c < 0x300 && next < 0x300) {
      toKey[i] = k;
      keyStart[k] = i;
      keyEnd[k] = j;
      k++;
      i = j;
      continue;
    }
    while (j < n) {
      const cp = text.codePointAt(j)!;
      if (cp < 0x300 || !COMBINING.test(String.fromCodePoint(cp))) break;
      j += cp > 0xffff ? 2 : 1;
    }
    // A letter with its accents, an astral character (two code units), or a character to fold:
    // every key unit it yields maps to the whole piece, so no match can cut inside it.
    const piece = text.slice(i, j);
    const folded = Array.from(piece.normalize("NFC"), foldChar).join("");
    if (folded !== piece) {
      flushPlain(i);
      parts.push(folded);
      plainFrom = j;
    }
    for (let p = i; p < j; p++) toKey[p] = k;
    for (let q = 0; q < folded.length; q++) {
      keyStart[k + q] = i;
      keyEnd[k + q] = j;
    }
    k += folded.length;
    i = j;
  }
  flushPlain(n);
  toKey[n] = k;
  keyStart[k] = n;
  keyEnd[k] = n;
  return { key: parts.join(""), keyStart: keyStart.subarray(0, k + 1), keyEnd: keyEnd.subarray(0, k + 1), toKey };
}

// ─── Scoring ───────────────────────────────────────────────────────────────────────────────────

/** Levenshtein distance, for short strings only (contexts of ≤ 32 characters). */
function distance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

const similarity = (a: string, b: string) => (a.length === 0 && b.length === 0 ? 1 : 1 - distance(a, b) / Math.max(a.length, b.length));

/** A text prepared once for any number of anchors: its match key and offset maps. */
export interface PreparedText {
  text: string;
  key: Key;
}

export function prepareText(text: string): PreparedText {
  return { text, key: buildKey(text) };
}

interface Wanted {
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * How well the stored prefix and suffix fit around key range [s, e): 0–1 each, `null` when the
 * selector stored none (nothing to compare, so it does not weigh either way). Half edit-distance
 * similarity, half the share of characters that still touch the quote unchanged: a repeated
 * quote's neighbours often share words further out ("a promis «…» pour le"), so the characters
 * right next to the quote are what tells two occurrences apart.
 */
function contextScores(t: PreparedText, w: Wanted, s: number, e: number): { prefix: number | null; suffix: number | null } {
  const key = t.key.key;
  let prefix: number | null = null;
  let suffix: number | null = null;
  if (w.prefix.length > 0) {
    const before = key.slice(Math.max(0, s - w.prefix.length), s);
    let same = 0;
    while (same < before.length && before.charCodeAt(before.length - 1 - same) === w.prefix.charCodeAt(w.prefix.length - 1 - same)) same++;
    prefix = (similarity(w.prefix, before) + same / w.prefix.length) / 2;
  }
  if (w.suffix.length > 0) {
    const after = key.slice(e, e + w.suffix.length);
    let same = 0;
    while (same < after.length && after.charCodeAt(same) === w.suffix.charCodeAt(same)) same++;
    suffix = (similarity(w.suffix, after) + same / w.suffix.length) / 2;
  }
  return { prefix, suffix };
}

function combined(quote: number, ctx: { prefix: number | null; suffix: number | null }): number {
  let total = 0.6 * quote;
  let weight = 0.6;
  if (ctx.prefix !== null) {
    total += 0.2 * ctx.prefix;
    weight += 0.2;
  }
  if (ctx.suffix !== null) {
    total += 0.2 * ctx.suffix;
    weight += 0.2;
  }
  return total / weight;
}

/** Real-text range of key range [s, e). */
function toReal(t: PreparedText, s: number, e: number): { start: number; end: number } {
  return { start: t.key.keyStart[s]!, end: t.key.keyEnd[e - 1]! };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

// ─── Anchoring ─────────────────────────────────────────────────────────────────────────────────

/**
 * Places one anchor in `text`. `position` is the old TextPositionSelector: checked first, then
 * used to prefer the nearest of equally good matches. For many anchors on the same text, use
 * `reanchorAll`, which prepares the text once and maps positions through the edit.
 */
export function anchor(text: string, selectors: AnchorInput): AnchorResult {
  return anchorPrepared(prepareText(text), selectors, selectors.position ? { start: selectors.position.start, end: selectors.position.end } : undefined);
}

/**
 * `hint`: where the quote is expected in the prepared text (the old position, or it mapped through
 * the edit). `changed`: the key ranges an edit changed, when the quote is known to be absent from
 * the text before the edit (see AnchorInput.absentFromOld).
 */
export function anchorPrepared(t: PreparedText, selectors: AnchorInput, hint?: { start: number; end: number }, changed?: readonly KeyRange[]): AnchorResult {
  const exact = selectors.quote.exact;
  if (exact.length === 0) return { method: "orphan", reason: "invalid-selector" };
  const w: Wanted = { exact: matchKey(exact), prefix: matchKey(selectors.quote.prefix ?? ""), suffix: matchKey(selectors.quote.suffix ?? "") };
  if (w.exact.length === 0) return { method: "orphan", reason: "invalid-selector" };
  const { text } = t;

  const key = t.key.key;
  const hintKey = hint ? t.key.toKey[Math.min(Math.max(0, hint.start), text.length)]! : undefined;
  const closeness = (s: number) => (hintKey === undefined || key.length === 0 ? 0 : 1 - Math.min(1, Math.abs(s - hintKey) / key.length));

  // (a) The expected place still reads the quote. Trusted at once when the context agrees too;
  // otherwise the same words may be another occurrence that slid into place (a repeated quote
  // after paragraphs were swapped), so (b) ranks every occurrence and keeps "position" if this
  // one wins.
  let positionKey: number | undefined;
  if (hint && hint.start >= 0 && hint.end <= text.length && hint.start < hint.end && !splitsSurrogatePair(text, hint.start) && !splitsSurrogatePair(text, hint.end)) {
    const there = text.slice(hint.start, hint.end);
    if (there === exact || matchKey(there) === w.exact) {
      const s = t.key.toKey[hint.start]!;
      const { prefix, suffix } = contextScores(t, w, s, s + w.exact.length);
      const agree = prefix === null ? (suffix ?? 1) : suffix === null ? prefix : (prefix + suffix) / 2;
      if (agree >= POSITION_CONTEXT_AGREES) return { start: hint.start, end: hint.end, method: "position" };
      positionKey = s;
    }
  }

  // (b) Exact search in the key: every occurrence, ranked by context, then by distance to the hint.
  const hits: number[] = [];
  for (let at = key.indexOf(w.exact); at >= 0; at = key.indexOf(w.exact, at + 1)) hits.push(at);
  if (hits.length > 0) {
    let best = { s: hits[0]!, score: -1, rank: -1 };
    for (const s of hits) {
      const score = combined(1, contextScores(t, w, s, s + w.exact.length));
      const rank = score + 0.001 * closeness(s);
      if (rank > best.rank) best = { s, score, rank };
    }
    if (best.s === positionKey && hint) return { start: hint.start, end: hint.end, method: "position", score: round3(best.score) };
    return { ...toReal(t, best.s, best.s + w.exact.length), method: "quote", score: round3(best.score) };
  }

  // (c) Fuzzy: near the expected place first, then the whole text (or, for a quote absent from
  // the text before the edit, only around what the edit changed).
  const maxErrors = Math.min(MAX_ERRORS_CAP, Math.floor(w.exact.length / 4));
  if (maxErrors === 0) return { method: "orphan", reason: "not-found" };
  const slack = Math.max(256, 2 * w.exact.length);
  let windowed: { from: number; to: number } | undefined;
  if (hintKey !== undefined) {
    const from = Math.max(0, hintKey - slack);
    const to = Math.min(key.length, hintKey + w.exact.length + slack);
    if (from > 0 || to < key.length) windowed = { from, to };
  }
  let sawCandidate = false;
  // Passes, each a set of ranges searched as one; the first pass with a good enough match wins.
  const whole = [{ from: 0, to: key.length }];
  const passes = changed ? [near(changed, w.exact.length + maxErrors + Math.max(w.prefix.length, w.suffix.length), key.length)] : windowed ? [[windowed], whole] : [whole];
  for (const ranges of passes) {
    let best: { s: number; e: number; score: number; rank: number } | undefined;
    for (const range of ranges) {
      const matches = search(key.slice(range.from, range.to), w.exact, maxErrors);
      let lastEnd = -1;
      for (const m of matches) {
        const s = m.start + range.from;
        const e = m.end + range.from;
        if (s < lastEnd) continue; // the matcher reports neighbouring ends of one match; keep the first
        lastEnd = e;
        if (e <= s) continue;
        sawCandidate = true;
        const quoteSim = 1 - m.errors / w.exact.length;
        const score = combined(quoteSim, contextScores(t, w, s, e));
        const rank = score + 0.001 * closeness(s);
        if (!best || rank > best.rank) best = { s, e, score, rank };
      }
    }
    if (best && best.score >= FUZZY_THRESHOLD) {
      const real = toReal(t, best.s, best.e);
      return { ...snapToWords(text, trimWhitespace(text, real.start, real.end, exact), selectors.quote), method: "fuzzy", score: round3(best.score) };
    }
  }
  return { method: "orphan", reason: sawCandidate ? "low-score" : "not-found" };
}

/**
 * The changed key ranges widened by `margin` on both sides (a match and its context may straddle
 * the change), clipped to the text and merged where they meet, so a fuzzy search in them finds
 * every match the edit could have made. A match and its context lying wholly in unchanged text
 * scored the same before the edit, when it was not good enough.
 */
function near(changed: readonly KeyRange[], margin: number, length: number): KeyRange[] {
  const out: KeyRange[] = [];
  for (const r of changed) {
    const from = Math.max(0, r.from - margin);
    const to = Math.min(length, r.to + margin);
    const last = out[out.length - 1];
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else out.push({ from, to });
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const isWordAt = (s: string, i: number) => i >= 0 && i < s.length && WORD_CHAR.test(s[i]!);

/**
 * A fuzzy match is the cheapest alignment, which may start or end mid-word ("simple effet" matched
 * as "le effet" for "un effet"). When the original quote began (ended) on a word boundary, widen
 * the match to the whole word, so the highlight stays readable.
 */
function snapToWords(text: string, r: { start: number; end: number }, quote: AnchorSelectors["quote"]): { start: number; end: number } {
  let { start, end } = r;
  const exact = quote.exact;
  const prefix = quote.prefix ?? "";
  const suffix = quote.suffix ?? "";
  if (isWordAt(exact, 0) && !isWordAt(prefix, prefix.length - 1)) {
    for (let n = 0; n < MAX_SNAP && isWordAt(text, start - 1); n++) start--;
  }
  if (isWordAt(exact, exact.length - 1) && !isWordAt(suffix, 0)) {
    for (let n = 0; n < MAX_SNAP && isWordAt(text, end); n++) end++;
  }
  // Word characters are never surrogate halves in practice, but stay on code-point boundaries anyway.
  if (splitsSurrogatePair(text, start)) start++;
  if (splitsSurrogatePair(text, end)) end--;
  return { start, end };
}

/** A fuzzy match may swallow a neighbouring space the quote did not have at that end. */
function trimWhitespace(text: string, start: number, end: number, exact: string): { start: number; end: number } {
  let s = start;
  let e = end;
  if (!isWhitespace(exact.charCodeAt(0))) while (s < e && isWhitespace(text.charCodeAt(s))) s++;
  if (!isWhitespace(exact.charCodeAt(exact.length - 1))) while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : { start, end };
}

// ─── Re-anchoring many claims after an edit ──────────────────────────────────────────────────────

/** A stretch of text the edit left alone: old [oldStart, oldStart+length) = new [newStart, …). */
export interface Unchanged {
  oldStart: number;
  newStart: number;
  length: number;
}

const WORD = /\S+/g;

/** Word offsets: starts[i] and ends[i] in code units. */
function words(text: string): { list: string[]; starts: Int32Array; ends: Int32Array } {
  const list: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(WORD)) {
    list.push(m[0]);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { list, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/**
 * Shingle widths used as anchors: a rare word is unique on its own; in prose with a small
 * vocabulary, three words in a row nearly always are.
 */
const SHINGLES = [1, 3] as const;

/**
 * Index of every shingle (`width` consecutive words) that occurs exactly once in `w`, in
 * [from, to); -1 marks a repeated one.
 */
function uniqueShingles(w: string[], from: number, to: number, width: number): Map<string, number> {
  const seen = new Map<string, number>();
  for (let i = from; i + width <= to; i++) {
    const key = width === 1 ? w[i]! : w.slice(i, i + width).join("\u0000");
    seen.set(key, seen.has(key) ? -1 : i);
  }
  return seen;
}

/** Longest increasing subsequence of pairs' second element (pairs sorted by the first). */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = []; // index into pairs of the smallest tail of each length
  const back = new Int32Array(pairs.length).fill(-1);
  for (let i = 0; i < pairs.length; i++) {
    const y = pairs[i]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < y) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out: [number, number][] = [];
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = back[i]!) out.push(pairs[i]!);
  return out.reverse();
}

/**
 * The stretches of text an edit left unchanged, by a word-level "patience" diff: single words or shingles of three
 * words that occur once in each version anchor the alignment (their longest in-order chain), and
 * equal words are then extended forward and backward from each anchor. Linear-ish in the text
 * size whatever the number of edits, unlike an O(ND) diff, which took ~300 ms on a 5 % edit of a
 * 10,000-word text. Where the alignment is unsure it maps nothing: those quotes are searched for.
 */
export function unchangedRegions(oldText: string, newText: string): Unchanged[] {
  const A = words(oldText);
  const B = words(newText);
  const n = A.list.length;
  const m = B.list.length;
  // Matched word pairs, in order; built from the common head, the anchors, and the common tail.
  const matchA = new Int32Array(n).fill(-1);
  let head = 0;
  while (head < n && head < m && A.list[head] === B.list[head]) {
    matchA[head] = head;
    head++;
  }
  let tail = 0;
  while (tail < n - head && tail < m - head && A.list[n - 1 - tail] === B.list[m - 1 - tail]) {
    matchA[n - 1 - tail] = m - 1 - tail;
    tail++;
  }
  const pairs: [number, number][] = [];
  for (const width of SHINGLES) {
    const inA = uniqueShingles(A.list, head, n - tail, width);
    const inB = uniqueShingles(B.list, head, m - tail, width);
    for (const [key, i] of inA) {
      const j = inB.get(key);
      if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j]);
    }
  }
  // By old index, and for one old index the larger new index first, so the chain takes one of them.
  pairs.sort((p, q) => p[0] - q[0] || q[1] - p[1]);
  let lastA = head - 1;
  let lastB = head - 1;
  const chain = longestIncreasing(pairs);
  for (let c = 0; c < chain.length; c++) {
    const [i, j] = chain[c]!;
    if (i <= lastA || j <= lastB) continue;
    // Backward from the anchor over equal words not yet matched.
    let bi = i - 1;
    let bj = j - 1;
    while (bi > lastA && bj > lastB && A.list[bi] === B.list[bj]) matchA[bi--] = bj--;
    // The anchor and forward, up to the next anchor or the common tail.
    const [limitA, limitB] = c + 1 < chain.length ? chain[c + 1]! : [n - tail, m - tail];
    let fi = i;
    let fj = j;
    while (fi < limitA && fj < limitB && A.list[fi] === B.list[fj]) matchA[fi++] = fj++;
    lastA = fi - 1;
    lastB = fj - 1;
  }
  // Word pairs → character regions; consecutive pairs merge when the space between them is equal.
  const regions: Unchanged[] = [];
  let prevI = -2;
  for (let i = 0; i < n; i++) {
    const j = matchA[i]!;
    if (j < 0) continue;
    const last = regions[regions.length - 1];
    if (last && prevI === i - 1 && matchA[prevI] === j - 1 && oldText.slice(A.ends[prevI]!, A.starts[i]!) === newText.slice(B.ends[j - 1]!, B.starts[j]!)) {
      last.length = A.ends[i]! - last.oldStart;
    } else {
      regions.push({ oldStart: A.starts[i]!, newStart: B.starts[j]!, length: A.ends[i]! - A.starts[i]! });
    }
    prevI = i;
  }
  return regions;
}

/** Old offset → new offset: exact inside an unchanged region, else an estimate from the region before. */
function mapOffset(regions: Unchanged[], p: number): { at: number; exact: boolean; region: number } {
  let lo = 0;
  let hi = regions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid]!.oldStart <= p) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return { at: p, exact: false, region: -1 };
  const r = regions[found]!;
  if (p < r.oldStart + r.length) return { at: r.newStart + (p - r.oldStart), exact: true, region: found };
  return { at: r.newStart + r.length + (p - r.oldStart - r.length), exact: false, region: found };
}

/**
 * The key ranges of the new text around and between the unchanged regions: what the edit inserted
 * or rewrote. Where the edit only deleted, the range is the space left between the two regions
 * (regions are runs of whole words), so a quote formed across the seam is searched for too.
 */
function changedKeyRanges(t: PreparedText, regions: readonly Unchanged[]): KeyRange[] {
  const toKey = t.key.toKey;
  const out: KeyRange[] = [];
  let at = 0;
  for (const r of regions) {
    out.push({ from: toKey[at]!, to: toKey[Math.max(at, r.newStart)]! });
    at = Math.max(at, r.newStart + r.length);
  }
  out.push({ from: toKey[at]!, to: toKey[t.text.length]! });
  return out;
}

/**
 * Re-anchors many claims on a new version of their article's text in one pass. With `oldText`
 * (the version the positions refer to), the edit is diffed once and each old position is mapped
 * through it, so a quote in untouched text is placed without any search; the rest are searched
 * near their mapped place. Results come back in the order of `claims`.
 */
export function reanchorAll(claims: readonly AnchorInput[], newText: string, { oldText }: { oldText?: string } = {}): AnchorResult[] {
  const prepared = prepareText(newText);
  const regions = oldText === undefined ? null : oldText === newText ? [{ oldStart: 0, newStart: 0, length: newText.length }] : unchangedRegions(oldText, newText);
  let changed: KeyRange[] | undefined;
  return claims.map((claim) => {
    const pos = claim.position;
    if (!pos && claim.absentFromOld && regions) return anchorPrepared(prepared, claim, undefined, (changed ??= changedKeyRanges(prepared, regions)));
    if (!pos || !regions) return anchorPrepared(prepared, claim, pos ? { start: pos.start, end: pos.end } : undefined);
    const s = mapOffset(regions, pos.start);
    const e = pos.end > pos.start ? mapOffset(regions, pos.end - 1) : s;
    // Quote and its whole context in one untouched stretch: nothing to check or search.
    const from = mapOffset(regions, pos.start - (claim.quote.prefix ?? "").length);
    const to = mapOffset(regions, pos.end - 1 + (claim.quote.suffix ?? "").length);
    if (s.exact && from.exact && to.exact && from.region === to.region && newText.slice(s.at, s.at + pos.end - pos.start) === claim.quote.exact) {
      return { start: s.at, end: s.at + pos.end - pos.start, method: "position" };
    }
    const hint = { start: s.at, end: e.exact ? e.at + 1 : s.at + (pos.end - pos.start) };
    return anchorPrepared(prepared, claim, hint);
  });
}
