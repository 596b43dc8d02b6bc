// Sentence segmentation for claim suggestions. Intl.Segmenter (ICU) is not used: it ends a
// sentence after "M." or "Dr." and inside « … » quotations, and knows nothing of broken
// paragraphs. This scanner is small, linear, and keeps offsets into the text exactly as given.
import type { CompiledRules } from "./lang";
import type { Span } from "./types";

export interface Sentence extends Span {
  /** A line of its own without closing punctuation: a headline or section title. */
  heading: boolean;
}

const TERMINAL = ".!?…";
const CLOSERS = "»\"”’)]";
const OPENERS = "«\"“([—–-¿¡";
const LONGEST_QUOTE = 800;

const isUpper = (ch: string) => /\p{Lu}/u.test(ch);
const isLower = (ch: string) => /\p{Ll}/u.test(ch);
const isSpace = (ch: string) => /\s/u.test(ch);

/** The sentences of `text` (trimmed spans, in order, never overlapping). */
export function segment(text: string, rules: CompiledRules): Sentence[] {
  const quoted = quotedRanges(text);
  const cuts: number[] = [0];
  let q = 0; // index into quoted, advanced as i grows
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (ch === "\n") {
      // A run of whitespace containing line breaks: a break unless the sentence plainly continues.
      let j = i;
      while (j < n && isSpace(text[j]!)) j++;
      if (j < n && lineBreakEndsSentence(text, i, j, rules)) cuts.push(j);
      i = j;
      continue;
    }
    if (TERMINAL.includes(ch)) {
      let j = i + 1;
      while (j < n && (TERMINAL.includes(text[j]!) || CLOSERS.includes(text[j]!))) j++;
      let k = j;
      while (k < n && isSpace(text[k]!) && text[k] !== "\n") k++;
      if (k > j && k < n && text[k] !== "\n" && startsSentence(text[k]!)) {
        while (q < quoted.length && quoted[q]![1] < i) q++;
        const inQuote = q < quoted.length && quoted[q]![0] < i && i < quoted[q]![1];
        if (!inQuote && !(ch === "." && isAbbreviation(text, i, rules))) cuts.push(k);
      }
      i = j;
      continue;
    }
    i++;
  }
  cuts.push(n);

  const out: Sentence[] = [];
  const multiline = text.includes("\n");
  for (let c = 0; c + 1 < cuts.length; c++) {
    let s = cuts[c]!;
    let e = cuts[c + 1]!;
    while (s < e && isSpace(text[s]!)) s++;
    while (e > s && isSpace(text[e - 1]!)) e--;
    if (e <= s || !/[\p{L}\p{N}]/u.test(text.slice(s, e))) continue;
    out.push({ start: s, end: e, heading: multiline && isHeading(text, s, e) });
  }
  return out;
}

function startsSentence(ch: string): boolean {
  return isUpper(ch) || /\d/.test(ch) || OPENERS.includes(ch);
}

/** Whether the line break at text[from, to) (whitespace) ends the sentence before it. */
function lineBreakEndsSentence(text: string, from: number, to: number, rules: CompiledRules): boolean {
  let p = from;
  while (p > 0 && isSpace(text[p - 1]!)) p--;
  if (p === 0) return true;
  const last = text[p - 1]!;
  if (TERMINAL.includes(last) || ":;".includes(last)) return true;
  if (CLOSERS.includes(last) && p >= 2 && TERMINAL.includes(text[p - 2]!)) return true;
  const next = text[to]!;
  // The line stops on an article or a preposition ("mise en scène de"): the sentence goes on.
  const lastWord = /[\p{L}’']+$/u.exec(text.slice(Math.max(0, p - 30), p))?.[0];
  if (lastWord && rules.dangling.has(lastWord.toLowerCase().replace(/'/g, "’"))) return false;
  // The next line starts in lower case: a paragraph broken in the middle of a sentence.
  if (isLower(next) || ",;".includes(next)) return false;
  return true;
}

/** Whether the dot at `dot` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number, rules: CompiledRules): boolean {
  const before = /[\p{L}.\-]+$/u.exec(text.slice(Math.max(0, dot - 20), dot))?.[0];
  if (!before) return false;
  const word = before.replace(/^.*[.](?=\p{L})/u, "");
  // A single capital is an initial ("J. Smith"), as are dotted acronyms ("U.S.").
  if (/^\p{Lu}$/u.test(word)) return true;
  if (rules.abbreviations.has(before.toLowerCase()) || rules.abbreviations.has(word.toLowerCase())) return true;
  return false;
}

/** [open, close] offsets of quotations closed within their paragraph, in order. */
function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const stack: { ch: string; at: number }[] = [];
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n" && text[i + 1] === "\n") {
      stack.length = 0;
      straight = -1;
    } else if (ch === "«" || ch === "“") {
      stack.push({ ch, at: i });
    } else if (ch === "»" || ch === "”") {
      const want = ch === "»" ? "«" : "“";
      const top = stack.findLastIndex((s) => s.ch === want);
      if (top >= 0) {
        const open = stack[top]!.at;
        stack.length = top;
        if (stack.length === 0 && i - open <= LONGEST_QUOTE) out.push([open, i]);
      }
    } else if (ch === '"') {
      if (straight < 0) straight = i;
      else {
        if (i - straight <= LONGEST_QUOTE) out.push([straight, i]);
        straight = -1;
      }
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** A line of its own, without closing punctuation, short: a headline or a section title. */
function isHeading(text: string, s: number, e: number): boolean {
  const before = text.slice(text.lastIndexOf("\n", s - 1) + 1, s).trim() === "";
  const afterBreak = e === text.length || /^[ \t]*(\n|$)/.test(text.slice(e, e + 4));
  if (!before || !afterBreak) return false;
  const last = text[e - 1]!;
  if (TERMINAL.includes(last) || CLOSERS.includes(last)) return false;
  return text.slice(s, e).split(/\s+/).length <= 30;
}
