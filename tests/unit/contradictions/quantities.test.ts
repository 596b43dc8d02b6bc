import { describe, expect, it } from "vitest";

import { compatibleValues, figureConflict, figuresOf, interval } from "@/lib/contradictions/quantities";
import type { Quantity } from "@/lib/claims/types";

import { facts } from "./helpers";

const q = (value: number, extra: Partial<Quantity> = {}): Quantity => ({ value, unit: "%", text: `${value} %`, approximate: false, lowerBound: false, upperBound: false, range: false, max: null, ...extra });

describe("figure intervals", () => {
  it("widens bounds, ranges and approximations", () => {
    expect(interval(q(86, { lowerBound: true }))[1]).toBe(Number.POSITIVE_INFINITY);
    expect(interval(q(10, { upperBound: true }))[0]).toBe(Number.NEGATIVE_INFINITY);
    expect(interval(q(100, { range: true, max: 150 }))).toEqual([99.5, 150.75]);
    expect(interval(q(100, { approximate: true }))).toEqual([90, 110]);
  });

  it("tells figures that can both hold from figures that cannot", () => {
    expect(compatibleValues(q(86, { lowerBound: true }), q(90))).toBe(true);
    expect(compatibleValues(q(86, { lowerBound: true }), q(64))).toBe(false);
    expect(compatibleValues(q(46, { approximate: true }), q(48))).toBe(true);
    expect(compatibleValues(q(130), q(126))).toBe(false);
    expect(compatibleValues(q(120, { range: true, max: 140 }), q(130))).toBe(true);
  });
});

describe("conflicting figures (French)", () => {
  const week = { date: "2026-02-10" };
  const a = facts("Le chef d’état-major a affirmé que l’armée avait repris plus de 86 % du territoire de la région de Briansk", week);
  const b = facts("Selon un institut d’études militaires, l’armée a repris 64\u00a0% du territoire de la région de Briansk", { date: "2026-02-13" });

  it("flags the same share of the same territory given differently by two sources in the same week", () => {
    const flag = figureConflict(a, b);
    expect(flag).toMatchObject({ type: "contradicts", reason: { code: "conflictingFigures", values: { a: "plus de 86 %", b: "64\u00a0%" } } });
    expect(flag!.reason.values.subject).toContain("repris");
    expect(flag!.score).toBeGreaterThan(0.6);
  });

  it("reads figures weeks apart as an update of the older one by the newer one", () => {
    const later = { ...b, date: "2026-03-20" };
    expect(figureConflict(a, later)).toMatchObject({ type: "updates", fromId: later.id, toId: a.id, reason: { code: "newerFigure", values: { newer: "64\u00a0%", older: "plus de 86 %", days: "38" } } });
  });

  it("does not flag compatible figures", () => {
    expect(figureConflict(a, facts("L’armée a repris 90 % du territoire de la région de Briansk, selon le ministère"))).toBeNull();
  });

  it("does not confuse two actors each reporting their own interceptions", () => {
    const kyiv = facts("Kiev a annoncé avoir intercepté 212 drones iraniens lancés par l’ennemi");
    const moscow = facts("Moscou a déclaré avoir abattu 187 drones ukrainiens au-dessus de ses régions");
    expect(figureConflict(kyiv, moscow)).toBeNull();
  });

  it("keeps speakers acting for themselves apart even with the same verb and no qualifier", () => {
    const x = facts("L’état-major ukrainien a annoncé avoir abattu 212 drones au-dessus de la région de Belgorod", { speakers: [{ id: "s1", name: "État-major ukrainien" }] });
    const y = facts("Le ministère russe a annoncé avoir abattu 187 drones au-dessus de la région de Belgorod", { speakers: [{ id: "s2", name: "Ministère russe" }] });
    expect(figureConflict(x, y)).toBeNull();
    // The same speaker giving two counts of its own action is a contradiction.
    expect(figureConflict(x, { ...y, speakers: [{ id: "s1", name: "État-major ukrainien" }] })?.type).toBe("contradicts");
  });

  it("needs the same unit", () => {
    expect(figureConflict(facts("Les frappes ont fait 40 morts à Kherson"), facts("Les frappes ont fait 25 blessés à Kherson"))).toBeNull();
  });

  it("uses the figures the editor confirmed, with their bounds", () => {
    const x = facts("Les autorités ont évacué des milliers d’habitants de la région", { quantities: [q(3000, { unit: "habitants", text: "des milliers d’habitants", lowerBound: true, approximate: true })] });
    const y = facts("Les autorités ont évacué 1 200 habitants de la région");
    expect(figureConflict(x, y)?.reason.code).toBe("conflictingFigures");
    const figures = figuresOf(x);
    expect(figures[0]?.unit).toBe("habitant");
  });
});

describe("conflicting figures (English)", () => {
  it("does not flag “Kyiv says it intercepted 130 drones” against “Moscow says 126 drones were shot down”", () => {
    const kyiv = facts("Kyiv says it intercepted 130 drones", { language: "en" });
    const moscow = facts("Moscow says 126 drones were shot down", { language: "en" });
    expect(figureConflict(kyiv, moscow)).toBeNull();
  });

  it("flags two casualty tolls of the same strike", () => {
    const x = facts("The strike on the Odesa port killed 14 people, the regional governor said", { language: "en", date: "2026-01-05" });
    const y = facts("Officials said the strike on the Odesa port killed 9 people", { language: "en", date: "2026-01-05" });
    expect(figureConflict(x, y)).toMatchObject({ type: "contradicts", reason: { values: { a: "14 people", b: "9 people" } } });
  });
});
