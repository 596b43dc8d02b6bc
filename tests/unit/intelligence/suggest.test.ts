// Every signal on short examples written for the project (never corpus sentences).
import { describe, expect, it } from "vitest";
import { en } from "@/lib/intelligence/lang/en";
import { fr } from "@/lib/intelligence/lang/fr";
import { DEFAULT_THRESHOLD, LANGUAGES, REASON_CODES, suggest, type Suggestion } from "@/lib/intelligence";
import enMessages from "@/messages/en/intelligence.json" with { type: "json" };

const all = (text: string, language = "fr") => suggest(text, { language, threshold: 0 });
const only = (text: string, language = "fr") => {
  const s = all(text, language);
  expect(s, JSON.stringify(s.map((x) => x.quote))).toHaveLength(1);
  return s[0]!;
};
const codes = (s: Suggestion) => s.reasons.map((r) => r.code);

describe("signals (French)", () => {
  it("figures: a count of people makes a numeric claim with its quantity", () => {
    const s = only("Selon la préfecture, plus de 1 200 manifestants ont défilé samedi à Rennes.");
    expect(s.kind).toBe("numeric");
    expect(codes(s)).toContain("boundedFigure");
    expect(s.quantities.map((q) => [q.value, q.unit, q.lowerBound])).toEqual([[1200, "manifestants", true]]);
    expect(s.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it("percentages and changes", () => {
    const s = only("Le prix du gazole a augmenté d’environ 12 % en un an, selon l’Insee.");
    expect(codes(s)).toEqual(expect.arrayContaining(["percentage", "comparison", "attribution"]));
    expect(s.speaker).toEqual({ name: "Insee" });
  });

  it("vague quantities", () => {
    const s = only("Des dizaines de milliers de personnes ont manifesté dimanche à Lyon.");
    expect(codes(s)).toContain("vagueFigure");
    expect(s.quantities[0]!.value).toBe(10000);
  });

  it("reported speech: the subject of the verb, with the title as description", () => {
    const s = only("La ministre de la Santé Agnès Durand a affirmé mardi que 300 lits seraient rouverts.");
    expect(codes(s)).toContain("reportedSpeech");
    expect(s.speaker).toEqual({ name: "Agnès Durand", description: "ministre de la Santé" });
  });

  it("attribution with an apposed name: selon <title>, <Name>", () => {
    const s = only("Trois écoles ont fermé, selon le recteur de l’académie de Nantes, Paul Girard.");
    expect(s.speaker).toEqual({ name: "Paul Girard", description: "recteur de l’académie de Nantes" });
  });

  it("quotations in « », “ ” and straight quotes, with the name after them", () => {
    for (const q of ["« Nous ne fermerons aucune classe »", "“Nous ne fermerons aucune classe”", '"Nous ne fermerons aucune classe"']) {
      const s = only(`${q}, a assuré le maire de Brest.`);
      expect(s.kind).toBe("quote");
      expect(codes(s)).toContain("quotation");
      expect(s.speaker?.name).toBe("maire de Brest");
    }
  });

  it("a quotation alone takes the speaker of the sentence before", () => {
    const s = all("Le sénateur Marc Leroy a répondu aux journalistes jeudi. « Le projet est enterré. »");
    expect(s.at(-1)!.speaker?.name).toBe("Marc Leroy");
  });

  it("superlatives, records and first times", () => {
    expect(codes(only("La crue de la Seine est la plus importante depuis le début du siècle."))).toContain("superlative");
    expect(codes(only("C’était la première fois en plus de dix ans que le chef de l’État se rendait à Alger."))).toEqual(
      expect.arrayContaining(["firstTime", "boundedFigure"]),
    );
  });

  it("named people, places and organisations", () => {
    const s = only("Le président Jean Moreau a rencontré lundi à Genève les dirigeants de l’Organisation mondiale de la santé.");
    const byType = Object.fromEntries(s.entities.map((e) => [e.text, e.type]));
    expect(byType).toMatchObject({ "Jean Moreau": "person", Genève: "place" });
    expect(s.entities.some((e) => e.type === "organisation" && e.text.includes("Organisation mondiale"))).toBe(true);
    expect(codes(s)).toEqual(expect.arrayContaining(["person", "place", "organisation", "pastEvent", "date"]));
  });

  it("a surname alone is the person named in full earlier", () => {
    const s = all("Le général Pierre Lagarde est arrivé à Dakar. Lagarde a ensuite visité la base.");
    expect(s.flatMap((x) => x.entities).filter((e) => e.text === "Lagarde").map((e) => e.type)).toEqual(["person"]);
  });

  it("splits two assertions of one sentence into two claims", () => {
    const s = suggest("La police a compté 4 000 manifestants, tandis que les syndicats ont annoncé 12 000 participants.", { language: "fr" });
    expect(s.map((x) => x.quote)).toEqual(["La police a compté 4 000 manifestants", "les syndicats ont annoncé 12 000 participants"]);
    expect(s.map((x) => x.quantities[0]!.value)).toEqual([4000, 12000]);
  });

  it("hedges, commentary and headlines score low; plain sentences are not suggested", () => {
    const text = "Pluie et vent sur la côte\n\nLa réforme pourrait peut-être changer la donne. Ce choix témoigne d’une volonté d’apaisement. Il fait beau.";
    expect(suggest(text, { language: "fr" })).toEqual([]);
    const scored = all(text);
    expect(scored.every((s) => s.score < DEFAULT_THRESHOLD)).toBe(true);
  });

  it("offsets are UTF-16 offsets into the text as given", () => {
    const text = "Préambule 😀 « ok ».\n\nSelon l’agence, 46\u00A0% des élèves ont échoué en juin.";
    const s = suggest(text, { language: "fr" });
    expect(s).toHaveLength(1);
    expect(text.slice(s[0]!.start, s[0]!.end)).toBe(s[0]!.quote);
    expect(s[0]!.quote).toBe("Selon l’agence, 46\u00A0% des élèves ont échoué en juin");
    for (const q of s[0]!.quantities) expect(text.slice(q.start, q.end)).toBe(q.text);
    for (const e of s[0]!.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe("signals (English)", () => {
  it("figures, attribution and speakers", () => {
    const s = only("According to the health ministry, more than 300 people were injured on Sunday.", "en");
    expect(s.kind).toBe("numeric");
    expect(s.speaker?.name).toBe("health ministry");
    expect(s.quantities[0]).toMatchObject({ value: 300, unit: "people", lowerBound: true });
  });

  it("reported speech with a title, and quotations", () => {
    const s = only('"We will not back down," Governor Anna Lee said on Tuesday.', "en");
    expect(s.kind).toBe("quote");
    expect(s.speaker?.name).toBe("Anna Lee");
    const t = only("Mayor John Carter said the bridge was the longest in the state.", "en");
    expect(t.speaker?.name).toBe("John Carter");
    expect(codes(t)).toContain("superlative");
  });

  it("changes and comparisons", () => {
    expect(codes(only("Exports doubled compared with last year, the agency reported.", "en"))).toContain("comparison");
  });
});

describe("languages and reasons", () => {
  it("registers each language in one table and falls back to English", () => {
    expect(LANGUAGES).toMatchObject({ fr, en });
    expect(suggest("About 40 people were evacuated from Leeds on Monday.", { language: "xx" })).toHaveLength(1);
  });

  it("every reason code has a message, and reason texts read in English", () => {
    expect(Object.keys(enMessages.intelligence.reasons).sort()).toEqual([...REASON_CODES].sort());
    const s = only("Selon la préfecture, 1 200 manifestants ont défilé samedi à Rennes.");
    for (const r of s.reasons) expect(r.text.length).toBeGreaterThan(5);
  });
});
