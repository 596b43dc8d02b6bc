// Named people, places and organisations, recognised without a gazetteer: capitalised sequences,
// classified by what precedes them (titles, honorifics, place nouns, organisation nouns,
// locative prepositions) and by what the same document says about the same name elsewhere
// ("Vladimir Poutine" makes a later "Poutine" a person).
import type { CompiledRules } from "./lang";
import type { Token } from "./text";
import type { Entity, EntityType, Span } from "./types";

type Evidence = "strong" | "weak" | "none";

interface Candidate {
  first: number;
  /** Token after the last. */
  next: number;
  type: EntityType;
  evidence: Evidence;
  /** Starts at the organisation noun before the name ("ministère de la Défense"). */
  extendTo?: number;
}

const ARTICLES = new Set(["le", "la", "les", "l’", "un", "une", "des", "du", "de", "d’", "the", "a", "an", "of", "son", "sa", "ses", "his", "her", "its", "their", "leur"]);
const COORDINATORS = new Set(["et", "ou", "and", "or", ",", "dont", "including"]);
const DEMONYM_EN = /^\p{Lu}\p{Ll}+(?:ian|ians|ese|ish|ean|eans)$/u;
// French adjectives of nationality or kind after an organisation noun ("forces armées russes").
const ADJECTIVE_FR = /(?:e|es|ien|iens|ienne|iennes|ain|ains|aine|aines|ais|aise|aises|ois|oise|oises|ique|iques|ées|és|al|aux|ale|ales)$/u;
const VERB_FR = /(?:ent|ait|aient|ons|ez|er|ir)$/u;
const CONTINUES_FR = /(?:ées|és|ales|aux|aires|iennes)$/u;

/**
 * The entities of a whole text. `sentences` are token index ranges [first, next) with a heading
 * flag; `tokens` covers the whole text.
 */
export function findEntities(tokens: readonly Token[], sentences: readonly (Span & { heading: boolean })[], r: CompiledRules): Entity[] {
  const vocabulary = new Set<string>();
  for (const t of tokens) if (t.kind === "word" && !t.cap) vocabulary.add(t.lower);

  const candidates: Candidate[] = [];
  for (const s of sentences) {
    let i = s.start;
    let firstWord = true;
    while (i < s.end) {
      const t = tokens[i]!;
      if (t.kind !== "word") {
        if (t.text === "«" || t.text === "“" || t.text === '"' || t.text === ":") firstWord = true;
        i++;
        continue;
      }
      const atStart = firstWord;
      firstWord = false;
      if (!t.cap) {
        const org = lowerCaseOrganisation(tokens, i, s.end, r);
        if (org) {
          candidates.push(org);
          i = org.next;
        } else i++;
        continue;
      }
      if (!startsName(t, atStart || s.heading, vocabulary, r)) {
        i++;
        continue;
      }
      // "les Russes", "des Biélorusses": nationalities, not entities.
      const prev = tokens[i - 1];
      const single = !(tokens[i + 1]?.cap && tokens[i + 1]!.kind === "word");
      if (single && prev && r.demonymDeterminers.has(prev.lower) && /s$/u.test(t.text) && !/[-‐]/.test(t.text) && r.rules.code !== "en") {
        i++;
        continue;
      }
      if (r.rules.code === "en" && DEMONYM_EN.test(t.text) && (single || r.titles.has(tokens[i + 1]!.lower))) {
        const org = r.orgMarkers.has(tokens[i + 1]?.lower ?? "") ? { first: i, next: i + 2, type: "organisation" as const, evidence: "strong" as const } : null;
        if (org) candidates.push(org);
        i = org ? org.next : i + 1;
        continue;
      }
      let next = i + 1;
      while (next < s.end) {
        const u = tokens[next]!;
        if (u.kind === "word" && u.cap && !(s.heading && vocabulary.has(u.lower))) {
          if (r.titles.has(u.lower)) break;
          next++;
          continue;
        }
        const after = tokens[next + 1];
        if (u.kind === "word" && r.connectors.has(u.lower) && after && next + 1 < s.end && after.kind === "word" && after.cap && !r.stop.has(after.lower)) {
          next += 2;
          continue;
        }
        break;
      }
      // A capitalised title opening the sequence ("Président Macron" in a headline) is context, not name.
      let first = i;
      while (first < next - 1 && (r.titles.has(tokens[first]!.lower) || r.honorifics.has(tokens[first]!.lower))) first++;
      // "la ministre de la Santé Agnès Durand": the first name completes the title, the rest is the person.
      if (next - first >= 3 && titleComplement(tokens, first, s.start, r)) {
        candidates.push({ first, next: first + 1, type: "organisation", evidence: "weak" });
        first++;
      }
      // "l’Organisation mondiale de la santé": an organisation noun takes its lower-case complement.
      if (r.orgMarkers.has(tokens[first]!.lower) && next === first + 1) next = organisationTail(tokens, next, s.end, r);
      candidates.push(classify(tokens, first, next, s.start, r, candidates));
      i = next;
    }
  }
  return resolve(tokens, candidates);
}

/** Whether tokens[first] follows "<title> de (la)": "ministre de la Santé", "maire de Brest". */
function titleComplement(tokens: readonly Token[], first: number, sentenceStart: number, r: CompiledRules): boolean {
  let k = first - 1;
  let links = 0;
  while (k >= sentenceStart && links < 3 && ARTICLES.has(tokens[k]!.lower)) {
    k--;
    links++;
  }
  return links > 0 && k >= sentenceStart && r.titles.has(tokens[k]!.lower) && r.connectors.has(tokens[first - links]!.lower);
}

function organisationTail(tokens: readonly Token[], next: number, end: number, r: CompiledRules): number {
  let n = next;
  while (n < end && n - next < 5) {
    const u = tokens[n]!;
    if (u.kind !== "word") break;
    if (!u.cap && !r.stop.has(u.lower)) {
      n++;
      continue;
    }
    const after = tokens[n + 1];
    if (r.connectors.has(u.lower) && after && n + 1 < end && after.kind === "word" && !r.stop.has(after.lower) && !r.titles.has(after.lower)) {
      n += 2;
      continue;
    }
    if (r.connectors.has(u.lower) && after && ARTICLES.has(after.lower) && tokens[n + 2]?.kind === "word" && !r.stop.has(tokens[n + 2]!.lower) && n + 2 < end) {
      n += 3;
      continue;
    }
    break;
  }
  return n;
}

function startsName(t: Token, ambiguous: boolean, vocabulary: ReadonlySet<string>, r: CompiledRules): boolean {
  if (r.stop.has(t.lower) || r.pronouns.has(t.lower)) return false;
  if (r.titles.has(t.lower) || r.honorifics.has(t.lower)) return false;
  // At a sentence start (or anywhere in a Title Case headline) a capital proves nothing: a word the
  // text also uses in lower case is a common word.
  if (ambiguous && vocabulary.has(t.lower)) return false;
  return /\p{L}/u.test(t.text);
}

/** "l’armée ukrainienne", "les forces armées russes", "le ministère de la Défense". */
function lowerCaseOrganisation(tokens: readonly Token[], i: number, end: number, r: CompiledRules): Candidate | null {
  const t = tokens[i]!;
  if (!r.orgMarkers.has(t.lower) || r.titles.has(t.lower)) return null;
  let next = i + 1;
  while (next < end && next - i <= 2) {
    const u = tokens[next]!;
    if (u.kind !== "word" || u.cap || r.stop.has(u.lower)) break;
    if (r.rules.code !== "fr" || !ADJECTIVE_FR.test(u.lower) || VERB_FR.test(u.lower)) break;
    next++;
    // A second adjective only after a participle or a plural adjective ("forces armées russes").
    if (!CONTINUES_FR.test(u.lower)) break;
  }
  if (next === i + 1) return null;
  return { first: i, next, type: "organisation", evidence: "strong" };
}

function classify(tokens: readonly Token[], first: number, next: number, sentenceStart: number, r: CompiledRules, earlier: readonly Candidate[]): Candidate {
  const words = tokens.slice(first, next);
  const multi = words.filter((w) => w.cap).length > 1;
  if (words.some((w) => r.orgMarkers.has(w.lower)) || (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0]!.text))) {
    return { first, next, type: "organisation", evidence: "strong" };
  }
  if (words.some((w) => r.placeMarkers.has(w.lower))) return { first, next, type: "place", evidence: "strong" };

  // Walk back over articles, connectors and adjectives to the word that gives the context.
  const prev = tokens[first - 1];
  if (prev && first - 1 >= sentenceStart && r.honorifics.has(prev.lower.replace(/\.$/, ""))) return { first, next, type: "person", evidence: "strong" };
  let k = first - 1;
  let steps = 0;
  let linked = false;
  while (k >= sentenceStart && steps < 5) {
    const u = tokens[k]!;
    if (u.kind !== "word") {
      if (u.text === "." && k > sentenceStart && r.honorifics.has(tokens[k - 1]!.lower)) return { first, next, type: "person", evidence: "strong" };
      // Apposition: "le gouverneur de l’oblast, Viatcheslav Gladko".
      if (u.text === "," && multi && appositionTitle(tokens, k, sentenceStart, r)) return { first, next, type: "person", evidence: "strong" };
      break;
    }
    // "le maire de Brest": what follows a title and "de" is where or what the title is of.
    if (r.titles.has(u.lower)) return linked ? { first, next, type: multi ? "organisation" : "place", evidence: "weak" } : { first, next, type: "person", evidence: "strong" };
    if (r.connectors.has(u.lower) && !["la", "le", "the"].includes(u.lower)) linked = true;
    if (r.orgMarkers.has(u.lower)) return { first, next, type: "organisation", evidence: "strong", extendTo: k };
    if (r.placeMarkers.has(u.lower)) return { first, next, type: "place", evidence: "strong" };
    if (r.locatives.has(u.lower) && steps === 0) return { first, next, type: "place", evidence: "weak" };
    if (u.cap) break;
    if (!ARTICLES.has(u.lower) && r.stop.has(u.lower)) break;
    k--;
    steps++;
  }
  // "Chebekino et Yasnye Zori": a name coordinated with a place is a place.
  const before = tokens[first - 1];
  const last = earlier[earlier.length - 1];
  if (before && last && COORDINATORS.has(before.lower) && last.next === first - 1) return { first, next, type: last.type, evidence: "weak" };
  return { first, next, type: multi ? "person" : "place", evidence: multi ? "weak" : "none" };
}

function appositionTitle(tokens: readonly Token[], comma: number, sentenceStart: number, r: CompiledRules): boolean {
  for (let k = comma - 1; k >= sentenceStart && k >= comma - 8; k--) {
    const u = tokens[k]!;
    if (u.kind !== "word") return false;
    if (r.titles.has(u.lower)) return true;
  }
  return false;
}

/** Settles single names by what the document says about them elsewhere. */
function resolve(tokens: readonly Token[], candidates: readonly Candidate[]): Entity[] {
  const key = (c: Candidate) => tokens.slice(c.first, c.next).map((t) => t.lower).join(" ");
  const personParts = new Set<string>();
  const strongType = new Map<string, EntityType>();
  for (const c of candidates) {
    if (c.type === "person" && c.evidence !== "none" && c.next - c.first > 1) {
      for (let k = c.first; k < c.next; k++) if (tokens[k]!.cap) personParts.add(tokens[k]!.lower);
    }
    if (c.evidence === "strong" && !strongType.has(key(c))) strongType.set(key(c), c.type);
  }
  const out: Entity[] = [];
  for (const c of candidates) {
    let type = c.type;
    const k = key(c);
    if (c.next - c.first === 1 && c.evidence !== "strong" && personParts.has(k)) type = "person";
    else if (c.evidence !== "strong" && strongType.has(k)) type = strongType.get(k)!;
    const start = tokens[c.extendTo ?? c.first]!.start;
    const end = tokens[c.next - 1]!.end;
    out.push({ text: tokensText(tokens, c.extendTo ?? c.first, c.next), type, start, end });
  }
  return out;
}

function tokensText(tokens: readonly Token[], first: number, next: number): string {
  let s = "";
  for (let k = first; k < next; k++) {
    const t = tokens[k]!;
    if (k > first && tokens[k - 1]!.end < t.start) s += " ";
    s += t.text;
  }
  return s;
}
