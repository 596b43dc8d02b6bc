// Word-level helpers shared by the rules: folding, stems, clauses. Built on the claim-suggestion
// engine's tokenizer and language modules (lib/intelligence), so a language added there is read
// here too.
import { LRUCache } from "lru-cache";

import { rulesFor, type CompiledRules } from "@/lib/intelligence/lang";
import { normaliseName } from "@/lib/intelligence/names";
import { tokenize, type Token } from "@/lib/intelligence/text";

export type { Token } from "@/lib/intelligence/text";

/** Lower case, no accents, one apostrophe, single spaces. */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

// The rules compare one claim with up to 20 candidates, and each rule reads both texts: without
// these caches a lookup analysed the claim's own text about a hundred times (bench "matching").
// Cached values are shared, so callers treat them as read-only.
const stems = new LRUCache<string, string>({ max: 20_000 });
const analysed = new LRUCache<string, Analysed>({ max: 1_000 });

/** The value cached under `key`, computed and kept on a miss. */
export function cached<V extends NonNullable<unknown>>(cache: LRUCache<string, V>, key: string, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}

/**
 * A comparable stem of a word: folded as names are (transliteration variants meet), plural
 * -s/-x dropped. "drones" and "drone" → "dron"; "Koursk" and "Kursk" → "kursk".
 */
export function stem(word: string): string {
  return cached(stems, word, () => {
    let w = fold(word).replace(/'/g, "");
    if (w.length > 4 && /[sx]$/.test(w)) w = w.slice(0, -1);
    return normaliseName(w).replace(/ /g, "");
  });
}

/** The unit of a figure as a comparable key: "%" for every way of writing per cent, else the noun's stem. */
export function unitKey(unit: string): string {
  const u = fold(unit);
  if (u === "" ) return "";
  if (u === "%" || u === "pour cent" || u === "pourcent" || u === "percent" || u === "per cent" || u === "pc") return "%";
  return u.split(" ").map(stem).join(" ");
}

export interface Analysed {
  text: string;
  rules: CompiledRules;
  tokens: Token[];
  /** Token index ranges [first, next) of the clauses. */
  clauses: { first: number; next: number }[];
}

const BOUNDARY = new Set([".", ";", ":", "!", "?", "(", ")", "«", "»", "“", "”", '"', ","]);

/** Tokens and clauses of a text: clauses end at punctuation and at the language's clause splitters. */
export function analyse(text: string, language: string): Analysed {
  return cached(analysed, `${language}\u0000${text}`, () => analyseUncached(text, language));
}

function analyseUncached(text: string, language: string): Analysed {
  const rules = rulesFor(language);
  const tokens = tokenize(text, rules.rules);
  const splitAt = new Set<number>();
  for (const m of text.matchAll(rules.splitter)) splitAt.add(m.index);
  rules.splitter.lastIndex = 0;
  const clauses: { first: number; next: number }[] = [];
  let first = 0;
  tokens.forEach((t, i) => {
    if ((t.kind === "punct" && BOUNDARY.has(t.text)) || splitAt.has(t.start)) {
      if (i > first) clauses.push({ first, next: i });
      first = t.kind === "punct" ? i + 1 : i;
    }
  });
  if (first < tokens.length) clauses.push({ first, next: tokens.length });
  return { text, rules, tokens, clauses };
}

/** The clause holding the character offset `at`. */
export function clauseAt(a: Analysed, at: number): { first: number; next: number } | null {
  for (const c of a.clauses) {
    const start = a.tokens[c.first]!.start;
    const end = a.tokens[c.next - 1]!.end;
    if (at >= start && at < end) return c;
  }
  return null;
}

/** Offsets [start, end) of the text matched by a global regex, for every match. */
export function matchSpans(re: RegExp, text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  re.lastIndex = 0;
  return out;
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whole days between two YYYY-MM-DD dates, or null when either is unknown. */
export function daysBetween(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const ms = Date.parse(`${b.slice(0, 10)}T00:00:00Z`) - Date.parse(`${a.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / 86_400_000);
}
