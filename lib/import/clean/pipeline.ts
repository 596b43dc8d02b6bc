// The steps every input kind shares once it is a list of candidate lines: rule decisions, paragraph
// repair, block typing, removed-line positions.
import { blocksToText } from "./blocks";
import { decide } from "./engine";
import { repairParagraphs, type Joined } from "./repair";
import type { Block, Candidate, CleanOptions, CleanResult, RemovedLine } from "./types";
import { countWords, endsSentence, startsUppercaseOrDigit } from "./words";

export interface PipelineMode {
  /** Plain text: paragraphs vs headings are inferred (other kinds say what each block is). */
  inferHeadings: boolean;
  blankLineParagraphs?: boolean;
}

/**
 * A plain-text line reads as a heading: short, no closing punctuation, capitalised, a single input
 * line, followed by more text. The first block may be a long headline.
 */
function looksLikeHeading(j: Joined, index: number, all: readonly Joined[], first: number): boolean {
  const t = j.cand.text;
  if (index === all.length - 1 || j.parts.length > 1 || t.includes("\n") || t.length > 200) return false;
  if (endsSentence(t) || /[,\-–]$/.test(t) || !startsUppercaseOrDigit(t)) return false;
  return countWords(t) <= (index === first ? 30 : 14);
}

/**
 * `first` is the index of the first block that is not restored boilerplate: a line an editor put
 * back ("Share on Facebook") stays a plain paragraph and never takes the headline's place.
 */
function toBlock(j: Joined, index: number, all: readonly Joined[], mode: PipelineMode, restored: boolean, first: number): Block {
  const c = j.cand;
  const text = c.text.replace(/\n{2,}/g, "\n");
  const links = c.links.length > 0 ? c.links.map((l) => ({ ...l })) : undefined;
  let block: Block;
  if (c.type === "heading") block = { type: "heading", text, level: c.level ?? 2 };
  else if (c.type === "list-item") block = { type: "list-item", text, ordered: c.ordered ?? false };
  else if (c.type === "quote") block = { type: "quote", text };
  else if (mode.inferHeadings && !restored && c.type === undefined && looksLikeHeading(j, index, all, first))
    block = { type: "heading", text, level: index === first ? 1 : 2 };
  else block = { type: "paragraph", text };
  if (links) block.links = links;
  return block;
}

export function runPipeline(input: readonly Candidate[], opts: CleanOptions, mode: PipelineMode): CleanResult {
  const cands = input.filter((c) => c.text.trim() !== "");
  const decisions = decide(cands, opts);

  const keptCands: Candidate[] = [];
  const keptIdx: number[] = [];
  decisions.forEach((d, i) => {
    if (!d.removed) {
      keptCands.push(cands[i]!);
      keptIdx.push(i);
    }
  });
  const joined = repairParagraphs(keptCands, keptIdx, { blankLineParagraphs: mode.blankLineParagraphs });
  const isRestored = (j: Joined) => j.parts.every((p) => decisions[p]!.match !== undefined);
  const first = Math.max(0, joined.findIndex((j) => !isRestored(j)));
  const blocks = joined.map((j, k) => toBlock(j, k, joined, mode, isRestored(j), first));

  // A removed line's position is the block that followed it.
  const blockOf = new Map<number, number>();
  joined.forEach((j, k) => j.parts.forEach((p) => blockOf.set(p, k)));
  const nextBlock: number[] = new Array<number>(cands.length);
  let upcoming = blocks.length;
  for (let i = cands.length - 1; i >= 0; i--) {
    nextBlock[i] = upcoming;
    const b = blockOf.get(i);
    if (b !== undefined) upcoming = b;
  }

  const removed: RemovedLine[] = [];
  decisions.forEach((d, i) => {
    if (d.removed && d.match) {
      removed.push({ id: d.id, text: cands[i]!.source, reason: d.match.reason, rule: d.match.rule, position: nextBlock[i]! });
    }
  });
  return { text: blocksToText(blocks), blocks, removed };
}
