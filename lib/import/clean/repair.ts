// Paragraph repair: puts back together paragraphs that the source broke in the middle of a
// sentence (a copy from a PDF or a page that wrapped its lines, a translation tool that split a
// paragraph at a link). Only paragraphs are joined; headings, list items and quotes never are.
import type { BlockLink, Candidate } from "./types";
import { DANGLING_WORDS, countWords, endsSentence, startsLowercase, startsUppercaseOrDigit, tokens } from "./words";

/** A candidate after repair, with the input lines it was made of. */
export interface Joined {
  cand: Candidate;
  parts: number[];
}

export interface RepairOptions {
  /**
   * Plain text whose paragraphs are separated by blank lines: single line breaks inside a
   * paragraph are then wraps, and long wrapped lines are joined too.
   */
  blankLineParagraphs?: boolean;
}

const joinable = (c: Candidate) => c.type === undefined || c.type === "paragraph";

/** The line was cut mid-sentence: it ends on a comma, a hyphenated word-part or a word no sentence ends on. */
function endsDangling(text: string): boolean {
  if (/[,\-–(«“]$/.test(text.trimEnd())) return true;
  const last = tokens(text).at(-1);
  return last !== undefined && DANGLING_WORDS.has(last) && !/[\p{N}]$/u.test(text);
}

/** Unclosed « or “ in the text (positive = more opened than closed). */
function openQuotes(text: string): number {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return Math.max(count(/«/g) - count(/»/g), count(/“/g) - count(/”/g), 0);
}

function concat(a: Candidate, b: Candidate, sep: string): Candidate {
  const shift = a.text.length + sep.length;
  const links: BlockLink[] = [...a.links, ...b.links.map((l) => ({ ...l, start: l.start + shift, end: l.end + shift }))];
  return { ...a, source: `${a.source}\n${b.source}`, text: a.text + sep + b.text, links };
}

// "inter-" + "national" joins without a space only when the break split a word (lower-case on
// both sides); "porte-" + "parole" keeps its hyphen either way.
function separator(prev: string, next: string): string {
  if (/\p{Ll}-$/u.test(prev) && /^\p{Ll}/u.test(next)) return "";
  if (/['’]$/.test(prev)) return "";
  return " ";
}

/**
 * A short capitalised line without closing punctuation, standing after a finished sentence (or at
 * the top) and followed by a blank line: a subheading. A lower-case paragraph after it lost its
 * capital; it is not the heading's continuation ("Visite à Lyon" / "portant un costume, il a…").
 * Short fragments of a broken sentence look the same and stay apart too: the cost of keeping a
 * break is lower than the cost of gluing a heading onto a paragraph.
 */
function isSubheading(cur: Joined, before: Joined | undefined): boolean {
  const t = cur.cand.text;
  return (
    cur.parts.length === 1 &&
    countWords(t) <= 10 &&
    !endsSentence(t) &&
    !endsDangling(t) &&
    startsUppercaseOrDigit(t) &&
    (before === undefined || endsSentence(before.cand.text))
  );
}

/** Joins broken paragraphs. `cands` are the kept lines in order; `indices` their input positions. */
export function repairParagraphs(cands: readonly Candidate[], indices: readonly number[], opts: RepairOptions = {}): Joined[] {
  const out: Joined[] = [];
  let i = 0;
  while (i < cands.length) {
    let cur: Joined = { cand: cands[i]!, parts: [indices[i]!] };
    i++;
    while (i < cands.length && joinable(cur.cand)) {
      const next = cands[i]!;
      if (!joinable(next)) break;
      const prevText = cur.cand.text;

      // A quotation opened with « or “ and closed within the next few lines is one paragraph.
      if (openQuotes(prevText) > 0) {
        let balance = openQuotes(prevText);
        let end = -1;
        for (let j = i; j < Math.min(cands.length, i + 4) && joinable(cands[j]!); j++) {
          const t = cands[j]!.text;
          balance += (t.match(/[«“]/g)?.length ?? 0) - (t.match(/[»”]/g)?.length ?? 0);
          if (balance <= 0) {
            end = j;
            break;
          }
        }
        if (end >= 0) {
          for (; i <= end; i++) cur = { cand: concat(cur.cand, cands[i]!, " "), parts: [...cur.parts, indices[i]!] };
          continue;
        }
      }

      const broken =
        (!endsSentence(prevText) && endsDangling(prevText)) ||
        (!endsSentence(prevText) && startsLowercase(next.text) && !(next.gapBefore && isSubheading(cur, out.at(-1)))) ||
        (opts.blankLineParagraphs === true && !next.gapBefore && prevText.length >= 55);
      if (!broken) break;
      cur = { cand: concat(cur.cand, next, separator(prevText, next.text)), parts: [...cur.parts, indices[i]!] };
      i++;
    }
    out.push(cur);
  }
  return out;
}
