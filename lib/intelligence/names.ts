// Transliteration-aware name keys for the entity registry (issue 5): "Koursk", "Kursk" and "Курск"
// share a key, so do "Soudja" and "Sudzha", "Guérassimov" and "Gerasimov", "Zelensky", "Zelenskyy"
// and "Zelenski". `nameSimilarity` (trigrams over the keys, as pg_trgm does) catches the rest
// ("Soujda", a misspelling), and `aliasReason` says, in words, why two names look like one entity.

/** A folding step; its code is a key under `intelligence.aliasRules` in the message files. */
export type FoldRule =
  | "case"
  | "accents"
  | "cyrillic"
  | "punctuation"
  | "sh"
  | "j"
  | "kh"
  | "ou"
  | "gu"
  | "y"
  | "v"
  | "doubled"
  | "ending";

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", ґ: "g", д: "d", е: "e", ё: "e", є: "ye", ж: "zh", з: "z", и: "i", і: "i", ї: "yi",
  й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts",
  ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};
const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss", ł: "l", ø: "o", đ: "d", ð: "d", þ: "th", ı: "i" };

/** Ordered rewrites on each word, after case, accents and Cyrillic are folded. */
const STEPS: { rule: FoldRule; re: RegExp; to: string }[] = [
  // ш, щ, ч: English sh/shch/ch, French ch/chtch/tch, German sch/tsch all become "sh".
  { rule: "sh", re: /shch|chtch|tsch|tch|sch|ch/g, to: "sh" },
  // ж, дж: English zh/dzh, French j/dj.
  { rule: "j", re: /dzh|dj|zh/g, to: "j" },
  // х: English and French kh, Ukrainian-style h.
  { rule: "kh", re: /kh/g, to: "h" },
  // French ou for u ("Koursk", "Soudja", "Loukachenko").
  { rule: "ou", re: /ou/g, to: "u" },
  // French gu before e/i is a hard g ("Guérassimov").
  { rule: "gu", re: /gu(?=[ei])/g, to: "g" },
  // y / i / ï / ii / iy endings ("Zelenskyy", "Dmitriy", "Aliyev").
  { rule: "y", re: /y/g, to: "i" },
  { rule: "v", re: /w/g, to: "v" },
  // French doubles s between vowels ("Guérassimov"), English doubles letters at will.
  { rule: "doubled", re: /(\p{L})\1+/gu, to: "$1" },
  // Final -a / -ia / -ie / -e ("Russie", "Russia"; "Poutine", "Putin"; "Soudja", "Sudzha").
  { rule: "ending", re: /(?<=\p{L}{3})(?:[ie]a|ie|a|e)$/u, to: "" },
];

export interface NameKey {
  key: string;
  /** Every folding rule that changed something, in order. */
  rules: FoldRule[];
}

/** The folded key of a name: what aliases of one entity have in common. */
export function normaliseName(name: string): string {
  return foldName(name).key;
}

/** The key and the rules that produced it. */
export function foldName(name: string): NameKey {
  const rules: FoldRule[] = [];
  const note = (rule: FoldRule, before: string, after: string) => {
    if (before !== after && !rules.includes(rule)) rules.push(rule);
    return after;
  };
  let s = name.normalize("NFC");
  s = note("case", s, s.toLowerCase());
  s = note("cyrillic", s, s.replace(/[\u0400-\u04FF]/g, (c) => CYRILLIC[c] ?? c));
  s = note(
    "accents",
    s,
    s
      .replace(/[œæßłøđðþı]/g, (c) => LIGATURES[c] ?? c)
      .normalize("NFD")
      .replace(/\p{M}/gu, ""),
  );
  s = note("punctuation", s, s.replace(/[^\p{L}\p{N}]+/gu, " ").trim());
  const words = s.split(" ").filter(Boolean);
  const folded = words.map((w) => {
    let x = w;
    for (const step of STEPS) x = note(step.rule, x, x.replace(step.re, step.to));
    return x;
  });
  return { key: folded.join(" "), rules };
}

function trigrams(key: string): Set<string> {
  const out = new Set<string>();
  for (const word of key.split(" ")) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** Trigram similarity of two names' keys, 0–1 (pg_trgm's measure, on the folded keys). */
export function nameSimilarity(a: string, b: string): number {
  const ka = normaliseName(a);
  const kb = normaliseName(b);
  if (ka === kb) return ka === "" ? 0 : 1;
  return keySimilarity(ka, kb);
}

function keySimilarity(ka: string, kb: string): number {
  const ta = trigrams(ka);
  const tb = trigrams(kb);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  const union = ta.size + tb.size - shared;
  return union === 0 ? 0 : shared / union;
}

export type AliasKind = "identical" | "folded" | "partial" | "similar";

export interface AliasReason {
  kind: AliasKind;
  /** 0–1. */
  similarity: number;
  /** The folding rules that made the names meet (empty for "identical" and "similar"). */
  rules: FoldRule[];
  /** The shared key (for "folded" and "partial"). */
  key?: string;
  /** Placeholders of `intelligence.aliasKinds.<kind>` (rules are listed by code in `rules`). */
  values: Record<string, string>;
  /** In English, for logs; the UI translates kind and rules (intelligence.alias*). */
  text: string;
}

/** Below this trigram similarity two different keys are not proposed as aliases. */
export const ALIAS_THRESHOLD = 0.45;

const RULE_TEXT: Record<FoldRule, string> = {
  case: "letter case",
  accents: "accents",
  cyrillic: "Cyrillic to Latin",
  punctuation: "punctuation and spacing",
  sh: "sh/ch/tch",
  j: "j/dj/zh/dzh",
  kh: "kh/h",
  ou: "ou/u",
  gu: "gu/g",
  y: "y/i",
  v: "w/v",
  doubled: "doubled letters",
  ending: "final -a/-ia/-e",
};

/**
 * Why `a` and `b` may name the same entity, or null when they look unrelated. "Koursk" / "Kursk":
 * folded (ou/u); "Soujda" / "Sudzha": similar (0.5); "Poutine" / "Vladimir Poutine": partial.
 */
export function aliasReason(a: string, b: string): AliasReason | null {
  if (a.trim() === "" || b.trim() === "") return null;
  if (a.trim() === b.trim()) return { kind: "identical", similarity: 1, rules: [], values: {}, text: "Identical names" };
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa.key === fb.key) {
    // Case is a reason only when it is the whole difference; other rules when they were needed.
    const rules: FoldRule[] =
      a.toLowerCase() === b.toLowerCase() ? ["case"] : [...new Set([...fa.rules, ...fb.rules])].filter((r) => r !== "case" && differs(a, b, r));
    return { kind: "folded", similarity: 1, rules, key: fa.key, values: { key: fa.key }, text: `Same name once folded (${rules.map((r) => RULE_TEXT[r]).join(", ")}): “${fa.key}”` };
  }
  // "Poutine" and "Vladimir Poutine": every word of the shorter name is in the longer one.
  const wa = fa.key.split(" ");
  const wb = fb.key.split(" ");
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length < long.length && short.every((w) => w.length > 2 && long.includes(w))) {
    const similarity = short.join(" ").length / long.join(" ").length;
    return { kind: "partial", similarity, rules: [], key: short.join(" "), values: { short: short.join(" "), long: long.join(" ") }, text: `“${short.join(" ")}” is part of “${long.join(" ")}”` };
  }
  const similarity = keySimilarity(fa.key, fb.key);
  if (similarity < ALIAS_THRESHOLD) return null;
  return { kind: "similar", similarity, rules: [], values: { percent: String(Math.round(similarity * 100)) }, text: `Similar spelling (${Math.round(similarity * 100)} % of trigrams shared): “${fa.key}” / “${fb.key}”` };
}

/** Whether a rule was needed: folding both names without it leaves them different. */
function differs(a: string, b: string, rule: FoldRule): boolean {
  return foldWithout(a, rule) !== foldWithout(b, rule);
}

function foldWithout(name: string, skip: FoldRule): string {
  let s = name.normalize("NFC").toLowerCase();
  if (skip !== "cyrillic") s = s.replace(/[\u0400-\u04FF]/g, (c) => CYRILLIC[c.toLowerCase()] ?? c);
  if (skip !== "accents") s = s.replace(/[œæßłøđðþı]/g, (c) => LIGATURES[c] ?? c).normalize("NFD").replace(/\p{M}/gu, "");
  if (skip !== "punctuation") s = s.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return s
    .split(" ")
    .map((w) => STEPS.reduce((x, step) => (step.rule === skip ? x : x.replace(step.re, step.to)), w))
    .join(" ");
}
