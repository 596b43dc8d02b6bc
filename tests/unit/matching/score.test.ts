import { describe, expect, it } from "vitest";

import type { Quantity } from "@/lib/claims/types";
import { canonical, otherSide, SAME_AS_MIN_SCORE, scoreSameAs, suggestionsFor, type Candidate, type MatchFacts } from "@/lib/matching/score";

let n = 0;
function claim(text: string, extra: Partial<Candidate> = {}): Candidate {
  n++;
  return {
    id: `00000000-0000-0000-0000-${String(n).padStart(12, "0")}`,
    articleId: `article-${n}`,
    language: "fr",
    text,
    quote: text,
    quantities: [],
    speakers: [],
    entityIds: [],
    entityNames: new Map(),
    date: null,
    clusterId: null,
    verdictId: "v",
    similarity: 0.5,
    ...extra,
  };
}
const pct = (value: number): Quantity => ({ value, unit: "%", text: `${value} %`, approximate: false, lowerBound: false, upperBound: false, range: false, max: null });

describe("scoreSameAs", () => {
  const self: MatchFacts = claim("Le taux de chômage a atteint 7,4 % au troisième trimestre", { entityIds: ["e1", "e2"], entityNames: new Map([["e1", "Insee"], ["e2", "France"]]), speakers: [{ id: "s1", name: "Insee" }], date: "2026-01-10" });

  it("adds shared entities, a compatible figure, the same speaker and close dates to the text similarity, with reasons", () => {
    const c = claim("Selon l’Insee, le chômage atteint 7,4 % au troisième trimestre", { entityIds: ["e1"], speakers: [{ id: "s1", name: "Insee" }], date: "2026-01-12", similarity: 0.4 });
    const { score, reason } = scoreSameAs(self, c, self.entityNames);
    expect(score).toBeGreaterThan(0.4 + 0.12 + 0.15 + 0.1);
    expect(reason).toEqual({
      code: "similar",
      values: { similarity: "40" },
      signals: [
        { code: "sharedEntities", values: { names: "Insee", count: "1" } },
        { code: "sameFigure", values: { figure: "7,4 %" } },
        { code: "sameSpeaker", values: { speaker: "Insee" } },
        { code: "closeDates", values: { days: "2" } },
      ],
    });
  });

  it("takes away for a figure in the same unit that cannot hold at the same time", () => {
    const similar = claim("Le taux de chômage a atteint 9,1 % au troisième trimestre", { similarity: 0.7 });
    expect(scoreSameAs(self, similar).score).toBeLessThan(0.7);
  });

  it("takes away for dates months apart", () => {
    expect(scoreSameAs(self, claim("Un autre texte", { similarity: 0.6, date: "2026-06-01" })).score).toBeLessThan(0.6);
  });
});

describe("suggestionsFor", () => {
  it("suggests same_as once, in canonical direction, and leaves unrelated candidates out", () => {
    const self = claim("Les troupes ont repris deux villages de la région de Koursk");
    const twin = claim("Les troupes ont repris deux villages dans la région de Kursk", { similarity: 0.8 });
    const far = claim("Le budget de la défense augmente", { similarity: 0.31 });
    const out = suggestionsFor(self, [twin, far]);
    expect(out).toHaveLength(1);
    const [from, to] = canonical(self.id, twin.id);
    expect(out[0]).toMatchObject({ type: "same_as", fromClaimId: from, toClaimId: to });
    expect(out[0]!.score).toBeGreaterThanOrEqual(SAME_AS_MIN_SCORE);
  });

  it("suggests a contradiction instead of same_as for conflicting figures, and nothing within one cluster", () => {
    const self = claim("L’armée a repris 86 % du territoire de la région de Briansk", { quantities: [pct(86)], clusterId: "k1" });
    const other = claim("L’armée a repris 64 % du territoire de la région de Briansk", { quantities: [pct(64)], similarity: 0.8 });
    expect(suggestionsFor(self, [other]).map((s) => s.type)).toEqual(["contradicts"]);
    const sameCluster = claim("L’armée a repris 86 % du territoire de la région de Briansk", { similarity: 0.95, clusterId: "k1" });
    expect(suggestionsFor(self, [sameCluster])).toEqual([]);
  });

  it("stores a contradiction from the smaller id with that claim's figure as “a”, whichever claim found it", () => {
    const earlier = claim("L’armée a repris 64 % du territoire de la région de Briansk", { quantities: [pct(64)], similarity: 0.8 });
    const later = claim("L’armée a repris 86 % du territoire de la région de Briansk", { quantities: [pct(86)], similarity: 0.8 });
    expect(earlier.id < later.id).toBe(true);
    // Found from the larger id: the pair is turned round for storage, and its figures with it.
    const [fromLater] = suggestionsFor(later, [earlier]);
    expect(fromLater).toMatchObject({ type: "contradicts", fromClaimId: earlier.id, toClaimId: later.id, reason: { code: "conflictingFigures", values: { a: "64 %", b: "86 %" } } });
    // Found from the smaller id: the same row.
    expect(suggestionsFor(earlier, [later])).toEqual([fromLater]);
  });

  it("flags role conflicts with the role candidates and place inconsistencies on the claim itself", () => {
    const self = claim("Selon le gouverneur de l’oblast de Briansk, un drone a frappé une usine dans le kraï de Khabarovsk, a confirmé l’ancien ministre Jean Dupont.");
    const other = claim("Le ministre Jean Dupont a démenti.");
    const out = suggestionsFor(self, [], [other]);
    expect(out.map((s) => [s.type, s.reason.code]).sort()).toEqual([["contradicts", "placeFar"], ["contradicts", "roleConflict"]]);
    expect(out.find((s) => s.reason.code === "placeFar")).toMatchObject({ fromClaimId: self.id, toClaimId: self.id });
  });
});

describe("otherSide", () => {
  it("swaps each value of one side with its twin and leaves the rest", () => {
    const reason = { code: "roleConflict" as const, values: { name: "Jean Dupont", a: "l’ancien ministre Jean Dupont", b: "Le ministre Jean Dupont", statusA: "former", statusB: "sitting" } };
    expect(otherSide(reason)).toEqual({ code: "roleConflict", values: { name: "Jean Dupont", a: "Le ministre Jean Dupont", b: "l’ancien ministre Jean Dupont", statusA: "sitting", statusB: "former" } });
    expect(otherSide(otherSide(reason))).toEqual(reason);
    expect(reason.values.a).toBe("l’ancien ministre Jean Dupont");
  });

  it("leaves reasons without sides as they are", () => {
    const newer = { code: "newerFigure" as const, values: { newer: "86 %", older: "64 %", days: "40", subject: "territoire" } };
    expect(otherSide(newer)).toEqual(newer);
    expect(otherSide({ code: "manual" as const, values: {} })).toEqual({ code: "manual", values: {} });
  });
});
