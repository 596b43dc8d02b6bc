import { describe, expect, it } from "vitest";
import { Scorer, locate, matchSpans, overlaps, prf } from "@/lib/intelligence/eval";

describe("span scoring", () => {
  it("matches a sentence with the clause inside it, not a neighbour that only touches it", () => {
    expect(overlaps({ start: 0, end: 100 }, { start: 10, end: 40 })).toBe(1);
    expect(overlaps({ start: 0, end: 100 }, { start: 90, end: 200 })).toBe(0);
    expect(overlaps({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
  });

  it("matches one to one, best overlap first", () => {
    const pairs = matchSpans([{ start: 0, end: 100 }], [{ start: 0, end: 40 }, { start: 50, end: 100 }]);
    expect(pairs).toHaveLength(1);
  });

  it("computes precision, recall and F1 overall and per kind", () => {
    const s = new Scorer();
    s.add(
      [
        { start: 0, end: 50, kind: "numeric" },
        { start: 60, end: 90, kind: "event" },
        { start: 200, end: 250, kind: "quote" },
      ],
      [
        { start: 5, end: 45, kind: "numeric" },
        { start: 60, end: 90, kind: "quote" },
        { start: 300, end: 320, kind: "event" },
      ],
    );
    const { overall, byKind } = s.scores();
    expect([overall.truePositives, overall.predicted, overall.gold]).toEqual([2, 3, 3]);
    expect(byKind.numeric).toMatchObject({ precision: 1, recall: 1 });
    expect(byKind.quote).toMatchObject({ precision: 0, recall: 0 });
    expect(prf(1, 2, 4).f1).toBeCloseTo(1 / 3);
  });

  it("locates an annotated quote in the cleaned text, whitespace-insensitively, nearest the hint", () => {
    const text = "Un fait.\n\nUn fait.\n\nDeux  faits\nici.";
    expect(locate(text, "Un fait", 12)).toEqual({ start: 10, end: 17 });
    expect(locate(text, "Deux faits ici", 0)).toEqual({ start: 20, end: 35 });
    expect(locate(text, "absent", 0)).toBeNull();
  });
});
