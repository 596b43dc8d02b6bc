// The registered languages and their compiled form. Another language is one more module in
// LANGUAGES; nothing else in the engine names a language.
import { anyOf, foldApostrophe, literalAlternation, wordSet } from "../text";
import { en } from "./en";
import { fr } from "./fr";
import type { LanguageRules, ModifierFlags } from "./types";

export type { LanguageRules, ModifierFlags } from "./types";

export const LANGUAGES: Readonly<Record<string, LanguageRules>> = { fr, en };
export const DEFAULT_LANGUAGE = "en";

/** The rules as the engine uses them: sets and regular expressions, built once per language. */
export interface CompiledRules {
  rules: LanguageRules;
  abbreviations: Set<string>;
  dangling: Set<string>;
  stop: Set<string>;
  numberWords: Map<string, number>;
  scaleWords: Map<string, number>;
  oneWords: Set<string>;
  joiners: Set<string>;
  approxNouns: Map<string, number>;
  vaguePlurals: Map<string, number>;
  ofWords: Set<string>;
  /** Modifier phrases as token lists, longest first. */
  modifiers: { tokens: string[]; flags: ModifierFlags }[];
  percentWords: string[][];
  anaphoric: Set<string>;
  unitSkip: Set<string>;
  peopleNouns: Set<string>;
  months: Set<string>;
  titles: Set<string>;
  honorifics: Set<string>;
  orgMarkers: Set<string>;
  placeMarkers: Set<string>;
  locatives: Set<string>;
  connectors: Set<string>;
  pronouns: Set<string>;
  clauseOpeners: Set<string>;
  relativeSubjects: Set<string>;
  demonymDeterminers: Set<string>;
  attributionFalse: string[];
  // Signal patterns (global, case-insensitive, whole words).
  reporting: RegExp;
  reportingPresent: RegExp;
  attribution: RegExp;
  superlative: RegExp;
  firstTime: RegExp;
  comparison: RegExp;
  pastEvent: RegExp;
  hedge: RegExp;
  commentary: RegExp;
  date: RegExp;
  splitter: RegExp;
}

const compiled = new Map<string, CompiledRules>();

/** The compiled rules of `language` ("fr", "fr-FR", "EN"); unknown languages get English. */
export function rulesFor(language: string): CompiledRules {
  const code = language.toLowerCase().split(/[-_]/)[0] ?? DEFAULT_LANGUAGE;
  const key = LANGUAGES[code] ? code : DEFAULT_LANGUAGE;
  let c = compiled.get(key);
  if (!c) {
    c = compile(LANGUAGES[key]!);
    compiled.set(key, c);
  }
  return c;
}

const toMap = (r: Readonly<Record<string, number>>) => new Map(Object.entries(r).map(([k, v]) => [foldApostrophe(k.toLowerCase()), v]));

/** Participles in every gender and number ("déclaré" → déclaré, déclarée, déclarés, déclarées). */
function inflected(participles: readonly string[]): string[] {
  return participles.map((p) => (/\\[ps]/.test(p) || /\s/.test(p) ? p : `${p}(?:e|s|es)?`));
}

export function compile(rules: LanguageRules): CompiledRules {
  const aux = literalAlternation(rules.auxiliaries);
  const adv = literalAlternation(rules.adverbs);
  const participles = inflected(rules.reportingParticiples).join("|");
  const between = String.raw`(?:(?:${adv}|\p{L}+ment|\p{L}+ly)\s+){0,3}`;
  const reporting = rules.participlesStandAlone
    ? `(?:(?:${aux})\\s+${between})?(?:${participles})`
    : `(?:${aux})\\s+${between}(?:${participles})`;
  return {
    rules,
    abbreviations: wordSet(rules.abbreviations),
    dangling: wordSet(rules.danglingWords),
    // Elided forms are stopwords too: "l’", "d’", "qu’".
    stop: wordSet([...rules.stopwords, ...rules.elisions.map((e) => `${e}’`)]),
    numberWords: toMap(rules.numberWords),
    scaleWords: toMap(rules.scaleWords),
    oneWords: wordSet(rules.oneWords),
    joiners: wordSet(rules.numberJoiners),
    approxNouns: toMap(rules.approxNouns),
    vaguePlurals: toMap(rules.vaguePlurals),
    ofWords: wordSet(rules.ofWords),
    modifiers: Object.entries(rules.modifiers)
      .map(([phrase, flags]) => ({ tokens: splitPhrase(phrase), flags }))
      .sort((a, b) => b.tokens.length - a.tokens.length),
    percentWords: rules.percentWords.map(splitPhrase),
    anaphoric: wordSet(rules.anaphoricDeterminers),
    unitSkip: wordSet(rules.unitSkipWords),
    peopleNouns: wordSet(rules.peopleNouns),
    months: wordSet(rules.months),
    titles: wordSet(rules.titles),
    honorifics: wordSet(rules.honorifics.map((h) => h.replace(/\.$/, ""))),
    orgMarkers: wordSet(rules.orgMarkers),
    placeMarkers: wordSet(rules.placeMarkers),
    locatives: wordSet(rules.locatives),
    connectors: wordSet(rules.nameConnectors),
    pronouns: wordSet(rules.pronouns),
    clauseOpeners: wordSet(rules.clauseOpeners),
    relativeSubjects: wordSet(rules.relativeSubjects),
    demonymDeterminers: wordSet(rules.demonymDeterminers),
    attributionFalse: rules.attributionFalse.map((s) => foldApostrophe(s.toLowerCase())),
    reporting: anyOf([reporting]),
    reportingPresent: anyOf([literalAlternation(rules.reportingPresent)]),
    attribution: anyOf([literalAlternation(rules.attributionMarkers)]),
    superlative: anyOf(rules.superlatives),
    firstTime: anyOf(rules.firstTime),
    comparison: anyOf(rules.comparisons),
    pastEvent: anyOf(rules.pastEvent),
    hedge: anyOf(rules.hedges),
    commentary: anyOf(rules.commentary),
    date: anyOf(rules.dates),
    splitter: anyOf([literalAlternation(rules.clauseSplitters)]),
  };
}

/** "plus d’" → ["plus", "d’"]; "au-delà de" → ["au-delà", "de"]. */
function splitPhrase(phrase: string): string[] {
  return foldApostrophe(phrase.toLowerCase())
    .replace(/’(?=\S)/g, "’ ")
    .split(/\s+/)
    .filter(Boolean);
}
