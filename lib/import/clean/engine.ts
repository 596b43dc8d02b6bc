// Applies the boilerplate rules to a sequence of candidate lines and decides, for each, whether it
// stays. Decisions are made on the whole sequence because some depend on neighbours (a run of share
// buttons, the list under a "most read" title) and on where the article's prose starts and ends.
import { matchKey } from "./normalise";
import { RULES, type BoilerplateRule, type LineContext, type Zone } from "./rules";
import type { Candidate, CleanOptions, RemovalReason } from "./types";
import { STOPWORDS, countWords, endsSentence, isSentence, tokens } from "./words";

export interface Decision {
  /** Stable id of the line (see RemovedLine.id). */
  id: string;
  /** The rule that matched, if any. */
  match?: { reason: RemovalReason; rule: string };
  /** Matched and not kept by `opts.keep`. */
  removed: boolean;
}

/** A paragraph of prose: a finished sentence of 12+ words, or any line of 25+ words. */
export function isProse(c: Candidate): boolean {
  if (c.type === "heading") return false;
  const words = countWords(c.text);
  return words >= 25 || (words >= 12 && isSentence(c.text, 12));
}

/**
 * A short, fast, non-cryptographic 53-bit hash (cyrb53) as 14 hex digits. Line ids only need to be
 * stable and distinct within an article; this keeps the cleaning modules free of node:crypto.
 */
export function lineHash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, "0").slice(2) + (h1 >>> 0).toString(16).padStart(8, "0");
}

const WIDGET_HEADERS: ReadonlySet<RemovalReason> = new Set(["most-read", "related"]);

export function decide(cands: readonly Candidate[], opts: CleanOptions = {}): Decision[] {
  const keep = new Set(opts.keep ?? []);
  const n = cands.length;

  // Zones: lines before the first paragraph of prose are the "lead" (kicker, headline, byline),
  // lines after the last one the "tail" (comments, widgets, footer).
  let firstProse = n;
  let lastProse = -1;
  cands.forEach((c, i) => {
    if (isProse(c)) {
      if (firstProse === n) firstProse = i;
      lastProse = i;
    }
  });
  const zoneOf = (i: number): Zone => (i < firstProse ? "lead" : i > lastProse ? "tail" : "body");

  const contexts: LineContext[] = cands.map((c, i) => {
    const key = matchKey(c.text);
    return {
      text: c.text,
      key,
      tokens: tokens(c.text),
      words: countWords(c.text),
      zone: zoneOf(i),
      sentence: isSentence(c.text),
      next: cands[i + 1]?.text,
      type: c.type,
    };
  });

  const occurrences = new Map<string, number>();
  const decisions: Decision[] = contexts.map((ctx) => {
    const seen = occurrences.get(ctx.key) ?? 0;
    occurrences.set(ctx.key, seen + 1);
    return { id: lineHash(`${ctx.key}\u241E${seen}`), removed: false };
  });

  const applies = (rule: BoilerplateRule, ctx: LineContext) =>
    ctx.words <= rule.maxWords && (!rule.zones || rule.zones.includes(ctx.zone)) && (rule.allowSentence || !ctx.sentence) && rule.test(ctx);
  const setMatch = (i: number, reason: RemovalReason, rule: string) => {
    const d = decisions[i]!;
    d.match = { reason, rule };
    d.removed = !keep.has(d.id);
  };

  // 1. Rules that decide alone.
  contexts.forEach((ctx, i) => {
    const rule = RULES.find((r) => !r.weak && applies(r, ctx));
    if (rule) setMatch(i, rule.reason, rule.id);
  });

  // 2. Weak rules: a line that only counts next to a line matched for the same reason. Runs of
  //    weak lines ("Facebook", "X", "WhatsApp") qualify together.
  const weakMatches = contexts.map((ctx, i) => (decisions[i]!.match ? [] : RULES.filter((r) => r.weak && applies(r, ctx))));
  for (let changed = true; changed; ) {
    changed = false;
    weakMatches.forEach((rules, i) => {
      if (decisions[i]!.match) return;
      for (const rule of rules) {
        const near = (j: number) => decisions[j]?.match?.reason === rule.reason || (weakMatches[j] ?? []).some((r) => r.reason === rule.reason);
        if (near(i - 1) || near(i + 1)) {
          setMatch(i, rule.reason, rule.id);
          changed = true;
          return;
        }
      }
    });
  }

  // 3. Under a "most read" / "related" title after the article, the rest is that widget's list.
  const widget = contexts.findIndex((ctx, i) => {
    const reason = decisions[i]!.match?.reason;
    return ctx.zone === "tail" && reason !== undefined && WIDGET_HEADERS.has(reason);
  });
  if (widget >= 0) {
    const reason = decisions[widget]!.match!.reason;
    for (let i = widget + 1; i < n; i++) if (!decisions[i]!.match) setMatch(i, reason, "widget-list");
  }

  // 4. The headline repeated at the top: the same line twice (or the title again), or a near copy
  //    of the headline right under it. The first copy stays.
  const seen = new Set<string>();
  const titleKey = opts.title ? matchKey(opts.title) : undefined;
  let headline: Set<string> | undefined;
  for (let i = 0; i < Math.min(firstProse, n); i++) {
    const ctx = contexts[i]!;
    // Boilerplate (removed, or restored by an editor) never plays the headline.
    if (decisions[i]!.match || ctx.key === "") continue;
    const headlineLike = !endsSentence(ctx.text) && ctx.words <= 30;
    if (seen.has(ctx.key)) {
      setMatch(i, "repeated-headline", "duplicate-line");
    } else if (headline && headlineLike && dice(headline, contentWords(ctx.tokens)) >= 0.6) {
      setMatch(i, "repeated-headline", "headline-variant");
    } else {
      seen.add(ctx.key);
      if (headlineLike && ctx.words >= 3 && (!headline || ctx.key === titleKey)) headline = contentWords(ctx.tokens);
    }
  }
  return decisions;
}

function contentWords(toks: readonly string[]): Set<string> {
  return new Set(toks.filter((t) => t.length >= 4 && !STOPWORDS.has(t)));
}

/** Dice coefficient of two word sets (0 when either has fewer than 3 words). */
function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size < 3 || b.size < 3) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}
