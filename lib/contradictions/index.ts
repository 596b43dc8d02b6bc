// Contradiction rules (issue 5): pure functions over what claims say. lib/matching runs them when
// a claim is analysed and stores what they find as suggested relations with the reason.
import { roleConflict } from "./attributes";
import { placeInconsistency } from "./places";
import { figureConflict } from "./quantities";
import type { ClaimFacts, Flag } from "./types";

export { figureConflict, figuresOf, compatibleValues, interval, SAME_PERIOD_DAYS } from "./quantities";
export { roleConflict, roleMentions, type RoleMention } from "./attributes";
export { placeInconsistency, PLACE_DISTANCE_KM } from "./places";
export { findRegions, regionById, REGIONS, type Region, type RegionMention } from "./gazetteer";
export type * from "./types";

/** Everything the rules find between two claims of different articles. */
export function flagsBetween(a: ClaimFacts, b: ClaimFacts): Flag[] {
  const out: Flag[] = [];
  const figures = figureConflict(a, b);
  if (figures) out.push(figures);
  const roles = roleConflict(a, b);
  if (roles) out.push(roles);
  return out;
}

/** What the rules find inside one claim. */
export function flagsWithin(f: ClaimFacts): Flag[] {
  const place = placeInconsistency(f);
  return place ? [place] : [];
}
