// Pure helpers that turn an engine suggestion into a claim's fields: the statement an editor
// starts from, the figures as a claim stores them, and which registry source a speaker's name
// denotes. No server imports: the accept dialog prefills itself with the same functions.
import { MAX_QUANTITIES, MAX_STATEMENT } from "@/lib/claims/schemas";
import type { Quantity, SourceKind } from "@/lib/claims/types";
import { LANGUAGES } from "@/lib/intelligence/lang";
import { aliasReason, normaliseName } from "@/lib/intelligence/names";
import type { Entity, LocatedQuantity } from "@/lib/intelligence/types";

/** The engine's language for an article's detected one ("fr", "en-GB" → "en"), or null when it has no rules for it. */
export function engineLanguage(language: string | null | undefined): string | null {
  const code = language?.toLowerCase().split(/[-_]/)[0];
  return code && Object.hasOwn(LANGUAGES, code) ? code : null;
}

/** Half-open spans [start, end) that share at least one character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

const CLOSERS = /[»”"’)\]\s\u00A0\u202F]+$/u;
const SENTENCE_END = /[.!?…]$/u;

/**
 * The statement a suggestion proposes: its quote as one line (a sentence the source broke across
 * lines or paragraphs joined with a space; NBSP and NNBSP kept, "46 %" stays one figure), starting
 * with a capital and ending like a sentence. Longer than a statement may be, it is cut at a word.
 */
export function normaliseStatement(quote: string): string {
  let s = quote
    .normalize("NFC")
    .replace(/[ \t]*[\r\n\u2028\u2029]+[ \t\r\n\u2028\u2029]*/gu, " ")
    .replace(/[ \t\f\v]+/gu, " ")
    .trim()
    .replace(/[\s,;:]+$/u, "");
  if (s === "") return "";
  const first = s.codePointAt(0)!;
  const head = String.fromCodePoint(first);
  if (/\p{Ll}/u.test(head)) s = head.toLocaleUpperCase("fr") + s.slice(head.length);
  if (!SENTENCE_END.test(s.replace(CLOSERS, ""))) s += ".";
  if (s.length > MAX_STATEMENT) {
    const cut = s.lastIndexOf(" ", MAX_STATEMENT - 1);
    s = `${s.slice(0, cut > MAX_STATEMENT / 2 ? cut : MAX_STATEMENT - 1).replace(/[\s,;:]+$/u, "")}…`;
  }
  return s;
}

/**
 * A suggestion's figures as a claim stores them: without their offsets, within the claim schema's
 * limits (unit ≤ 60, words ≤ 200 characters, 20 figures), the same figure once.
 */
export function claimQuantities(located: readonly LocatedQuantity[]): Quantity[] {
  const out: Quantity[] = [];
  const seen = new Set<string>();
  for (const q of located) {
    if (!Number.isFinite(q.value)) continue;
    const max = q.max === null || q.max === undefined || !Number.isFinite(q.max) ? null : q.max;
    const quantity: Quantity = {
      value: q.value,
      ...(max !== null ? { max } : {}),
      unit: q.unit.trim().slice(0, 60),
      // Line breaks become spaces; NBSP and NNBSP stay ("46\u00A0%").
      text: q.text.replace(/[ \t]*[\r\n]+[ \t]*/gu, " ").replace(/[ \t]+/gu, " ").trim().slice(0, 200),
      approximate: q.approximate,
      lowerBound: q.lowerBound,
      upperBound: q.upperBound,
      range: q.range,
    };
    const key = JSON.stringify([quantity.value, max, quantity.unit.toLowerCase(), quantity.approximate, quantity.lowerBound, quantity.upperBound, quantity.range]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(quantity);
    if (out.length === MAX_QUANTITIES) break;
  }
  return out;
}

/** A registry source as speaker matching sees it: its name and every alias. */
export interface SpeakerCandidate {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** How surely a name denotes a source: the same name once folded, or every word of one in the other. */
export type SpeakerMatch = "same" | "partial";

function strength(speaker: string, spelling: string): number {
  const r = aliasReason(speaker, spelling);
  if (!r) return 0;
  if (r.kind === "identical" || r.kind === "folded") return 2;
  return r.kind === "partial" ? 1 : 0;
}

/**
 * The source a speaker's name denotes among `candidates`: one whose name or alias is the same
 * name ignoring case, accents and transliteration ("Guérassimov" / "Gerasimov"), else one whose
 * name contains every word of it ("Gerasimov" in "Valery Gerasimov") or the reverse. Two sources
 * that match equally well ("Trump": Donald and Melania) make it ambiguous: null.
 */
export function matchSpeaker<C extends SpeakerCandidate>(name: string, candidates: readonly C[]): { source: C; match: SpeakerMatch } | null {
  if (normaliseName(name) === "") return null;
  let best = 0;
  let found: C[] = [];
  for (const c of candidates) {
    const s = Math.max(...[c.name, ...c.aliases].map((spelling) => strength(name, spelling)));
    if (s === 0 || s < best) continue;
    if (s > best) {
      best = s;
      found = [];
    }
    if (!found.some((f) => f.id === c.id)) found.push(c);
  }
  const only = found.length === 1 ? found[0] : undefined;
  return only ? { source: only, match: best === 2 ? "same" : "partial" } : null;
}

/** The kind a new registry source for a speaker gets: an organisation when the engine saw one by that name, else a person. */
export function speakerSourceKind(name: string, entities: readonly Pick<Entity, "text" | "type">[]): SourceKind {
  const key = normaliseName(name);
  return entities.some((e) => e.type === "organisation" && normaliseName(e.text) === key) ? "organisation" : "person";
}
