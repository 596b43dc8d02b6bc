// The text claims are matched on (Claim.matchText, trigram-indexed): the statement and the quote,
// lower-cased, unaccented, apostrophes and quotation marks folded, function words of every
// registered language dropped, names folded by transliteration rules (lib/intelligence/names:
// "Koursk", "Kursk" → "kursk"; "Guérassimov", "Gerasimov" → "gerasimov"), figures kept as plain
// digits ("1 000" → "1000", "86,5 %" → "86.5"). Dropping function words matters twice: "de la",
// "the" would make every claim look alike, and their trigrams are in nearly every row, which
// slows the index down.
import { LANGUAGES, rulesFor } from "@/lib/intelligence/lang";
import { normaliseName } from "@/lib/intelligence/names";
import { readNumber } from "@/lib/intelligence/numbers";

/**
 * Longest matchText stored, in words. A lookup's cost grows with the trigrams of the query (about
 * seven per word); the first words of the statement and quote carry the assertion.
 */
export const MAX_MATCH_WORDS = 32;

let stop: Set<string> | undefined;

/** Function words of every registered language, folded like matchText words. */
function stopwords(): Set<string> {
  if (!stop) {
    stop = new Set<string>();
    for (const code of Object.keys(LANGUAGES)) for (const w of rulesFor(code).stop) stop.add(plain(w).replace(/'/g, ""));
  }
  return stop;
}

/** Lower case without accents; every apostrophe and quotation mark folded or dropped. */
function plain(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'");
}

// A word (letters, inner apostrophes and hyphens), or a number with its group and decimal separators.
const WORD_RE = /\d{1,3}(?:[ \u00A0\u202F.,]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?|[\p{L}\p{M}]+(?:[’'\-‐][\p{L}\p{M}]+)*/gu;

/** The words of a text as matchText keeps them, in order (duplicates kept). */
export function matchWords(text: string): string[] {
  const out: string[] = [];
  const stops = stopwords();
  for (const m of text.normalize("NFC").matchAll(WORD_RE)) {
    const raw = m[0];
    if (/^\d/.test(raw)) {
      // "1 000" / "1,000" / "86,5": read with the separator the digits imply, kept as plain digits.
      const decimal = /,\d{1,2}$/.test(raw) || (/,\d+$/.test(raw) && !/,\d{3}$/.test(raw)) ? "," : ".";
      const n = readNumber(raw, decimal);
      out.push(Number.isFinite(n) ? String(n) : raw.replace(/\D/g, ""));
      continue;
    }
    // Elisions ("l’armée", "d’Etat") and hyphenated words split into their parts.
    for (const part of raw.split(/[’'\-‐]/u)) {
      if (!part) continue;
      const p = plain(part);
      if (stops.has(p) || p.length < 2) continue;
      // Names (capitalised) fold by transliteration rules; other words only lose case and accents.
      out.push(/^\p{Lu}/u.test(part) ? normaliseName(part) || p : p);
    }
  }
  return out;
}

/**
 * Claim.matchText for a statement and a quote: normalised words, each once, statement first,
 * at most MAX_MATCH_WORDS. Empty when neither has a word.
 */
export function claimMatchText(statement: string, quote: string): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of [...matchWords(statement), ...matchWords(quote)]) {
    if (seen.has(w)) continue;
    seen.add(w);
    out.push(w);
    if (out.length >= MAX_MATCH_WORDS) break;
  }
  return out.join(" ");
}

/** Trigram similarity as pg_trgm computes it (lower-case words padded with two spaces in front, one behind). */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  const union = ta.size + tb.size - shared;
  return union === 0 ? 0 : shared / union;
}

function trigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (const word of s.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

// ── MinHash band keys (Claim.matchKeys, GIN-indexed) ────────────────────────────────────────────
// The trigram lookup reads the posting lists of most of the query's ~100 trigrams, and frequent
// trigrams ("ent", "ion") sit in a large share of all claims, so its cost grows with the workspace.
// Band keys find the candidates by exact key instead (locality-sensitive hashing): each claim gets
// BANDS keys, each the hash of ROWS MinHash values of its set of word stems; two claims share a
// key with probability 1 − (1 − J^ROWS)^BANDS for a stem-set Jaccard similarity J. Stems are the
// first STEM letters of a word (numbers whole), so inflections and translations that share a root
// still meet ("russe"/"russes", "défense"/"defence"). A lookup reads a handful of short posting
// lists; the candidates are then ranked by trigram similarity as before. Hand-written because no
// maintained npm MinHash/LSH package emits keys a Postgres index can store; it is 40 lines over
// FNV-1a and murmur3's mixer.
//
// 80 bands of 5 rows put the curve's steep part at J ≈ 0.42 ((1/80)^(1/5)), where the trigram
// threshold is, and keep it steep: J = 0.6 → 99.8 %, 0.5 → 92 %, 0.4 → 56 %, 0.2 → 2.5 %,
// 0.1 → 0.08 %. The first scheme (24 × 3, steep at 0.35, 2.4 % at J = 0.1) also matched claims that
// merely share a formula ("le ministère de … a annoncé … dans la région de"): on the 200k-claim
// benchmark data its p95 lookup read 1,650 candidates and this one 140, for 98 % and 97 % of the
// same-story tellings found (bench/README.md). The price is index size: 80 keys a claim.

export const MATCH_KEY_BANDS = 80;
export const MATCH_KEY_ROWS = 5;
/** Letters of a word kept as its stem for the band keys. */
export const MATCH_KEY_STEM = 5;
/**
 * Starts every key, naming the scheme (bands, rows, stems, hashes) that made it: keys of another
 * scheme never meet these, so backfillMatchText recomputes the claims whose keys lack it.
 */
export const MATCH_KEY_VERSION = "v3.";

/** FNV-1a over UTF-16 code units, 32 bits. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: spreads every input bit over the output. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The MinHash band keys of a matchText (MATCH_KEY_VERSION + "band.hash", BANDS of them; none for an empty text). */
export function claimMatchKeys(matchText: string): string[] {
  const words = [...new Set(matchText.split(" ").filter(Boolean).map((w) => (/^\d/.test(w) ? w : w.slice(0, MATCH_KEY_STEM))))];
  if (words.length === 0) return [];
  const n = MATCH_KEY_BANDS * MATCH_KEY_ROWS;
  const mins = new Array<number>(n).fill(0xffffffff);
  for (const w of words) {
    const h0 = fnv1a(w);
    const h1 = mix(h0 ^ 0x9e3779b9) | 1;
    for (let i = 0; i < n; i++) {
      const h = mix((h0 + Math.imul(i, h1)) >>> 0);
      if (h < mins[i]!) mins[i] = h;
    }
  }
  const keys: string[] = [];
  for (let b = 0; b < MATCH_KEY_BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < MATCH_KEY_ROWS; r++) h = mix((h ^ mins[b * MATCH_KEY_ROWS + r]!) >>> 0);
    keys.push(`${MATCH_KEY_VERSION}${b.toString(36)}.${h.toString(36)}`);
  }
  return keys;
}
