// Known alternate names of places (issue 5), from data/gazetteer/places.json: every spelling,
// exonym and transliteration of one city, area or country, as GeoNames' alternateNames keeps them
// ("Kyiv", "Kiev", "Kiew", "Київ"). Folding rules (./names.ts) cannot bring "Kiev" and "Kyiv",
// "Kharkov" and "Kharkiv" or "Lvov" and "Lviv" together: the vowels differ because Russian and
// Ukrainian differ (Киев / Київ), not because of how one word was transliterated, and a rule
// turning -ov into -iv would also merge Petrov and Petriv. Only a list of the places' names can
// say those spellings are one place — and it never says anything about a name it does not list.
// Pure (no server imports): the index is built once, on first use.
import data from "@/data/gazetteer/places.json" with { type: "json" };

import { normaliseName } from "./names";

export interface Place {
  /** Stable id: the ISO 3166-1 code of a country, "<country>-<slug>" of a city or area. */
  id: string;
  /** The name shown in reasons ("known alternate name of Kyiv"): the English name. */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** city, town, area, peninsula, country (informative). */
  kind: string;
  /** ISO 3166-2 code of its first-level region in regions.json, when it lies in one listed there. */
  region?: string;
  /** Spellings by language ("en", "fr", "de", "ru", "uk", …; Cyrillic ones under "ru-Cyrl", "uk-Cyrl"). */
  names: Record<string, string[]>;
}

// Through unknown: TypeScript types each entry of the JSON literally, with absent languages as undefined.
export const PLACES: readonly Place[] = (data as unknown as { places: Place[] }).places;

interface Index {
  /** Folded key of a spelling → the places that spell their name so (one, in the shipped data). */
  byKey: Map<string, Place[]>;
  /** Place id → the folded keys of all its spellings. */
  keys: Map<string, string[]>;
}
let index: Index | undefined;

function buildIndex(): Index {
  const byKey = new Map<string, Place[]>();
  const keys = new Map<string, string[]>();
  for (const place of PLACES) {
    const own: string[] = [];
    for (const spelling of [place.name, ...Object.values(place.names).flat()]) {
      const key = normaliseName(spelling);
      if (!key || own.includes(key)) continue;
      own.push(key);
      const list = byKey.get(key);
      if (list) list.push(place);
      else byKey.set(key, [place]);
    }
    keys.set(place.id, own);
  }
  return { byKey, keys };
}

function idx(): Index {
  return (index ??= buildIndex());
}

/** The places `name` is a known spelling of (after the usual folding: case, accents, ou/u…). */
export function placesNamed(name: string): Place[] {
  const key = normaliseName(name);
  return key ? (idx().byKey.get(key) ?? []) : [];
}

/** The folded keys of every spelling of `place`. */
export function placeKeys(place: Place): string[] {
  return idx().keys.get(place.id) ?? [];
}

/**
 * The folded keys of the other known spellings of the places `name` names ("Kiev" → the keys of
 * "Kyiv", "Kiew", "Київ"…), its own key left out; empty for a name the gazetteer does not list.
 */
export function alternateKeys(name: string): string[] {
  const own = normaliseName(name);
  const out = new Set<string>();
  for (const place of placesNamed(name)) for (const k of placeKeys(place)) if (k !== own) out.add(k);
  return [...out];
}

/**
 * The place of which `a` and `b` are both known spellings, or null: "Kiev" / "Kyiv" → Kyiv,
 * "Lvov" / "Lemberg" → Lviv; "Kiev" / "Kherson" and "Lviv" / "Livny" → null. Two spellings with
 * the same folded key are not this function's business (folding already says they are one name).
 */
export function knownAlternate(a: string, b: string): Place | null {
  const kb = normaliseName(b);
  if (!kb) return null;
  return placesNamed(a).find((p) => placeKeys(p).includes(kb)) ?? null;
}
