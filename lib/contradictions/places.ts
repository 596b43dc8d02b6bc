// Place inconsistency inside one claim: an official of one region reports an event in a region
// far away ("une attaque … dans le kraï de Krasnoïarsk, selon le gouverneur de l’oblast de
// Belgorod"). Officials are a title of the language module (gouverneur, maire, governor…) tied to
// a region of the gazetteer ("gouverneur de l’oblast de Belgorod", "Belgorod governor"), in the
// claim or in its speaker's description; events are regions introduced by a locative or a place
// noun ("dans le kraï de …", "in the … region"). Beyond PLACE_DISTANCE_KM between the regions'
// centres, the claim is flagged.
import { regionsIn, type RegionMention } from "./gazetteer";
import { analyse, distanceKm, type Analysed } from "./text";
import type { ClaimFacts, Flag } from "./types";

/** Regions whose centres are further apart than this are "far away" from each other. */
export const PLACE_DISTANCE_KM = 1000;

interface Official {
  title: string;
  mention: RegionMention;
  /** "gouverneur de l’oblast de Belgorod" as written. */
  text: string;
}

/** Words allowed between a title and its region: function words and place nouns. */
function linkWord(a: Analysed, lower: string): boolean {
  return a.rules.stop.has(lower) || a.rules.placeMarkers.has(lower) || a.rules.ofWords.has(lower);
}

function officialsIn(a: Analysed, mentions: RegionMention[]): Official[] {
  const out: Official[] = [];
  const { tokens } = a;
  tokens.forEach((t, i) => {
    if (t.kind !== "word" || !a.rules.titles.has(t.lower)) return;
    // Forward: "gouverneur de l’oblast de Belgorod", "governor of the Belgorod region".
    let j = i + 1;
    while (j < tokens.length && j - i <= 6 && tokens[j]!.kind === "word") {
      const m = mentions.find((x) => x.first === j);
      if (m) {
        out.push({ title: t.text, mention: m, text: a.text.slice(t.start, m.end) });
        return;
      }
      if (!linkWord(a, tokens[j]!.lower)) break;
      j++;
    }
    // Backward: "Belgorod governor", "the Belgorod region governor".
    let k = i - 1;
    while (k >= 0 && i - k <= 3 && tokens[k]!.kind === "word") {
      const m = mentions.find((x) => x.next === k + 1);
      if (m) {
        out.push({ title: t.text, mention: m, text: a.text.slice(m.start, t.end) });
        return;
      }
      if (!a.rules.placeMarkers.has(tokens[k]!.lower)) break;
      k--;
    }
  });
  return out;
}

/** Regions the text places something in: a locative or a place noun shortly before. */
function eventsIn(a: Analysed, mentions: RegionMention[], officials: Official[]): RegionMention[] {
  return mentions.filter((m) => {
    if (officials.some((o) => o.mention === m)) return false;
    for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
      const u = a.tokens[k]!;
      if (u.kind !== "word") return false;
      if (a.rules.locatives.has(u.lower) || a.rules.placeMarkers.has(u.lower)) return true;
    }
    return false;
  });
}

/** The claim's place inconsistency, as a flag of the claim on itself, or null. */
export function placeInconsistency(f: ClaimFacts, maxKm = PLACE_DISTANCE_KM): Flag | null {
  const a = analyse(f.text, f.language);
  const mentions = regionsIn(a);
  const officials = officialsIn(a, mentions);
  // The speaker's role, as the registry describes it, counts as well.
  for (const s of f.speakers) {
    if (!s.description) continue;
    const d = analyse(s.description, f.language);
    officials.push(...officialsIn(d, regionsIn(d)));
  }
  if (officials.length === 0) return null;
  const events = eventsIn(a, mentions, officials);
  let worst: { o: Official; e: RegionMention; km: number } | null = null;
  for (const o of officials) {
    for (const e of events) {
      if (e.region.id === o.mention.region.id) continue;
      const km = distanceKm(o.mention.region, e.region);
      if (km > maxKm && (!worst || km > worst.km)) worst = { o, e, km };
    }
  }
  if (!worst) return null;
  const { o, e, km } = worst;
  return {
    type: "contradicts",
    fromId: f.id,
    toId: f.id,
    score: Math.min(1, 0.5 + km / (maxKm * 8)),
    reason: { code: "placeFar", values: { official: o.text, officialRegion: o.mention.text, place: e.text, km: String(Math.round(km / 100) * 100) } },
  };
}
