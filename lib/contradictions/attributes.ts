// Conflicting attributes of one person across articles: one calls Donald Trump "l’ancien
// président", another "le président". A role mention is a title of the language module
// (président, minister, governor…) right before or after a person's name, with its status:
// former ("ancien", "ex-", "former"), elect ("élu", "elect"), or sitting (nothing said). Two
// mentions of the same surname with the same title and different statuses conflict.
import { LRUCache } from "lru-cache";

import { normaliseName } from "@/lib/intelligence/names";

import { analyse, cached, daysBetween, fold, type Analysed } from "./text";
import type { ClaimFacts, Flag } from "./types";

export type RoleStatus = "sitting" | "former" | "elect";

export interface RoleMention {
  /** The name as written ("Donald Trump"). */
  name: string;
  /** Folded surname: what two mentions of one person share. */
  surname: string;
  /** Folded first names, when written ("donald"). */
  given: string;
  /** The title as written ("président"). */
  role: string;
  /** Comparable key of the title (first letters of its folded form, so genders and languages meet). */
  roleKey: string;
  status: RoleStatus;
  /** The whole phrase as written ("l’ancien président américain Donald Trump"). */
  text: string;
}

/** Words marking a former holder, per language (the title follows, or carries "ex-"). */
const FORMER = new Set(["ancien", "ancienne", "anciens", "anciennes", "ex", "former", "erstwhile", "outgoing", "sortant", "sortante"]);
/** Words after a title marking a holder-to-be. */
const ELECT = new Set(["élu", "élue", "elect", "designate", "désigné", "désignée"]);
const EX_PREFIX = /^ex[-‐]/iu;
const ELECT_SUFFIX = /[-‐](?:elect|élu|élue)$/iu;

/** The title without "ex-" / "-elect". */
const bare = (title: string) => title.replace(EX_PREFIX, "").replace(ELECT_SUFFIX, "");

function roleKeyOf(title: string): string {
  return normaliseName(bare(title)).replace(/ /g, "").slice(0, 6);
}

function isTitle(a: Analysed, lower: string): boolean {
  return a.rules.titles.has(lower) || a.rules.titles.has(bare(lower));
}

/** A claim's mentions are read once per candidate (see text.ts); shared, read-only. */
const mentionsCache = new LRUCache<string, RoleMention[]>({ max: 1_000 });

/** Every "title + name" and "name, title" phrase of a text. */
export function roleMentions(text: string, language: string): RoleMention[] {
  return cached(mentionsCache, `${language}\u0000${text}`, () => mentionsUncached(text, language));
}

function mentionsUncached(text: string, language: string): RoleMention[] {
  const a = analyse(text, language);
  const { tokens } = a;
  const out: RoleMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || !isTitle(a, t.lower)) continue;
    let status: RoleStatus = EX_PREFIX.test(t.lower) ? "former" : "sitting";
    // Up to two words back: "l’ancien président", "former US President".
    let first = i;
    for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
      const u = tokens[k]!;
      if (u.kind !== "word") break;
      if (FORMER.has(u.lower)) {
        status = "former";
        first = k;
        break;
      }
    }
    // Forward: skip lower-case adjectives ("président américain", "président élu"), then a name.
    let j = i + 1;
    let skipped = 0;
    while (j < tokens.length && skipped < 3) {
      const u = tokens[j]!;
      if (u.kind !== "word" || u.cap) break;
      if (ELECT.has(u.lower)) status = status === "former" ? status : "elect";
      else if (a.rules.stop.has(u.lower) || isTitle(a, u.lower)) break;
      j++;
      skipped++;
    }
    // "President-elect" as one token.
    if (ELECT_SUFFIX.test(t.lower)) status = "elect";
    const nameStart = j;
    while (j < tokens.length && tokens[j]!.kind === "word" && tokens[j]!.cap && !isTitle(a, tokens[j]!.lower)) j++;
    let nameTokens = tokens.slice(nameStart, j);
    let last = j - 1;
    if (nameTokens.length === 0) {
      // Apposition: "Donald Trump, the former president" / "Donald Trump, ancien président".
      const comma = tokens[first - 1]?.text === "," ? first - 1 : tokens[first - 2]?.text === "," && a.rules.stop.has(tokens[first - 1]!.lower) ? first - 2 : -1;
      if (comma < 0) continue;
      let k = comma - 1;
      while (k >= 0 && tokens[k]!.kind === "word" && tokens[k]!.cap) k--;
      nameTokens = tokens.slice(k + 1, comma);
      if (nameTokens.length === 0) continue;
      first = k + 1;
      last = i;
    }
    const keys = nameTokens.map((n) => normaliseName(n.text)).filter(Boolean);
    if (keys.length === 0) continue;
    out.push({
      name: nameTokens.map((n) => n.text).join(" "),
      surname: keys[keys.length - 1]!,
      given: keys.slice(0, -1).join(" "),
      role: bare(t.text),
      roleKey: roleKeyOf(t.text),
      status,
      text: text.slice(tokens[first]!.start, tokens[Math.max(last, i)]!.end),
    });
  }
  return out;
}

/** Same person: same surname, and the same first names where both give them. */
function samePerson(x: RoleMention, y: RoleMention): boolean {
  return x.surname === y.surname && (x.given === "" || y.given === "" || x.given === y.given);
}

/** A person called "former" in one claim and sitting (or elect) in the other, for the same title. */
export function roleConflict(a: ClaimFacts, b: ClaimFacts, ma = roleMentions(a.text, a.language), mb = roleMentions(b.text, b.language)): Flag | null {
  for (const x of ma) {
    for (const y of mb) {
      if (!samePerson(x, y) || x.roleKey !== y.roleKey || x.status === y.status) continue;
      const days = daysBetween(a.date, b.date);
      return {
        type: "contradicts",
        fromId: a.id,
        toId: b.id,
        // Years apart, a title may simply have changed hands: less sure.
        score: days !== null && Math.abs(days) > 180 ? 0.5 : 0.8,
        reason: { code: "roleConflict", values: { name: y.name.length > x.name.length ? y.name : x.name, a: fold(x.text) === fold(x.name) ? x.role : x.text, b: y.text, statusA: x.status, statusB: y.status } },
      };
    }
  }
  return null;
}
