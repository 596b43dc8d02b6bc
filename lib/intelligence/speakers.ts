// Who asserted a claim, as the article words it: the subject of a reporting verb ("l’armée russe a
// revendiqué"), the source after "selon"/"according to", the name after a quotation ("», a déclaré
// le porte-parole"), or — for a sentence that is only a quotation — whoever spoke in the sentence
// before. Titles become the description ("président russe"). Matching against the registry of
// sources is not done here.
import type { CompiledRules } from "./lang";
import type { Found, Token } from "./text";
import type { Entity, Speaker } from "./types";

const DETERMINERS = new Set([
  "le", "la", "les", "l’", "un", "une", "des", "du", "de", "d’", "ses", "son", "sa", "leur", "leurs", "ce", "cet", "cette", "ces",
  "the", "a", "an", "his", "her", "its", "their", "this", "these", "those",
]);
const POSSESSIVES = new Set(["ses", "son", "sa", "leur", "leurs", "his", "her", "their"]);
const CONNECTORS = new Set(["de", "d’", "du", "des", "of", "pour", "for"]);
const MAX_PHRASE = 10;

export interface SpeakerContext {
  text: string;
  tokens: readonly Token[];
  r: CompiledRules;
  /** The entities of the clause, in order. */
  entities: readonly Entity[];
  /** Every person of the text, in order (pronouns and possessives resolve to the last one before). */
  people: readonly Entity[];
  /** Token range of the clause. */
  first: number;
  next: number;
}

export type SpeakerVia = "attribution" | "reporting" | "inverted";

/** The source after an attribution marker ("selon le gouverneur de l’oblast, Viatcheslav Gladko"). */
export function speakerAfterMarker(ctx: SpeakerContext, marker: Found): Speaker | null {
  const p = tokenAt(ctx.tokens, marker.index + marker.text.length, ctx.first, ctx.next);
  if (p < 0) return null;
  const rest = ctx.tokens.slice(p, p + 3).map((t) => t.lower).join(" ");
  if (ctx.r.attributionFalse.some((f) => rest.startsWith(f))) return null;
  const q = readForward(ctx, p);
  if (q <= p) return null;
  const { tokens, r } = ctx;
  // Apposition: "selon le gouverneur de l’oblast de Belgorod, Viatcheslav Gladko" (a title, then a
  // name closing the clause; "selon des sources, Poutine estime…" is not one).
  const comma = tokens[q];
  if (comma?.text === "," && q + 1 < ctx.next) {
    const name = personAt(ctx, tokens[q + 1]!.start);
    const after = name ? tokenAt(tokens, name.end, ctx.first, ctx.next) : -1;
    const titled = tokens.slice(p, q).some((t) => r.titles.has(t.lower)) || (name !== undefined && /\s/.test(name.text));
    if (name && titled && (after < 0 || tokens[after]!.kind === "punct")) return build(name.text, phraseText(ctx, p, q));
  }
  // "selon des données recueillies par Bloomberg": the agent is the source.
  const by = tokens[q];
  if (by && q + 1 < ctx.next && (by.lower === "par" || by.lower === "by")) {
    const agent = ctx.entities.find((e) => e.start === tokens[q + 1]!.start || e.start === tokens[q + 2]?.start);
    if (agent) return build(agent.text, phraseText(ctx, p, q));
  }
  // "selon ses observations": the possessor, i.e. the last person named.
  if (POSSESSIVES.has(tokens[p]!.lower)) {
    const last = lastPersonBefore(ctx, tokens[p]!.start);
    return last ? { name: last.text } : null;
  }
  return fromPhrase(ctx, p, q);
}

/** The speaker of a reporting verb matched at `verb`: its subject, or the name after it when inverted. */
export function speakerOfVerb(ctx: SpeakerContext, verb: Found, mayInvert = true): { speaker: Speaker; via: SpeakerVia } | null {
  const { text, tokens } = ctx;
  const v = tokenAt(tokens, verb.index, ctx.first, ctx.next);
  if (v < 0) return null;
  const after = tokenAt(tokens, verb.index + verb.text.length, ctx.first, ctx.next);
  const before = text.slice(Math.max(0, verb.index - 3), verb.index).trimEnd();
  const lastChar = before[before.length - 1];
  // Inverted after a quotation or a clause: "…», a déclaré le département d’État."
  if (mayInvert && lastChar && ",»\"”".includes(lastChar) && after >= 0) {
    const next = tokens[after]!;
    if (!["que", "qu’", "avoir", "à", "de", "d’", "that", "to"].includes(next.lower)) {
      const q = readForward(ctx, after);
      // The name closes the clause: "…», a déclaré Gerasimov." (not "…, a souligné la capacité de …").
      const closes = q >= ctx.next || ctx.tokens[q]!.kind === "punct" || ctx.r.stop.has(ctx.tokens[q]!.lower);
      if (q > after && closes) {
        const s = fromPhrase(ctx, after, q);
        if (s) return { speaker: s, via: "inverted" };
      }
    }
  }
  const s = subjectBefore(ctx, v);
  return s ? { speaker: s, via: "reporting" } : null;
}

/** The subject ending right before tokens[v], walking back over a name, a title and an apposition. */
function subjectBefore(ctx: SpeakerContext, v: number): Speaker | null {
  const { tokens, r } = ctx;
  let k = v - 1;
  if (k < ctx.first) return null;
  // "Donald Trump, qui a exhorté": the antecedent of the relative pronoun.
  if (tokens[k]!.kind === "word" && r.relativeSubjects.has(tokens[k]!.lower)) {
    k--;
    if (k >= ctx.first && tokens[k]!.text === ",") k--;
  }
  // "Le porte-parole du Kremlin, Dmitry Peskov, a déclaré" — only a person may stand there.
  let apposed = false;
  if (k >= ctx.first && tokens[k]!.text === ",") {
    k--;
    apposed = true;
  }
  const end = k + 1;
  const start = readBackward(ctx, end);
  if (start >= end) return null;
  if (apposed && !ctx.entities.some((e) => e.type === "person" && e.start === tokens[start]!.start && e.end === tokens[end - 1]!.end)) return null;
  const phrase = tokens.slice(start, end);
  if (phrase.length === 1 && r.pronouns.has(phrase[0]!.lower)) {
    const last = lastPersonBefore(ctx, tokens[start]!.start);
    return last ? { name: last.text } : null;
  }
  const speaker = fromPhrase(ctx, start, end);
  if (!speaker) return null;
  // Apposition before: "<title phrase>, <Name>".
  if (!speaker.description && start - 1 > ctx.first && tokens[start - 1]!.text === ",") {
    const titleStart = readBackward(ctx, start - 1);
    if (titleStart < start - 1 && tokens.slice(titleStart, start - 1).some((t) => r.titles.has(t.lower))) {
      return build(speaker.name, phraseText(ctx, titleStart, start - 1));
    }
  }
  return speaker;
}

/** A noun phrase from tokens[p]: determiners, names, content words and "de"/"of" links. */
function readForward(ctx: SpeakerContext, p: number): number {
  const { tokens, r } = ctx;
  let q = p;
  while (q < ctx.next && q - p < MAX_PHRASE) {
    const t = tokens[q]!;
    if (t.kind !== "word") break;
    if (q === p && DETERMINERS.has(t.lower)) {
      q++;
      continue;
    }
    if (t.cap || !isStop(t.lower, r)) {
      q++;
      continue;
    }
    const n = tokens[q + 1];
    if ((CONNECTORS.has(t.lower) || DETERMINERS.has(t.lower)) && n && q + 1 < ctx.next && n.kind === "word" && (n.cap || !isStop(n.lower, r) || DETERMINERS.has(n.lower))) {
      q++;
      continue;
    }
    break;
  }
  // Never end on a link word.
  while (q > p && (CONNECTORS.has(tokens[q - 1]!.lower) || DETERMINERS.has(tokens[q - 1]!.lower))) q--;
  return q;
}

/** Where a noun phrase ending before tokens[end] starts. */
function readBackward(ctx: SpeakerContext, end: number): number {
  const { tokens, r } = ctx;
  let k = end - 1;
  while (k >= ctx.first && end - k <= MAX_PHRASE) {
    const t = tokens[k]!;
    if (t.kind !== "word") break;
    if (r.clauseOpeners.has(t.lower)) break;
    if (t.cap || !isStop(t.lower, r) || DETERMINERS.has(t.lower) || CONNECTORS.has(t.lower) || r.pronouns.has(t.lower)) {
      k--;
      continue;
    }
    break;
  }
  let start = k + 1;
  while (start < end && CONNECTORS.has(tokens[start]!.lower) && !DETERMINERS.has(tokens[start]!.lower)) start++;
  if (end - start >= MAX_PHRASE) return end;
  return start;
}

/** Name and description of the phrase tokens[p, q): a person inside it is the name, the rest the role. */
function fromPhrase(ctx: SpeakerContext, p: number, q: number): Speaker | null {
  const { tokens } = ctx;
  const from = tokens[p]!.start;
  const to = tokens[q - 1]!.end;
  const person = ctx.entities.find((e) => e.type === "person" && e.start >= from && e.end <= to);
  if (person) {
    const k = tokenAt(tokens, person.start, p, q);
    return build(person.text, k > p ? phraseText(ctx, p, k) : undefined);
  }
  const name = phraseText(ctx, p, q);
  if (!name || ctx.r.pronouns.has(name.toLowerCase())) return null;
  return { name };
}

function lastPersonBefore(ctx: SpeakerContext, offset: number): Entity | undefined {
  let lo = 0;
  let hi = ctx.people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.people[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? ctx.people[lo - 1] : undefined;
}

function personAt(ctx: SpeakerContext, start: number): Entity | undefined {
  return ctx.entities.find((e) => e.start === start && e.type === "person");
}

/** The words of tokens[p, q) without leading determiners or trailing punctuation. */
function phraseText(ctx: SpeakerContext, p: number, q: number): string | undefined {
  let a = p;
  while (a < q && DETERMINERS.has(ctx.tokens[a]!.lower)) a++;
  if (a >= q) return undefined;
  return ctx.text.slice(ctx.tokens[a]!.start, ctx.tokens[q - 1]!.end).replace(/\s+/g, " ").replace(/[\s,]+$/, "");
}

function build(name: string, description: string | undefined): Speaker {
  return description && description !== name ? { name, description } : { name };
}

function isStop(lower: string, r: CompiledRules): boolean {
  return r.stop.has(lower);
}

/** The index of the token starting at or after `offset` within [first, next), or -1. */
export function tokenAt(tokens: readonly Token[], offset: number, first: number, next: number): number {
  let lo = first;
  let hi = next;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < next ? lo : -1;
}
