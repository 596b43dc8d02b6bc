// Why an alias was proposed, stored in EntityAlias.reason as a short line a person can read in the
// database and the UI can parse back and translate: "folded: accents, ou", "similar: 62",
// "partial: Poutine / Vladimir Poutine", "gazetteer: Kyiv", "renamed", "merged". Pure; used by server and client.
import type { AliasReason, FoldRule } from "@/lib/intelligence/names";

export const FOLD_RULES = [
  "case",
  "accents",
  "cyrillic",
  "punctuation",
  "sh",
  "j",
  "kh",
  "ou",
  "gu",
  "y",
  "v",
  "doubled",
  "ending",
] as const satisfies readonly FoldRule[];

export type StoredReason =
  /** Same matching key once folded by these rules. */
  | { kind: "folded"; rules: FoldRule[] }
  /** Trigram similarity of the keys, in percent. */
  | { kind: "similar"; percent: number }
  /** Every word of the shorter name is a word of the longer one (the names as written). */
  | { kind: "partial"; short: string; long: string }
  /** Both spellings are known names of this place in data/gazetteer/places.json ("Kiev", "Kyiv"). */
  | { kind: "gazetteer"; place: string }
  /** The entity's former name (kept when it was renamed). */
  | { kind: "renamed" }
  /** The name of an entity merged into this one. */
  | { kind: "merged" };

const MAX_REASON = 500;

/** The stored line of a reason from lib/intelligence/names (null for "identical": nothing to say). */
export function reasonFromAlias(r: AliasReason): StoredReason | null {
  switch (r.kind) {
    case "folded":
      return { kind: "folded", rules: r.rules };
    case "similar":
      return { kind: "similar", percent: Math.round(r.similarity * 100) };
    case "partial":
      return { kind: "partial", short: r.values.short ?? "", long: r.values.long ?? "" };
    default:
      return null;
  }
}

export function encodeReason(r: StoredReason): string {
  let s: string;
  switch (r.kind) {
    case "folded":
      s = `folded: ${r.rules.join(", ")}`;
      break;
    case "similar":
      s = `similar: ${r.percent}`;
      break;
    case "partial":
      s = `partial: ${r.short} / ${r.long}`;
      break;
    case "gazetteer":
      s = `gazetteer: ${r.place}`;
      break;
    default:
      s = r.kind;
  }
  return s.slice(0, MAX_REASON);
}

const RULES = new Set<string>(FOLD_RULES);

/** The reason a stored line describes, or null for anything else (shown as written). */
export function decodeReason(s: string | null | undefined): StoredReason | null {
  if (!s) return null;
  const m = /^(folded|similar|partial|gazetteer|renamed|merged)(?::\s*(.*))?$/su.exec(s.trim());
  if (!m) return null;
  const rest = m[2]?.trim() ?? "";
  switch (m[1]) {
    case "folded": {
      const rules = rest ? rest.split(/\s*,\s*/) : [];
      return rules.every((x) => RULES.has(x)) ? { kind: "folded", rules: rules as FoldRule[] } : null;
    }
    case "similar": {
      const percent = Number(rest);
      return Number.isInteger(percent) && percent >= 0 && percent <= 100 ? { kind: "similar", percent } : null;
    }
    case "partial": {
      const [short, long] = rest.split(" / ");
      return short && long ? { kind: "partial", short, long } : null;
    }
    case "gazetteer":
      return rest ? { kind: "gazetteer", place: rest } : null;
    case "renamed":
      return { kind: "renamed" };
    case "merged":
      return { kind: "merged" };
    default:
      return null;
  }
}

/** A spelling that only differs by letter case and accents is the same word: no one need confirm it. */
export function onlyCaseOrAccents(r: AliasReason): boolean {
  return r.kind === "identical" || (r.kind === "folded" && r.rules.every((x) => x === "case" || x === "accents"));
}
