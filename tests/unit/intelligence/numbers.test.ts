import { describe, expect, it } from "vitest";
import { parseQuantities, readNumber } from "@/lib/intelligence/numbers";

const one = (text: string, lang: string) => {
  const qs = parseQuantities(text, lang);
  expect(qs, `${text} → ${JSON.stringify(qs)}`).toHaveLength(1);
  return qs[0]!;
};
const flags = (q: ReturnType<typeof one>) => [q.approximate && "approximate", q.lowerBound && "lowerBound", q.upperBound && "upperBound", q.range && "range"].filter(Boolean);

describe("French figures", () => {
  it.each([
    ["Le chômage recule de 46 % sur un an", 46, "%", "46 %"],
    ["Le chômage recule de 46\u00A0% sur un an", 46, "%", "46\u00A0%"],
    ["soit 86% des votants", 86, "%", "86%"],
    ["1 000 habitants", 1000, "habitants", "1 000 habitants"],
    ["1\u202F250\u00A0000 électeurs", 1250000, "électeurs", "1\u202F250\u00A0000 électeurs"],
    ["1.500 manifestants", 1500, "manifestants", "1.500 manifestants"],
    ["2,5 millions de personnes", 2500000, "personnes", "2,5 millions de personnes"],
    ["trois ans", 3, "ans", "trois ans"],
    ["vingt-deux blessés", 22, "blessés", "vingt-deux blessés"],
    ["soixante-dix-sept communes", 77, "communes", "soixante-dix-sept communes"],
    ["quatre-vingt-dix élèves", 90, "élèves", "quatre-vingt-dix élèves"],
    ["vingt et un départements", 21, "départements", "vingt et un départements"],
    ["deux cent cinquante mille euros", 250000, "euros", "deux cent cinquante mille euros"],
    ["deux millions d’euros", 2000000, "euros", "deux millions d’euros"],
    ["cent soldats", 100, "soldats", "cent soldats"],
    ["mille soldats", 1000, "soldats", "mille soldats"],
    ["cinq pour cent", 5, "%", "cinq pour cent"],
    ["la mort d’une personne", 1, "personne", "une personne"],
    ["130 nouveaux drones", 130, "drones", "130 nouveaux drones"],
  ])("%s", (text, value, unit, written) => {
    const q = one(text, "fr");
    expect([q.value, q.unit, q.text]).toEqual([value, unit, written]);
    expect(text.slice(q.start, q.end)).toBe(written);
  });

  it("reads modifiers as flags", () => {
    expect(flags(one("plus de 86 % du territoire", "fr"))).toEqual(["lowerBound"]);
    expect(flags(one("au moins 12 morts", "fr"))).toEqual(["lowerBound"]);
    expect(flags(one("moins de 300 élèves", "fr"))).toEqual(["upperBound"]);
    expect(flags(one("jusqu’à 40 000 spectateurs", "fr"))).toEqual(["upperBound"]);
    expect(flags(one("a augmenté d’environ 46 %", "fr"))).toEqual(["approximate"]);
    expect(flags(one("près de 2 000 logements", "fr"))).toEqual(["approximate"]);
    expect(flags(one("quelque 500 salariés", "fr"))).toEqual(["approximate"]);
    expect(one("plus de trois ans", "fr").text).toBe("plus de trois ans");
  });

  it("reads ranges", () => {
    const q = one("entre 100 et 150 drones", "fr");
    expect([q.value, q.max, q.unit, q.range, q.text]).toEqual([100, 150, "drones", true, "entre 100 et 150 drones"]);
    expect([one("de 10 à 15 %", "fr").max, one("de 10 à 15 %", "fr").unit]).toEqual([15, "%"]);
  });

  it("reads vague quantities", () => {
    const q = one("des centaines de soldats sont tués", "fr");
    expect([q.value, q.unit, q.text, ...flags(q)]).toEqual([100, "soldats", "des centaines de soldats", "approximate", "lowerBound"]);
    expect(one("des dizaines de milliers de manifestants", "fr").value).toBe(10000);
    const d = one("une dizaine de blessés", "fr");
    expect([d.value, d.unit, ...flags(d)]).toEqual([10, "blessés", "approximate"]);
    expect(flags(one("quelques centaines de mètres", "fr"))).toEqual(["approximate"]);
  });

  it("ignores dates, times, codes, ordinals and anaphoric numbers", () => {
    for (const text of ["le 12 mars 2024", "en 2023", "à 10h30", "le F-16", "le COVID-19", "le 3e arrondissement", "les deux camps", "ces trois pays", "un mois plus tard", "depuis des mois"]) {
      expect(parseQuantities(text, "fr"), text).toEqual([]);
    }
    expect(parseQuantities("l’une des quatre provinces", "fr").map((q) => q.value)).toEqual([4]);
  });
});

describe("English figures", () => {
  it.each([
    ["more than 1,000 soldiers", 1000, "soldiers", ["lowerBound"]],
    ["about 2.5 million people", 2500000, "people", ["approximate"]],
    ["three thousand troops", 3000, "troops", []],
    ["a hundred people", 100, "people", []],
    ["twenty-two dead", 22, "dead", []],
    ["up to 40% of homes", 40, "%", ["upperBound"]],
    ["nearly 12 percent", 12, "%", ["approximate"]],
    ["hundreds of civilians", 100, "civilians", ["approximate", "lowerBound"]],
    ["tens of thousands of protesters", 10000, "protesters", ["approximate", "lowerBound"]],
    ["several hundred homes", 100, "homes", ["approximate", "lowerBound"]],
    ["$5 million", 5000000, "$", []],
  ])("%s", (text, value, unit, expected) => {
    const q = one(text, "en");
    expect([q.value, q.unit, flags(q)]).toEqual([value, unit, expected]);
  });

  it("reads ranges and skips dates and anaphora", () => {
    const q = one("between 10 and 20 percent", "en");
    expect([q.value, q.max, q.unit, q.range]).toEqual([10, 20, "%", true]);
    for (const text of ["on March 12, 2024", "in 2023", "the two sides", "one of the reasons", "the F-35"]) expect(parseQuantities(text, "en"), text).toEqual([]);
  });
});

describe("readNumber", () => {
  it("follows each language's separators", () => {
    expect(readNumber("2,5", ",")).toBe(2.5);
    expect(readNumber("1 000,75", ",")).toBe(1000.75);
    expect(readNumber("1.000", ",")).toBe(1000);
    expect(readNumber("2.5", ".")).toBe(2.5);
    expect(readNumber("1,000,000", ".")).toBe(1000000);
  });
});
