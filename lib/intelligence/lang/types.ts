// What a language module gives the engine: word lists and patterns, no code paths. Adding a
// language is writing one of these (see fr.ts, en.ts) and registering it in index.ts.
//
// Patterns are regular-expression *sources* matched case-insensitively with the `u` flag against a
// sentence; word boundaries are added by the engine (JavaScript's \b does not know accented letters).

/** Flags a modifier before a figure sets ("plus de 86 %" → lowerBound). */
export interface ModifierFlags {
  approximate?: boolean;
  lowerBound?: boolean;
  upperBound?: boolean;
}

export interface LanguageRules {
  code: string;
  /** Whether a reporting participle counts without an auxiliary (English "said" is a simple past). */
  participlesStandAlone: boolean;

  // ── Segmentation ──────────────────────────────────────────────────────────
  /** Lower-case tokens that end with a dot without ending a sentence ("m", "mme", "dr", "etc" is not one). */
  abbreviations: readonly string[];
  /** Words a line cannot end a sentence on (articles, prepositions): a line break after one joins. */
  danglingWords: readonly string[];

  // ── Words ─────────────────────────────────────────────────────────────────
  /** Elided prefixes split off a word ("l’", "d’", "qu’"); empty for languages without elision. */
  elisions: readonly string[];
  /** Function words: never an entity on their own, never a unit, never a speaker. */
  stopwords: readonly string[];

  // ── Numbers ───────────────────────────────────────────────────────────────
  decimalSeparator: "," | ".";
  /** Characters allowed between groups of three digits ("1 000", "1.000", "1,000"). */
  groupSeparators: string;
  /** Units, teens and tens: { "trois": 3, "vingt": 20 }. Hyphenated compounds are split first. */
  numberWords: Readonly<Record<string, number>>;
  /** Multipliers: { "cent": 100, "mille": 1000, "millions": 1e6 }. */
  scaleWords: Readonly<Record<string, number>>;
  /** Words that read as 1 only before a scale word or a counted noun ("un", "une", "a", "one"). */
  oneWords: readonly string[];
  /** Words joining number words ("vingt et un", "three hundred and five"). */
  numberJoiners: readonly string[];
  /** Approximate collective nouns: { "dizaine": 10, "centaine": 100, "dozen": 12 }. */
  approxNouns: Readonly<Record<string, number>>;
  /** Vague plurals: { "centaines": 100, "milliers": 1000, "hundreds": 100 }. */
  vaguePlurals: Readonly<Record<string, number>>;
  /** "de", "d’", "of": between a vague quantity and its noun. */
  ofWords: readonly string[];
  /** Modifier phrases before a figure, lower case, longest first is not required. */
  modifiers: Readonly<Record<string, ModifierFlags>>;
  /** Range openers and joiners: "entre X et Y", "de X à Y". */
  ranges: readonly { open: string | null; join: string }[];
  /** Words meaning per cent ("pour cent", "percent"). */
  percentWords: readonly string[];
  /** Determiners that make a small number word anaphoric ("les deux camps"): not a figure. */
  anaphoricDeterminers: readonly string[];
  /** Adjectives skipped between a figure and its noun ("130 nouveaux drones"). */
  unitSkipWords: readonly string[];
  /** Nouns counting people or casualties: even "une personne" is a figure worth checking. */
  peopleNouns: readonly string[];
  /** Month names (a number next to one is a date, not a figure). */
  months: readonly string[];

  // ── Signals ───────────────────────────────────────────────────────────────
  /** Auxiliaries of the perfect ("a", "ont", "has", "have"): "a déclaré", "has said". */
  auxiliaries: readonly string[];
  /** Adverbs that may sit between an auxiliary and its participle ("a également déclaré"). */
  adverbs: readonly string[];
  /** Reporting verbs as participles after an auxiliary ("déclaré", "said") or simple past ("said"). */
  reportingParticiples: readonly string[];
  /** Reporting verbs in the present, third person ("affirme", "says"). */
  reportingPresent: readonly string[];
  /** Attribution prepositions followed by the source ("selon", "according to"). */
  attributionMarkers: readonly string[];
  /** Phrases after an attribution marker that are not a source ("selon lesquelles"). */
  attributionFalse: readonly string[];
  /** Superlatives and records, as pattern sources. */
  superlatives: readonly string[];
  /** "first time in/since" patterns (a record over time). */
  firstTime: readonly string[];
  /** Comparisons and changes, as pattern sources. */
  comparisons: readonly string[];
  /** Past-tense event patterns (perfect, simple past), as pattern sources. */
  pastEvent: readonly string[];
  /** Hedges and conditionals: speculation is not a checkable claim. */
  hedges: readonly string[];
  /** Commentary and analysis verbs ("témoigne de", "illustrates"). */
  commentary: readonly string[];
  /** Day names, relative dates and periods, as pattern sources. */
  dates: readonly string[];

  // ── Entities and speakers ─────────────────────────────────────────────────
  /** Titles and roles before a person's name ("président", "ministre", "général"). */
  titles: readonly string[];
  /** Honorifics (abbreviated or not) before a name ("M.", "Mme", "Mr"). */
  honorifics: readonly string[];
  /** Nouns marking an organisation ("ministère", "armée", "agence", "ministry"). */
  orgMarkers: readonly string[];
  /** Nouns marking a place ("région", "ville", "oblast", "city"). */
  placeMarkers: readonly string[];
  /** Prepositions introducing a place ("à", "en", "dans", "in", "at"). */
  locatives: readonly string[];
  /** Lower-case connectors inside a proper name ("de", "von", "of"). */
  nameConnectors: readonly string[];
  /** Subject pronouns resolved to the last person named ("il", "elle", "he", "she"). */
  pronouns: readonly string[];
  /** Words that end a subject going backwards (relative pronouns, conjunctions): "que", "où", "while". */
  clauseOpeners: readonly string[];
  /** Relative pronouns whose antecedent is the subject ("qui", "who"). */
  relativeSubjects: readonly string[];
  /** Conjunctions a sentence may be split at into two claims ("tandis que", "while"). */
  clauseSplitters: readonly string[];
  /** Capitalised plurals after these determiners are nationalities, not entities ("les Russes"). */
  demonymDeterminers: readonly string[];
}
