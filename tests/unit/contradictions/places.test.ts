import { describe, expect, it } from "vitest";

import { findRegions, regionById, REGIONS } from "@/lib/contradictions/gazetteer";
import { placeInconsistency } from "@/lib/contradictions/places";
import { distanceKm } from "@/lib/contradictions/text";

import { facts } from "./helpers";

describe("gazetteer", () => {
  it("ships Russia’s, Ukraine’s and France’s regions with unique codes and plausible centres", () => {
    const count = (c: string) => REGIONS.filter((r) => r.country === c).length;
    expect(count("RU")).toBe(83);
    expect(count("UA")).toBe(27);
    expect(count("FR")).toBe(18);
    expect(new Set(REGIONS.map((r) => r.id)).size).toBe(REGIONS.length);
    for (const r of REGIONS) {
      expect(Math.abs(r.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(r.lon)).toBeLessThanOrEqual(180);
      for (const lang of ["en", "fr", "ru", "uk"]) expect(r.names[lang]?.length, `${r.id} ${lang}`).toBeGreaterThan(0);
    }
  });

  it("finds a region under its French, English and transliterated names", () => {
    for (const text of ["dans la région de Koursk", "in the Kursk region", "Kurskaya oblast"]) {
      expect(findRegions(text, text.startsWith("dans") ? "fr" : "en").map((m) => m.region.id)).toEqual(["RU-KRS"]);
    }
    expect(findRegions("le kraï de Krasnoïarsk", "fr")[0]?.region.id).toBe("RU-KYA");
    expect(findRegions("Zaporijjia et Zaporizhzhia", "fr").map((m) => m.region.id)).toEqual(["UA-23", "UA-23"]);
  });

  it("prefers the longest name and skips people named like a region", () => {
    expect(findRegions("des frappes sur la région de Moscou, puis sur Moscou", "fr").map((m) => m.region.id)).toEqual(["RU-MOS", "RU-MOW"]);
    expect(findRegions("Vladimir Poutine a parlé à Ivano-Frankivsk", "fr").map((m) => m.region.id)).toEqual(["UA-26"]);
  });

  it("measures distances between centres", () => {
    const km = distanceKm(regionById("RU-BEL")!, regionById("RU-KRS")!);
    expect(km).toBeGreaterThan(80);
    expect(km).toBeLessThan(250);
  });
});

describe("place inconsistency within a claim", () => {
  it("flags an official of one region reporting an event thousands of kilometres away", () => {
    const f = facts("Une frappe de drones a détruit un entrepôt dans le kraï de Khabarovsk, selon le gouverneur de l’oblast de Briansk.");
    const flag = placeInconsistency(f);
    expect(flag).toMatchObject({ type: "contradicts", fromId: f.id, toId: f.id, reason: { code: "placeFar", values: { official: "gouverneur de l’oblast de Briansk", place: "Khabarovsk" } } });
    expect(Number(flag!.reason.values.km)).toBeGreaterThan(5000);
  });

  it("reads the official from the speaker’s description and English word order", () => {
    const f = facts("A drone hit a fuel depot in the Murmansk region, he said.", { language: "en", speakers: [{ name: "Oleg Ivanov", description: "Rostov governor" }] });
    expect(placeInconsistency(f)?.reason.values).toMatchObject({ official: "Rostov governor", place: "Murmansk" });
  });

  it("does not flag neighbouring regions, the official’s own region, or places not introduced as a location", () => {
    expect(placeInconsistency(facts("Un drone a touché une maison dans la région de Koursk, selon le gouverneur de l’oblast de Belgorod."))).toBeNull();
    expect(placeInconsistency(facts("Le maire de Kharkiv a annoncé des coupures à Kharkiv."))).toBeNull();
    expect(placeInconsistency(facts("Le gouverneur de l’oblast de Belgorod a accusé Kiev."))).toBeNull();
  });

  it("works for French regions, overseas ones included", () => {
    expect(placeInconsistency(facts("Le préfet de Bretagne a signalé des inondations à La Réunion."))?.reason.code).toBe("placeFar");
    expect(placeInconsistency(facts("Le préfet de Bretagne a signalé des inondations en Normandie."))).toBeNull();
  });
});
