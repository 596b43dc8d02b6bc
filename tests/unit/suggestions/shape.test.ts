// The pure helpers between a suggestion and a claim: the proposed statement, the figures as a
// claim stores them, which registry source a speaker's name is, and the kind a new source gets.
import { describe, expect, it } from "vitest";

import { MAX_STATEMENT } from "@/lib/claims/schemas";
import type { LocatedQuantity } from "@/lib/intelligence/types";
import { claimQuantities, engineLanguage, matchSpeaker, normaliseStatement, overlaps, speakerSourceKind } from "@/lib/suggestions/shape";

describe("normaliseStatement", () => {
  it("joins a sentence broken across lines and paragraphs, keeping NBSP and NNBSP", () => {
    expect(normaliseStatement("La visite soigneusement mise en scène de\n\nPoutine semblait prévue pour «\u00a0renforcer\u00a0» le moral")).toBe(
      "La visite soigneusement mise en scène de Poutine semblait prévue pour «\u00a0renforcer\u00a0» le moral.",
    );
    expect(normaliseStatement("une hausse d’environ 46\u00a0%   par rapport\tà la semaine précédente\u202f;")).toBe("Une hausse d’environ 46\u00a0% par rapport à la semaine précédente.");
  });

  it("starts with a capital (accented too) and ends like a sentence, without doubling the end", () => {
    expect(normaliseStatement("à Koursk, 430 soldats ont été capturés")).toBe("À Koursk, 430 soldats ont été capturés.");
    expect(normaliseStatement("Le Kremlin a-t-il confirmé ?")).toBe("Le Kremlin a-t-il confirmé ?");
    expect(normaliseStatement("« Nous devrons voir. »")).toBe("« Nous devrons voir. »");
    expect(normaliseStatement("« C’est fini »")).toBe("« C’est fini ».");
    expect(normaliseStatement('"Il appartient maintenant à la Russie", a déclaré Trump,')).toBe('"Il appartient maintenant à la Russie", a déclaré Trump.');
    expect(normaliseStatement("Kyiv says it intercepted 130 drones…")).toBe("Kyiv says it intercepted 130 drones…");
  });

  it("cuts an overlong quote at a word, within the statement limit", () => {
    const long = `${"Le ministère affirme que 130 drones ont été abattus ".repeat(60)}fin`;
    const s = normaliseStatement(long);
    expect(s.length).toBeLessThanOrEqual(MAX_STATEMENT);
    expect(s.endsWith("…")).toBe(true);
    expect(s.slice(0, -1)).toBe(s.slice(0, -1).trimEnd());
    expect(long.startsWith(s.slice(0, -1))).toBe(true);
  });

  it("leaves nothing of an empty quote", () => {
    expect(normaliseStatement(" \n ;")).toBe("");
  });
});

const q = (over: Partial<LocatedQuantity>): LocatedQuantity => ({
  value: 86,
  unit: "%",
  text: "plus de 86\u00a0%",
  approximate: false,
  lowerBound: true,
  upperBound: false,
  range: false,
  start: 10,
  end: 22,
  ...over,
});

describe("claimQuantities", () => {
  it("drops the offsets and keeps the figure as written", () => {
    expect(claimQuantities([q({})])).toEqual([{ value: 86, unit: "%", text: "plus de 86\u00a0%", approximate: false, lowerBound: true, upperBound: false, range: false }]);
  });

  it("keeps a range's upper end, folds line breaks in the words, and fits the schema's limits", () => {
    const [range] = claimQuantities([q({ value: 100, max: 150, unit: "drones", text: "entre 100\net 150 drones", lowerBound: false, range: true })]);
    expect(range).toMatchObject({ value: 100, max: 150, text: "entre 100 et 150 drones", range: true });
    const [long] = claimQuantities([q({ unit: "u".repeat(80), text: "t".repeat(300) })]);
    expect(long!.unit).toHaveLength(60);
    expect(long!.text).toHaveLength(200);
  });

  it("keeps one of the same figure, and at most twenty", () => {
    expect(claimQuantities([q({}), q({ start: 40, end: 52 })])).toHaveLength(1);
    expect(claimQuantities([q({}), q({ lowerBound: false, text: "86\u00a0%" })])).toHaveLength(2);
    expect(claimQuantities(Array.from({ length: 30 }, (_, i) => q({ value: i })))).toHaveLength(20);
  });
});

describe("matchSpeaker", () => {
  const gerasimov = { id: "g", name: "Valeri Guérassimov", aliases: ["Valery Gerasimov"] };
  const donald = { id: "d", name: "Donald Trump", aliases: [] };
  const melania = { id: "m", name: "Melania Trump", aliases: [] };
  const peskov = { id: "p", name: "Dmitri Peskov", aliases: ["Дмитрий Песков"] };

  it("finds the same name through case, accents, transliteration and aliases", () => {
    expect(matchSpeaker("valeri guerassimov", [gerasimov])).toEqual({ source: gerasimov, match: "same" });
    expect(matchSpeaker("Valery Gerasimov", [donald, gerasimov])).toEqual({ source: gerasimov, match: "same" });
    expect(matchSpeaker("Dmitry Peskov", [peskov])?.match).toBe("same");
    expect(matchSpeaker("Дмитрий Песков", [peskov])?.match).toBe("same");
  });

  it("takes a surname alone, or a fuller name, when one source has it", () => {
    expect(matchSpeaker("Gerasimov", [gerasimov, donald])).toEqual({ source: gerasimov, match: "partial" });
    expect(matchSpeaker("Guérassimov", [gerasimov])?.source).toBe(gerasimov);
    expect(matchSpeaker("général Valeri Guérassimov", [{ id: "x", name: "Guérassimov", aliases: [] }])?.match).toBe("partial");
  });

  it("is ambiguous (null) when two sources match alike, but a same name beats a partial one", () => {
    expect(matchSpeaker("Trump", [donald, melania])).toBeNull();
    const trump = { id: "t", name: "Trump", aliases: [] };
    expect(matchSpeaker("Trump", [donald, trump, melania])?.source).toBe(trump);
  });

  it("does not guess from a merely similar spelling or an unrelated name", () => {
    expect(matchSpeaker("Dmitri Pestov", [peskov])).toBeNull();
    expect(matchSpeaker("Oleksandr Syrskyi", [gerasimov, donald, peskov])).toBeNull();
    expect(matchSpeaker("", [gerasimov])).toBeNull();
  });
});

describe("speakerSourceKind", () => {
  it("is an organisation when the engine read the name as one, else a person", () => {
    const entities = [{ text: "armée ukrainienne", type: "organisation" as const }, { text: "Dmitri Peskov", type: "person" as const }];
    expect(speakerSourceKind("Armée ukrainienne", entities)).toBe("organisation");
    expect(speakerSourceKind("Dmitri Peskov", entities)).toBe("person");
    expect(speakerSourceKind("Gerasimov", [])).toBe("person");
  });
});

describe("overlaps", () => {
  it("is true only for spans sharing a character (end exclusive)", () => {
    expect(overlaps({ start: 0, end: 10 }, { start: 9, end: 12 })).toBe(true);
    expect(overlaps({ start: 0, end: 10 }, { start: 10, end: 12 })).toBe(false);
    expect(overlaps({ start: 5, end: 6 }, { start: 0, end: 100 })).toBe(true);
  });
});

describe("engineLanguage", () => {
  it("maps a detected language to the engine's rules, or null", () => {
    expect(engineLanguage("fr")).toBe("fr");
    expect(engineLanguage("en-GB")).toBe("en");
    expect(engineLanguage("FR")).toBe("fr");
    expect(engineLanguage("de")).toBeNull();
    expect(engineLanguage("und")).toBeNull();
    expect(engineLanguage(null)).toBeNull();
  });
});
