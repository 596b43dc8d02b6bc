// Plain text → candidates → cleaned blocks.
import { normaliseText } from "./normalise";
import { runPipeline } from "./pipeline";
import type { Candidate, CleanOptions, CleanResult } from "./types";

const BULLET = /^[-*•▪●◦‣]\s+(?=\S)/;
const NUMBERED = /^\d{1,3}[.)]\s+(?=\S)/;
const QUOTE = /^>\s?/;

/** Splits normalised text into one candidate per non-empty line, recognising list and quote markers. */
export function textToCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  let gap = false;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "") {
      gap = true;
      continue;
    }
    const cand: Candidate = { source: line, text: trimmed.replace(/[ \t]+/g, " "), links: [], gapBefore: gap };
    gap = false;
    if (QUOTE.test(cand.text)) {
      cand.type = "quote";
      cand.text = cand.text.replace(QUOTE, "");
    } else if (BULLET.test(cand.text) && /\p{L}|\p{N}/u.test(cand.text.replace(BULLET, ""))) {
      cand.type = "list-item";
      cand.ordered = false;
      cand.text = cand.text.replace(BULLET, "");
    } else if (NUMBERED.test(cand.text)) {
      cand.type = "list-item";
      cand.ordered = true;
    }
    out.push(cand);
  }
  // "21. November 2025" starts like a numbered item; a number is a list marker only in a run of them.
  out.forEach((c, i) => {
    if (c.type !== "list-item" || !c.ordered) return;
    const run = out[i - 1]?.ordered === true || (out[i + 1] !== undefined && NUMBERED.test(out[i + 1]!.text));
    if (run) c.text = c.text.replace(NUMBERED, "");
    else {
      delete c.type;
      delete c.ordered;
    }
  });
  return out;
}

/**
 * Cleans plain text: normalises it, removes boilerplate lines (listed in `removed`, restorable with
 * `opts.keep`), removes a repeated headline, joins broken paragraphs and infers headings, lists and
 * quotes. Never throws.
 */
export function cleanPlainText(raw: string, opts: CleanOptions = {}): CleanResult {
  const cands = textToCandidates(normaliseText(raw));
  // Paragraphs separated by blank lines (rather than one per line): line breaks inside are wraps.
  const blankGaps = cands.filter((c, i) => i > 0 && c.gapBefore).length;
  const blankLineParagraphs = cands.length > 1 && blankGaps / (cands.length - 1) >= 0.5;
  return runPipeline(cands, opts, { inferHeadings: true, blankLineParagraphs });
}
