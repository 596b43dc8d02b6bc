// Scoring suggestions against hand-annotated claims by span overlap (used by `npm run eval:claims`
// and the corpus test). Pure: loading the files is the caller's business.
import type { SuggestionKind } from "./types";

export interface GoldClaim {
  file: string;
  start: number;
  end: number;
  exact: string;
  kind: SuggestionKind;
  speaker: string | null;
  quantities: { value: string; unit: string }[];
}

export interface KindedSpan {
  start: number;
  end: number;
  kind: SuggestionKind;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  /** Suggestions that matched a gold claim. */
  truePositives: number;
  predicted: number;
  gold: number;
}

export interface EvalScores {
  overall: Prf;
  byKind: Record<SuggestionKind, Prf>;
}

export const KINDS: readonly SuggestionKind[] = ["numeric", "quote", "event"];

/**
 * Two spans match when they share at least `minOverlap` of the shorter one: a suggested sentence
 * matches the clause a fact-checker marked inside it, a neighbouring sentence does not.
 */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }, minOverlap = 0.5): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (shared <= 0) return 0;
  const ratio = shared / Math.min(a.end - a.start, b.end - b.start);
  return ratio >= minOverlap ? ratio : 0;
}

/** One-to-one matching, best overlaps first: one suggestion cannot count for two claims. */
export function matchSpans<P extends { start: number; end: number }, G extends { start: number; end: number }>(predicted: readonly P[], gold: readonly G[], minOverlap = 0.5): [number, number][] {
  const pairs: { p: number; g: number; score: number }[] = [];
  predicted.forEach((p, pi) =>
    gold.forEach((g, gi) => {
      const score = overlaps(p, g, minOverlap);
      if (score > 0) pairs.push({ p: pi, g: gi, score });
    }),
  );
  pairs.sort((a, b) => b.score - a.score);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: [number, number][] = [];
  for (const { p, g } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    out.push([p, g]);
  }
  return out;
}

export function prf(truePositives: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = gold === 0 ? 0 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, predicted, gold };
}

/** Accumulates documents: call `add` per article, then `scores()`. */
export class Scorer {
  private readonly counts = new Map<string, { tp: number; p: number; g: number }>();

  add(predicted: readonly KindedSpan[], gold: readonly KindedSpan[]): { matched: [number, number][] } {
    const matched = matchSpans(predicted, gold);
    this.bump("overall", matched.length, predicted.length, gold.length);
    for (const kind of KINDS) {
      const p = predicted.filter((x) => x.kind === kind);
      const g = gold.filter((x) => x.kind === kind);
      this.bump(kind, matchSpans(p, g).length, p.length, g.length);
    }
    return { matched };
  }

  scores(): EvalScores {
    const get = (k: string) => {
      const c = this.counts.get(k) ?? { tp: 0, p: 0, g: 0 };
      return prf(c.tp, c.p, c.g);
    };
    return { overall: get("overall"), byKind: { numeric: get("numeric"), quote: get("quote"), event: get("event") } };
  }

  private bump(key: string, tp: number, p: number, g: number): void {
    const c = this.counts.get(key) ?? { tp: 0, p: 0, g: 0 };
    this.counts.set(key, { tp: c.tp + tp, p: c.p + p, g: c.g + g });
  }
}

/**
 * Where a gold claim sits in the analysed text. The annotations index the raw file; the engine sees
 * the cleaned article (boilerplate removed, paragraphs rejoined), so the quote is searched for —
 * whitespace-insensitively — and the occurrence nearest the annotated offset wins.
 */
export function locate(text: string, exact: string, hint: number): { start: number; end: number } | null {
  const pattern = new RegExp(exact.trim().split(/\s+/).map(escape).join(String.raw`\s+`), "g");
  let best: { start: number; end: number } | null = null;
  for (const m of text.matchAll(pattern)) {
    const cand = { start: m.index, end: m.index + m[0].length };
    if (!best || Math.abs(cand.start - hint) < Math.abs(best.start - hint)) best = cand;
  }
  return best;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
