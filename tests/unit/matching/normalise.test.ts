import { describe, expect, it } from "vitest";

import { claimMatchKeys, claimMatchText, MATCH_KEY_BANDS, MATCH_KEY_VERSION, matchWords, MAX_MATCH_WORDS, trigramSimilarity } from "@/lib/matching/normalise";

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

describe("claimMatchKeys", () => {
  const shared = (a: string[], b: string[]) => a.filter((k) => b.includes(k)).length;

  it("gives the same keys to the same words in any order, and none to an empty text", () => {
    const a = claimMatchKeys("forces russes repris village kursk");
    expect(a).toHaveLength(MATCH_KEY_BANDS);
    expect(claimMatchKeys("kursk village repris russes forces forces")).toEqual(a);
    expect(claimMatchKeys("")).toEqual([]);
    expect(a.every((k) => k.startsWith(MATCH_KEY_VERSION))).toBe(true);
  });

  it("keys word stems, so inflections of the same words give the same keys; figures stay whole", () => {
    expect(claimMatchKeys("force russe reprise territoires kursk")).toEqual(claimMatchKeys("forces russes repris territoire kursk"));
    expect(claimMatchKeys("130 drones intercepte")).not.toEqual(claimMatchKeys("1300 drones intercepte"));
  });

  it("shares keys between close paraphrases and almost never between unrelated claims", () => {
    const x = claimMatchText("", "Les forces russes ont repris le village de Nikolaïevo-Darino dans la région de Koursk, a annoncé dimanche le ministère de la Défense");
    const y = claimMatchText("", "Le ministère de la Défense a annoncé dimanche que les forces russes avaient repris le village de Nikolaïevo-Darino, région de Kursk");
    expect(shared(claimMatchKeys(x), claimMatchKeys(y))).toBeGreaterThan(0);
    let collisions = 0;
    for (let i = 0; i < 200; i++) {
      const a = claimMatchKeys(`budget ${i} hôpitaux santé ministre annonce milliards euros`);
      const b = claimMatchKeys(`drones ${i + 1000} interceptés nuit région frontière armée`);
      collisions += shared(a, b);
    }
    expect(collisions).toBe(0);
  });
});
