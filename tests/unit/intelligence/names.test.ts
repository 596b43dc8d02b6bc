import { describe, expect, it } from "vitest";
import { aliasReason, foldName, nameSimilarity, normaliseName } from "@/lib/intelligence/names";

describe("normaliseName", () => {
  it.each([
    ["Koursk", "Kursk"],
    ["Soudja", "Sudzha"],
    ["Guérassimov", "Gerasimov"],
    ["Zelensky", "Zelenskyy"],
    ["Zelenski", "Zelensky"],
    ["Tchernihiv", "Chernihiv"],
    ["Jitomir", "Zhytomyr"],
    ["Djakarta", "Jakarta"],
    ["Kharkiv", "Harkiv"],
    ["Tcheliabinsk", "Chelyabinsk"],
    ["Krasnoïarsk", "Krasnoyarsk"],
    ["Aliev", "Aliyev"],
    ["Dmitri", "Dmitriy"],
    ["Russie", "Russia"],
    ["Biélorussie", "Bielorussia"],
    ["Wolodymyr", "Volodymyr"],
    ["Chostka", "Shostka"],
    ["Sviatoslav", "Svyatoslav"],
    ["Œuvre", "oeuvre"],
    ["Saint-Étienne", "saint etienne"],
  ])("%s ≈ %s", (a, b) => {
    expect(normaliseName(a)).toBe(normaliseName(b));
  });

  it("transliterates Cyrillic", () => {
    expect(normaliseName("Курск")).toBe(normaliseName("Koursk"));
    expect(normaliseName("Зеленський")).toBe(normaliseName("Zelensky"));
    expect(normaliseName("Щёкино")).toBe(normaliseName("Shchekino"));
  });

  it("keeps different names apart", () => {
    for (const [a, b] of [["Paris", "Berlin"], ["Lyon", "Lille"], ["Marie", "Mario Draghi"], ["Kramatorsk", "Kursk"]] as const) {
      expect(normaliseName(a)).not.toBe(normaliseName(b));
    }
  });

  it("reports the rules that applied", () => {
    expect(foldName("Soudja").rules).toEqual(expect.arrayContaining(["case", "ou", "j", "ending"]));
  });
});

describe("nameSimilarity", () => {
  it("is 1 for folded equals, high for near spellings, low for strangers", () => {
    expect(nameSimilarity("Koursk", "Kursk")).toBe(1);
    expect(nameSimilarity("Soujda", "Sudzha")).toBeGreaterThanOrEqual(0.45);
    expect(nameSimilarity("Gerasimov", "Gerassimof")).toBeGreaterThan(0.5);
    expect(nameSimilarity("Paris", "Berlin")).toBeLessThan(0.2);
    expect(nameSimilarity("", "")).toBe(0);
  });
});

describe("aliasReason", () => {
  it("explains folded matches with the rules needed", () => {
    const r = aliasReason("Koursk", "Kursk")!;
    expect(r.kind).toBe("folded");
    expect(r.rules).toEqual(["ou"]);
    expect(r.text).toContain("ou/u");
    expect(aliasReason("Guérassimov", "Gerasimov")!.rules).toEqual(expect.arrayContaining(["accents", "gu", "doubled"]));
    expect(aliasReason("Guérassimov", "Gerasimov")!.rules).not.toContain("case");
    expect(aliasReason("KURSK", "Kursk")!.rules).toEqual(["case"]);
  });

  it("proposes misspellings as similar, surnames as partial, and strangers as nothing", () => {
    const similar = aliasReason("Soujda", "Sudzha")!;
    expect(similar.kind).toBe("similar");
    expect(similar.values.percent).toMatch(/^\d+$/);
    const partial = aliasReason("Poutine", "Vladimir Poutine")!;
    expect([partial.kind, partial.values.short, partial.values.long]).toEqual(["partial", "putin", "vladimir putin"]);
    expect(aliasReason("Paris", "Berlin")).toBeNull();
    expect(aliasReason("", "Kursk")).toBeNull();
    expect(aliasReason("Kursk", "Kursk")!.kind).toBe("identical");
  });
});
