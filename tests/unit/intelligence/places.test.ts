// The gazetteer's alternate names of places (data/gazetteer/places.json): the data keeps its own
// rules (well-formed entries, no spelling that folds to another place's key), and the lookups join Russian-based, Ukrainian, French and German spellings of one place
// while leaving different places — however alike they look — apart.
import { describe, expect, it } from "vitest";
import { REGIONS } from "@/lib/contradictions/gazetteer";
import { aliasReason, normaliseName } from "@/lib/intelligence/names";
import { alternateKeys, knownAlternate, PLACES, placeKeys, placesNamed } from "@/lib/intelligence/places";

describe("places.json", () => {
  it("has well-formed entries with unique ids, regions that exist, and a name among the spellings", () => {
    const ids = new Set<string>();
    const regions = new Set(REGIONS.map((r) => r.id));
    for (const p of PLACES) {
      expect(p.id, p.id).toMatch(/^[A-Z]{2}(?:-[a-z0-9-]+)?$/);
      expect(ids.has(p.id), p.id).toBe(false);
      ids.add(p.id);
      expect(p.id.slice(0, 2), p.id).toBe(p.country);
      if (p.region) expect(regions.has(p.region), `${p.id} → ${p.region}`).toBe(true);
      const all = Object.values(p.names).flat();
      expect(all.length, p.id).toBeGreaterThan(0);
      expect(all.map(normaliseName), p.id).toContain(normaliseName(p.name));
      for (const lang of Object.keys(p.names)) expect(lang, p.id).toMatch(/^[a-z]{2,3}(?:-Cyrl)?$/);
    }
  });

  it("never lets one spelling name two places", () => {
    const owner = new Map<string, string>();
    for (const p of PLACES) {
      for (const k of placeKeys(p)) {
        expect(owner.get(k) ?? p.id, `“${k}” is a spelling of ${owner.get(k)} and of ${p.id}`).toBe(p.id);
        owner.set(k, p.id);
      }
    }
  });
});

describe("known alternate names", () => {
  it.each([
    ["Kiev", "Kyiv", "Kyiv"],
    ["Kiyv", "Kyiv", "Kyiv"],
    ["Kiew", "Kiev", "Kyiv"],
    ["Київ", "Kiev", "Kyiv"],
    ["Kharkov", "Kharkiv", "Kharkiv"],
    ["Charkiw", "Kharkiv", "Kharkiv"],
    ["Odessa", "Odesa", "Odesa"],
    ["Lvov", "Lviv", "Lviv"],
    ["Lemberg", "Lviv", "Lviv"],
    ["Nikolaev", "Mykolaiv", "Mykolaiv"],
    ["Nikolaïev", "Mykolaïv", "Mykolaiv"],
    ["Zaporozhye", "Zaporizhzhia", "Zaporizhzhia"],
    ["Zaporijia", "Zaporizhzhia", "Zaporizhzhia"],
    ["Zaporojie", "Zaporijjia", "Zaporizhzhia"],
    ["Dnepr", "Dnipro", "Dnipro"],
    ["Dniepr", "Dnipro", "Dnipro"],
    ["Sébastopol", "Sevastopol", "Sevastopol"],
    ["Tchernobyl", "Chornobyl", "Chornobyl"],
    ["Krivoï Rog", "Kryvyi Rih", "Kryvyi Rih"],
    ["Crimée", "Krym", "Crimea"],
    ["Moscou", "Moscow", "Moscow"],
    ["Allemagne", "Deutschland", "Germany"],
    ["Biélorussie", "Belarus", "Belarus"],
  ])("%s and %s are both names of %s", (a, b, place) => {
    expect(knownAlternate(a, b)?.name).toBe(place);
    expect(knownAlternate(b, a)?.name).toBe(place);
  });

  it("the folding rules alone do not join these: that is why the list exists", () => {
    for (const [a, b] of [["Kiev", "Kyiv"], ["Kharkov", "Kharkiv"], ["Lvov", "Lviv"], ["Dnepr", "Dnipro"], ["Nikolaev", "Mykolaiv"]] as const) {
      expect(normaliseName(a)).not.toBe(normaliseName(b));
      expect(aliasReason(a, b)?.kind ?? "none", `${a}/${b}`).not.toBe("folded");
    }
  });

  it.each([
    ["Kiev", "Kherson"],
    ["Kyiv", "Kyiv Oblast"],
    ["Lviv", "Livny"],
    ["Lviv", "Lutsk"],
    ["Kharkiv", "Kherson"],
    ["Donetsk", "Donbass"],
    ["Dnipro", "Dnipropetrovsk"],
    ["Sumy", "Sudzha"],
    ["Moscow", "Kursk"],
    ["Paris", "Kiev"],
    ["Kiev", ""],
  ])("%s and %s are not one place", (a, b) => {
    expect(knownAlternate(a, b)).toBeNull();
    expect(knownAlternate(b, a)).toBeNull();
  });

  it("lists the other spellings' keys of a known place, and nothing for a name it does not know", () => {
    const keys = alternateKeys("Kiev");
    expect(keys).toContain(normaliseName("Kyiv"));
    expect(keys).not.toContain(normaliseName("Kiev"));
    expect(alternateKeys("Livny")).toEqual([]);
    expect(alternateKeys("Vladimir Poutine")).toEqual([]);
    expect(placesNamed("KIEV").map((p) => p.id)).toEqual(["UA-kyiv"]);
  });
});
