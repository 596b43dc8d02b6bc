// The regions of data/gazetteer/regions.json, found in text. Names are compared word by word
// after the same folding as entity names (lib/intelligence/names.ts), longest name first, so
// "Koursk", "Kursk" and "Kurskaya" find one region and "région de Moscou" (the oblast) wins over
// "Moscou" (the city).
import data from "@/data/gazetteer/regions.json" with { type: "json" };
import { normaliseName } from "@/lib/intelligence/names";

import { analyse, type Analysed } from "./text";

export interface Region {
  /** ISO 3166-2. */
  id: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  kind: string;
  lat: number;
  lon: number;
  names: Record<string, string[]>;
}

export interface RegionMention {
  region: Region;
  /** Offsets in the text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** Token range [first, next). */
  first: number;
  next: number;
}

export const REGIONS: readonly Region[] = (data as { regions: Region[] }).regions;

const keyOf = (words: readonly string[]) => words.map((w) => normaliseName(w)).filter(Boolean).join(" ");

interface Index {
  byKey: Map<string, Region>;
  /** The first word of every key: a name can only start at a token folding to one of these. */
  firstWords: Set<string>;
  maxWords: number;
}
let index: Index | undefined;

function buildIndex(): Index {
  const byKey = new Map<string, Region>();
  const firstWords = new Set<string>();
  let maxWords = 1;
  for (const r of REGIONS) {
    for (const names of Object.values(r.names)) {
      for (const name of names) {
        const key = keyOf(name.split(/[\s’'()-]+/u).filter(Boolean));
        if (!key || byKey.has(key)) continue;
        byKey.set(key, r);
        firstWords.add(key.split(" ")[0]!);
        maxWords = Math.max(maxWords, key.split(" ").length);
      }
    }
  }
  return { byKey, firstWords, maxWords };
}

/** A region by its ISO 3166-2 code. */
export function regionById(id: string): Region | undefined {
  return REGIONS.find((r) => r.id === id);
}

/** Every region named in an analysed text, longest match first, left to right. */
export function regionsIn(a: Analysed): RegionMention[] {
  index ??= buildIndex();
  const { tokens } = a;
  // Each word token folded once (a hyphenated token, "Ivano-Frankivsk", folds to several key
  // words); the windows below are built from these instead of folding every window again.
  const folded = tokens.map((t) => (t.kind === "word" ? keyOf(t.text.split(/[-‐’']/u).filter(Boolean)) : ""));
  const out: RegionMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind !== "word" || !index.firstWords.has(folded[i]!.split(" ")[0]!)) {
      i++;
      continue;
    }
    let found: RegionMention | null = null;
    let key = "";
    let j = i;
    while (j < tokens.length && tokens[j]!.kind === "word" && j - i < index.maxWords) {
      if (folded[j]) key = key ? `${key} ${folded[j]}` : folded[j]!;
      j++;
      const region = index.byKey.get(key);
      if (region) found = { region, start: t.start, end: tokens[j - 1]!.end, text: a.text.slice(t.start, tokens[j - 1]!.end), first: i, next: j };
    }
    if (found) {
      const after = tokens[found.next];
      // A proper name must be capitalised; "Vladimir Poutine" is a person, not the Vladimir oblast.
      const properStart = tokens.slice(found.first, found.next).some((x) => x.cap);
      const partOfLongerName = after !== undefined && after.kind === "word" && after.cap && after.start - found.end <= 1;
      if (properStart && !partOfLongerName) {
        out.push(found);
        i = found.next;
        continue;
      }
    }
    i++;
  }
  return out;
}

/** Every region named in `text`. */
export function findRegions(text: string, language: string): RegionMention[] {
  return regionsIn(analyse(text, language));
}
