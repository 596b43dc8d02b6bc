import { describe, expect, it } from "vitest";

import { claimMatchText, matchWords, MAX_MATCH_WORDS, trigramSimilarity } from "@/lib/matching/normalise";

describe("claimMatchText", () => {
  it("lower-cases, unaccents and drops function words of every language", () => {
    expect(claimMatchText("", "L’armée a repris le contrôle de la zone")).toBe("armee repris controle zone");
    expect(claimMatchText("The army retook control of the area", "")).toBe("army retook control area");
  });

  it("folds names by transliteration so spellings meet", () => {
    expect(claimMatchText("", "Combats près de Koursk")).toBe(claimMatchText("", "Combats près de Kursk"));
    expect(claimMatchText("", "selon Guérassimov")).toBe(claimMatchText("", "selon Gerasimov"));
    expect(claimMatchText("", "la ville de Soudja")).toBe(claimMatchText("", "la ville de Sudzha"));
  });

  it("keeps figures as plain digits, whatever the separators", () => {
    expect(matchWords("1\u202F000 soldats, 2,5\u00a0% et 46 % ; 1,000 troops and 3.5 %")).toEqual(["1000", "soldats", "2.5", "46", "1000", "troops", "3.5"]);
  });

  it("folds typographic and straight apostrophes and quotation marks alike", () => {
    expect(claimMatchText("", "«\u00a0c’est inacceptable\u00a0», a-t-il dit")).toBe(claimMatchText("", "\"c'est inacceptable\", a-t-il dit"));
  });

  it("puts the statement first, keeps each word once and caps the length", () => {
    expect(claimMatchText("Drones abattus", "Moscou affirme que 126 drones ont été abattus")).toBe("drones abattus moscu affirme 126");
    const long = Array.from({ length: 200 }, (_, i) => `mot${i}`).join(" ");
    expect(claimMatchText(long, "").split(" ")).toHaveLength(MAX_MATCH_WORDS);
    expect(claimMatchText("", "")).toBe("");
  });
});

describe("trigramSimilarity", () => {
  it("computes pg_trgm’s measure", () => {
    expect(trigramSimilarity("kursk", "kursk")).toBe(1);
    expect(trigramSimilarity("", "")).toBe(0);
    // pg_trgm: similarity('word', 'two words') = 4 shared / 11 = 0.3636…
    expect(trigramSimilarity("word", "two words")).toBeCloseTo(4 / 11, 5);
  });
});
