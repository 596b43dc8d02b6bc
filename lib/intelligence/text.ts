// Tokens and small text helpers shared by the engine's stages. One tokenizer pass over the whole
// text; every later stage works on token indexes and UTF-16 offsets into the original string.
import type { LanguageRules } from "./lang/types";

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  text: string;
  /** Lower case, typographic apostrophe folded to ’. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

// Words (letters, marks, inner apostrophes and hyphens), numbers (digits with group and decimal
// separators, read later by numbers.ts), or one other visible character.
const WORD = String.raw`[\p{L}\p{M}]+(?:[’'\-‐][\p{L}\p{M}]+)*[’']?`;
const NUMBER = String.raw`\d{1,3}(?:[ \u00A0\u202F.,]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?`;
const TOKEN_RE = new RegExp(`(${WORD})|(${NUMBER})|([^\\s\\p{L}\\p{M}\\d])`, "gu");

const UPPER_START = /^\p{Lu}/u;

export function foldApostrophe(s: string): string {
  return s.replace(/'/g, "’");
}

/** Tokenizes `text`, splitting French-style elisions ("l’armée" → "l’" + "armée") and English "’s". */
export function tokenize(text: string, rules: LanguageRules, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const elisions = elisionSet(rules);
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    if (m.index >= to) break;
    const raw = m[0];
    const start = m.index;
    if (m[1] !== undefined) {
      pushWord(out, raw, start, elisions);
    } else if (m[2] !== undefined) {
      out.push({ text: raw, lower: raw, start, end: start + raw.length, kind: "number", cap: false });
    } else {
      out.push({ text: raw, lower: foldApostrophe(raw), start, end: start + raw.length, kind: "punct", cap: false });
    }
  }
  return out;
}

function pushWord(out: Token[], raw: string, start: number, elisions: ReadonlySet<string>): void {
  let word = raw;
  let at = start;
  // Elided prefixes, possibly chained ("qu’l’" does not occur, but "jusqu’à" and "d’Etat" do).
  for (;;) {
    const apo = word.search(/[’']/);
    if (apo <= 0 || apo === word.length - 1) break;
    const head = word.slice(0, apo).toLowerCase();
    if (!elisions.has(head)) break;
    const piece = word.slice(0, apo + 1);
    out.push(makeWord(piece, at));
    at += piece.length;
    word = word.slice(apo + 1);
  }
  // Possessive ’s (English) and trailing apostrophes are their own token.
  const poss = /^(.+?)([’']s?)$/u.exec(word);
  if (poss && elisions.size === 0) {
    out.push(makeWord(poss[1]!, at));
    out.push({ text: poss[2]!, lower: foldApostrophe(poss[2]!.toLowerCase()), start: at + poss[1]!.length, end: at + word.length, kind: "punct", cap: false });
    return;
  }
  if (/[’']$/.test(word) && !elisions.has(word.slice(0, -1).toLowerCase())) {
    out.push(makeWord(word.slice(0, -1), at));
    out.push({ text: word.slice(-1), lower: "’", start: at + word.length - 1, end: at + word.length, kind: "punct", cap: false });
    return;
  }
  out.push(makeWord(word, at));
}

function makeWord(text: string, start: number): Token {
  return { text, lower: foldApostrophe(text.toLowerCase()), start, end: start + text.length, kind: "word", cap: UPPER_START.test(text) };
}

const elisionCache = new WeakMap<LanguageRules, Set<string>>();
function elisionSet(rules: LanguageRules): Set<string> {
  let s = elisionCache.get(rules);
  if (!s) {
    s = new Set(rules.elisions);
    elisionCache.set(rules, s);
  }
  return s;
}

/** A lower-cased, apostrophe-folded set of words. */
export function wordSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => foldApostrophe(w.toLowerCase())));
}

// JavaScript's \b only knows ASCII letters: these boundaries know every script.
const B = String.raw`(?<![\p{L}\p{M}\p{N}])`;
const E = String.raw`(?:(?<=[’'])|(?![\p{L}\p{M}\p{N}]))`;

/** One case-insensitive, global regular expression matching any of `sources` as whole words. */
export function anyOf(sources: readonly string[]): RegExp {
  if (sources.length === 0) return /(?!)/gu;
  return new RegExp(`${B}(?:${sources.map((s) => `(?:${apostrophes(s)})`).join("|")})${E}`, "giu");
}

/** A pattern source matching one of `words` literally (spaces match any run of whitespace). */
export function literalAlternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => (/\\[ps]/.test(w) ? w : escapeRegExp(w).replace(/ +/g, String.raw`\s+`)))
    .join("|");
}

/** Both apostrophes wherever a pattern has one. */
function apostrophes(source: string): string {
  return source.replace(/[’']/g, "['’]");
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export interface Found {
  /** Offset in the full text. */
  index: number;
  text: string;
}

/**
 * Every match of a global regex in `slice`, a piece of the full text starting at `base`. Regexes run
 * on the sentence, never on the whole text, so a sentence without a match costs its own length only.
 */
export function allMatches(re: RegExp, slice: string, base: number): Found[] {
  const out: Found[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    out.push({ index: base + m.index, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The first match of a global regex in `slice` (see allMatches), or null. */
export function firstMatch(re: RegExp, slice: string, base: number): Found | null {
  re.lastIndex = 0;
  const m = re.exec(slice);
  return m ? { index: base + m.index, text: m[0] } : null;
}

/** Collapses whitespace runs (including NBSP, NNBSP, line breaks) to one space. */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
