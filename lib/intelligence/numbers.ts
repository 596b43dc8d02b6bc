// Figures in French and English text: digits with any thousands separator, decimals, percentages,
// number words, vague quantities ("des centaines", "hundreds of"), their modifiers (bounds,
// approximations, ranges) and the noun they count. Output: the shared `Quantity` shape, located.
import type { CompiledRules } from "./lang";
import { rulesFor } from "./lang";
import { tokenize, type Token } from "./text";
import type { LocatedQuantity } from "./types";

/** Units written straight after the digits ("5km"); other letters there make a code or an ordinal. */
const ATTACHED_UNITS = new Set(["km", "m", "mm", "cm", "kg", "g", "t", "ha", "l", "mw", "gw", "kw", "kwh", "mwh", "gwh", "twh", "mt", "md", "mds", "bn", "k"]);
const ATTACHED_SCALES: Record<string, number> = { md: 1e9, mds: 1e9, bn: 1e9, k: 1e3 };
const CURRENCY = new Set(["€", "$", "£", "¥", "₽", "₴"]);
const YEAR_MIN = 1800;
const YEAR_MAX = 2100;

interface Core {
  value: number;
  /** First token of the figure (determiner of a vague quantity included). */
  first: number;
  /** Token after the figure. */
  next: number;
  words: boolean;
  approximate: boolean;
  lowerBound: boolean;
  unit?: string;
}

/** Every figure in `text` (a convenience over the engine's token-level reader). */
export function parseQuantities(text: string, language: string): LocatedQuantity[] {
  const rules = rulesFor(language);
  const tokens = tokenize(text, rules.rules);
  return quantitiesIn(text, tokens, 0, tokens.length, rules);
}

/** The figures among tokens[first, last) of `text`. */
export function quantitiesIn(text: string, tokens: readonly Token[], first: number, last: number, r: CompiledRules): LocatedQuantity[] {
  const out: LocatedQuantity[] = [];
  let i = first;
  while (i < last) {
    const core = readCore(text, tokens, i, last, r);
    if (!core) {
      i++;
      continue;
    }
    if (core === "skip") {
      i++;
      continue;
    }
    let { next } = core;
    const unit = core.unit !== undefined ? { unit: core.unit, next } : readUnit(tokens, next, last, r, core.words);
    next = unit?.next ?? next;

    // A range: "entre 100 et 150", "de 10 à 15 %", "10-15".
    let max: number | null = null;
    let rangeUnit: string | undefined;
    let start = tokens[core.first]!.start;
    let end = tokens[next - 1]!.end;
    const join = tokens[next];
    if (join && next + 1 < last) {
      const prev = tokens[core.first - 1]?.lower ?? null;
      const opener = r.rules.ranges.find((g) => g.join === join.lower && (g.open === null || g.open.replace(/'/g, "’") === prev));
      const adjacent = join.lower !== "-" || (join.start === tokens[next - 1]!.end && tokens[next + 1]!.start === join.end);
      if (opener && adjacent) {
        const second = readCore(text, tokens, next + 1, last, r);
        if (second && second !== "skip" && second.value > core.value) {
          const u2 = second.unit !== undefined ? { unit: second.unit, next: second.next } : readUnit(tokens, second.next, last, r, second.words);
          max = second.value;
          rangeUnit = u2?.unit;
          next = u2?.next ?? second.next;
          end = tokens[next - 1]!.end;
          if (opener.open !== null) start = tokens[core.first - 1]!.start;
        }
      }
    }
    // "$5 million": a currency sign before the figure is its unit.
    const sign = tokens[core.first - 1];
    const prefixUnit = sign && core.first - 1 >= first && CURRENCY.has(sign.text) ? sign.text : undefined;
    if (prefixUnit) start = sign!.start;
    const finalUnit = rangeUnit ?? unit?.unit ?? prefixUnit ?? "";
    // Number words need a noun ("trois ans"); a bare "deux" is rarely a figure.
    if (core.words && finalUnit === "" && max === null) {
      i = core.next;
      continue;
    }
    // "les deux camps": a small number after a definite determiner refers back, it asserts nothing.
    const det = tokens[core.first - 1];
    if (core.words && core.value <= 10 && max === null && det && r.anaphoric.has(det.lower)) {
      i = next;
      continue;
    }
    const mod = max === null ? modifierBefore(tokens, core.first, first, r) : null;
    if (mod) start = tokens[mod.first]!.start;
    out.push({
      value: core.value,
      max,
      unit: finalUnit,
      text: text.slice(start, end),
      approximate: core.approximate || !!mod?.flags.approximate,
      lowerBound: core.lowerBound || !!mod?.flags.lowerBound,
      upperBound: !!mod?.flags.upperBound,
      range: max !== null,
      start,
      end,
    });
    i = next;
  }
  return out;
}

/** The figure starting at tokens[i], "skip" for digits that are a date, a code or an ordinal, or null. */
function readCore(text: string, tokens: readonly Token[], i: number, last: number, r: CompiledRules): Core | "skip" | null {
  const t = tokens[i]!;
  if (t.kind === "number") return readDigits(text, tokens, i, last, r);
  if (t.kind !== "word") return null;
  return readVague(tokens, i, last, r) ?? readWords(tokens, i, last, r);
}

function readDigits(text: string, tokens: readonly Token[], i: number, last: number, r: CompiledRules): Core | "skip" {
  const t = tokens[i]!;
  // Part of a code ("F-16", "COVID-19", "A320"), a time ("10h30") or an ordinal ("3e", "21st").
  const before = text.slice(Math.max(0, t.start - 2), t.start);
  if (/\p{L}$/u.test(before) || /\p{L}[-‐]$/u.test(before)) return "skip";
  const suffix = /^\p{L}+/u.exec(text.slice(t.end, t.end + 6))?.[0]?.toLowerCase();
  if (suffix !== undefined && !ATTACHED_UNITS.has(suffix)) return "skip";
  if (/^[:h]\d/.test(text.slice(t.end, t.end + 2))) return "skip";

  let value = readNumber(t.text, r.rules.decimalSeparator);
  let next = i + 1;
  // Tokens after attached letters start one token later ("5km" is "5" then "km").
  let unit: string | undefined;
  if (suffix !== undefined) {
    next++;
    const scale = ATTACHED_SCALES[suffix];
    if (scale) value *= scale;
    else unit = suffix;
  }
  const following = tokens[next];
  const preceding = tokens[i - 1];
  // Dates: "12 mars", "March 12", and bare years.
  if (following && next < last && r.months.has(following.lower)) return "skip";
  if (preceding && r.months.has(preceding.lower)) return "skip";
  if (/^\d{4}$/.test(t.text) && value >= YEAR_MIN && value <= YEAR_MAX) {
    const noun = following && following.kind === "word" && !r.stop.has(following.lower) && !r.scaleWords.has(following.lower);
    if (!noun) return "skip";
  }
  if (unit === undefined && following && next < last && following.kind === "word" && r.scaleWords.has(following.lower)) {
    value *= r.scaleWords.get(following.lower)!;
    next++;
  }
  return { value, first: i, next, words: false, approximate: false, lowerBound: false, ...(unit !== undefined ? { unit } : {}) };
}

/** "1 000", "1.000" (fr), "1,000" (en), "2,5" (fr), "2.5" (en). */
export function readNumber(s: string, decimal: "," | "."): number {
  const group = decimal === "," ? /[ \u00A0\u202F.]/g : /[ \u00A0\u202F,]/g;
  const lastSep = Math.max(s.lastIndexOf(decimal), -1);
  if (lastSep >= 0) {
    const frac = s.slice(lastSep + 1);
    const intPart = s.slice(0, lastSep);
    // "1.000" in English, "1,000" in French are still read as their own convention's decimals,
    // except a lone separator followed by exactly three digits after a group: "1 000,5".
    return Number(`${intPart.replace(group, "").replace(/[.,]/g, "")}.${frac}`);
  }
  return Number(s.replace(group, ""));
}

const VAGUE_DETERMINERS = new Set(["des", "plusieurs", "quelques", "de", "d’", "several", "many", "few", "some"]);
const FEW = new Set(["quelques", "few"]);

/** "des centaines (de milliers)", "hundreds of", "une dizaine", "a dozen", "several hundred". */
function readVague(tokens: readonly Token[], i: number, last: number, r: CompiledRules): Core | null {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  let value: number | undefined;
  const approximate = true;
  let lowerBound = false;
  let first = i;
  if (r.vaguePlurals.has(t.lower)) {
    const hasDet = prev !== undefined && VAGUE_DETERMINERS.has(prev.lower);
    if (!hasDet && r.rules.code !== "en") return null;
    if (prev?.kind === "number") return null;
    value = r.vaguePlurals.get(t.lower)!;
    if (hasDet) first = i - 1;
    lowerBound = !(hasDet && FEW.has(prev.lower));
  } else if (r.approxNouns.has(t.lower) && prev && r.oneWords.has(prev.lower)) {
    value = r.approxNouns.get(t.lower)!;
    first = i - 1;
  } else if (r.scaleWords.has(t.lower) && prev && VAGUE_DETERMINERS.has(prev.lower) && prev.lower !== "de" && prev.lower !== "des") {
    value = r.scaleWords.get(t.lower)!;
    first = i - 1;
    lowerBound = !FEW.has(prev.lower);
  }
  if (value === undefined) return null;
  let next = i + 1;
  // "des dizaines de milliers", "tens of thousands", "hundreds of thousands".
  const of = tokens[next];
  const more = tokens[next + 1];
  if (of && more && next + 1 < last && r.ofWords.has(of.lower) && (r.vaguePlurals.has(more.lower) || r.scaleWords.has(more.lower))) {
    value *= r.vaguePlurals.get(more.lower) ?? r.scaleWords.get(more.lower)!;
    next += 2;
  } else if (t.lower === "tens") {
    return null;
  }
  return { value, first, next, words: true, approximate, lowerBound };
}

/** Number words: "trois", "vingt-deux", "quatre-vingt-dix", "deux cent mille", "three hundred and five". */
function readWords(tokens: readonly Token[], i: number, last: number, r: CompiledRules): Core | null {
  const first = tokens[i]!;
  const startsWithOne = r.oneWords.has(first.lower);
  if (startsWithOne) {
    const n = tokens[i + 1];
    if (!n || !(r.scaleWords.has(n.lower) || r.peopleNouns.has(n.lower))) return null;
    if (r.peopleNouns.has(n.lower)) return { value: 1, first: i, next: i + 1, words: true, approximate: false, lowerBound: false };
  } else if (!isNumberWord(first.lower, r)) {
    return null;
  }
  const parts: string[] = [];
  let j = i;
  while (j < last) {
    const t = tokens[j]!;
    if (t.kind !== "word") break;
    if (isNumberWord(t.lower, r) || (j === i && startsWithOne)) {
      parts.push(...t.lower.split(/[-‐]/).filter((p) => p !== "et" && p !== "and"));
      j++;
      continue;
    }
    // "vingt et un", "three hundred and five": a joiner between two number words.
    const n = tokens[j + 1];
    if (r.joiners.has(t.lower) && parts.length > 0 && n && j + 1 < last && (isNumberWord(n.lower, r) || r.oneWords.has(n.lower))) {
      parts.push(n.lower);
      j += 2;
      continue;
    }
    break;
  }
  if (parts.length === 0) return null;
  let total = 0;
  let current = 0;
  let lastAdded = 0;
  for (const p of parts) {
    const unitValue = r.numberWords.get(p) ?? (r.oneWords.has(p) ? 1 : undefined);
    if (unitValue !== undefined) {
      // French "quatre-vingt(s)": 4 × 20.
      if (unitValue === 20 && lastAdded === 4 && p.startsWith("vingt")) {
        current += 80 - 4;
        lastAdded = 80;
      } else {
        current += unitValue;
        lastAdded = unitValue;
      }
      continue;
    }
    const scale = r.scaleWords.get(p);
    if (scale === undefined) return null;
    if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
    lastAdded = 0;
  }
  return { value: total + current, first: i, next: j, words: true, approximate: false, lowerBound: false };
}

function isNumberWord(lower: string, r: CompiledRules): boolean {
  if (r.numberWords.has(lower) || r.scaleWords.has(lower)) return true;
  if (!/[-‐]/.test(lower)) return false;
  const parts = lower.split(/[-‐]/);
  return parts.every((p) => r.numberWords.has(p) || r.scaleWords.has(p) || r.joiners.has(p) || r.oneWords.has(p)) && parts.some((p) => r.numberWords.has(p));
}

/** The noun a figure counts: "%", a currency sign, or the next content word ("130 drones iraniens" → "drones"). */
function readUnit(tokens: readonly Token[], j: number, last: number, r: CompiledRules, words: boolean): { unit: string; next: number } | null {
  const t = tokens[j];
  if (!t || j >= last) return null;
  if (t.text === "%" || t.text === "‰") return { unit: t.text, next: j + 1 };
  if (CURRENCY.has(t.text)) return { unit: t.text, next: j + 1 };
  for (const phrase of r.percentWords) {
    if (phrase.every((w, k) => tokens[j + k]?.lower === w && j + k < last)) return { unit: "%", next: j + phrase.length };
  }
  let k = j;
  // "2 millions d’euros", "des centaines de soldats".
  if (r.ofWords.has(tokens[k]!.lower) && (words || r.scaleWords.has(tokens[k - 1]?.lower ?? ""))) k++;
  let skipped = 0;
  while (k < last && skipped < 2 && r.unitSkip.has(tokens[k]!.lower)) {
    k++;
    skipped++;
  }
  const noun = tokens[k];
  if (!noun || k >= last || noun.kind !== "word" || r.stop.has(noun.lower) || r.months.has(noun.lower)) return null;
  if (noun.cap && !words) return null;
  return { unit: noun.text, next: k + 1 };
}

/** A modifier phrase right before tokens[at] ("plus de", "environ", "about"). */
function modifierBefore(tokens: readonly Token[], at: number, floor: number, r: CompiledRules): { first: number; flags: import("./lang").ModifierFlags } | null {
  for (const m of r.modifiers) {
    const from = at - m.tokens.length;
    if (from < floor) continue;
    if (m.tokens.every((w, k) => tokens[from + k]!.lower === w)) return { first: from, flags: m.flags };
  }
  return null;
}
