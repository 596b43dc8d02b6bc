// Stored alias reasons: readable in the database, parsed back for the UI, anything else left alone.
import { describe, expect, it } from "vitest";
import { decodeReason, encodeReason, onlyCaseOrAccents, reasonFromAlias, type StoredReason } from "@/lib/entities/reason";
import { foldSpelling, createEntitySchema, splitEntitySchema, addAliasSchema } from "@/lib/entities/schemas";
import { aliasReason } from "@/lib/intelligence/names";

describe("alias reasons", () => {
  it.each<[StoredReason, string]>([
    [{ kind: "folded", rules: ["accents", "ou"] }, "folded: accents, ou"],
    [{ kind: "similar", percent: 62 }, "similar: 62"],
    [{ kind: "partial", short: "putin", long: "vladimir putin" }, "partial: putin / vladimir putin"],
    [{ kind: "gazetteer", place: "Kyiv" }, "gazetteer: Kyiv"],
    [{ kind: "renamed" }, "renamed"],
    [{ kind: "merged" }, "merged"],
  ])("%j ⇄ %s", (reason, line) => {
    expect(encodeReason(reason)).toBe(line);
    expect(decodeReason(line)).toEqual(reason);
  });

  it("leaves unknown lines, unknown rules and out-of-range values undecoded", () => {
    for (const s of ["", "Same after unaccenting", "folded: accents, umlaut", "similar: 140", "similar: many", "partial: putin", "gazetteer:", null]) {
      expect(decodeReason(s)).toBeNull();
    }
  });

  it("maps the engine's reasons and knows when no one need confirm", () => {
    const kursk = aliasReason("Koursk", "Kursk")!;
    expect(reasonFromAlias(kursk)).toEqual({ kind: "folded", rules: ["ou"] });
    expect(onlyCaseOrAccents(kursk)).toBe(false);
    expect(onlyCaseOrAccents(aliasReason("Guérassimov", "Guerassimov")!)).toBe(true);
    expect(onlyCaseOrAccents(aliasReason("Koursk", "KOURSK")!)).toBe(true);
    expect(reasonFromAlias(aliasReason("Koursk", "Koursk")!)).toBeNull();
    expect(reasonFromAlias(aliasReason("Soudja", "Soujda")!)).toMatchObject({ kind: "similar" });
  });
});

describe("entity schemas", () => {
  it("tidies names and drops repeated aliases ignoring case and accents", () => {
    expect(createEntitySchema.parse({ name: " Valeri\u00a0 Guérassimov ", type: "person", aliases: "Gerasimov\n\ngérasimov\nВалерий Герасимов" })).toEqual({
      name: "Valeri Guérassimov",
      type: "person",
      aliases: ["Gerasimov", "Валерий Герасимов"],
    });
    expect(() => createEntitySchema.parse({ name: "  ", type: "person" })).toThrow(/entityNameRequired/);
    expect(() => createEntitySchema.parse({ name: "X", type: "planet" })).toThrow(/entityTypeInvalid/);
    expect(addAliasSchema.parse({ entityId: "0196d6c2-7a40-7000-8000-000000000000", alias: "Kursk", language: "EN" }).language).toBe("en");
    expect(() => addAliasSchema.parse({ entityId: "0196d6c2-7a40-7000-8000-000000000000", alias: "Kursk", language: "eng" })).toThrow(/entityAliasLanguageInvalid/);
    expect(splitEntitySchema.parse({ entityId: "0196d6c2-7a40-7000-8000-000000000000", aliasIds: ["0196d6c2-7a40-7000-8000-000000000001"], name: "" }).name).toBeNull();
  });

  it("folds spellings for comparison only by case, accents and apostrophes", () => {
    expect(foldSpelling("L’Oblast  de KOURSK")).toBe("l'oblast de koursk");
    expect(foldSpelling("Guérassimov")).toBe(foldSpelling("GUERASSIMOV"));
    expect(foldSpelling("Koursk")).not.toBe(foldSpelling("Kursk"));
  });
});
