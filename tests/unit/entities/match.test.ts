// The pure half of entity resolution: keys, the decision among candidates, spelling mentions.
import { describe, expect, it } from "vitest";
import { CANDIDATE_FLOOR, decide, entityKeys, mentionsSpelling, SIMILAR_THRESHOLD, wordsAlign, type Candidate } from "@/lib/entities/match";
import { decodeReason } from "@/lib/entities/reason";

let n = 0;
function candidate(over: Partial<Candidate> & Pick<Candidate, "name">): Candidate {
  n += 1;
  return { id: `e${n}`, type: "place", description: null, keyMatch: false, nameSim: 0, aliases: [], ...over };
}

describe("entityKeys", () => {
  it("keys the name and confirmed aliases once each, name first", () => {
    expect(entityKeys("Koursk", ["Kursk", "Курск", "Koursk oblast"])).toEqual(["kursk", "kursk oblast"]);
    expect(entityKeys("Volodymyr Zelensky", ["Zelenskyy"])).toEqual(["volodimir zelenski", "zelenski"]);
    expect(entityKeys("«  »", [])).toEqual([]);
  });
});

describe("decide", () => {
  it("creates when nothing came back", () => {
    expect(decide("Koursk", "place", [])).toEqual({ action: "create" });
  });

  it("same key, other spelling: links and proposes the spelling with the folding rules", () => {
    const c = candidate({ name: "Koursk", keyMatch: true });
    const r = decide("Kursk", "place", [c]);
    expect(r).toMatchObject({ action: "link", match: "key", record: { alias: "Kursk", status: "proposed", score: 1 } });
    if (r.action !== "link") throw new Error();
    expect(decodeReason(r.record!.reason)).toEqual({ kind: "folded", rules: ["ou"] });
  });

  it("an accent variant is confirmed, a case variant or a known alias records nothing", () => {
    const c = candidate({ name: "Guérassimov", keyMatch: true, aliases: [{ id: "a1", alias: "Gerasimov", status: "proposed", reason: null, score: 1 }] });
    expect(decide("Guerassimov", "person", [c])).toMatchObject({ match: "spelling", record: { status: "confirmed" } });
    expect(decide("GUÉRASSIMOV", "person", [c])).toMatchObject({ match: "spelling", record: null, existing: null });
    expect(decide("gerasimov", "person", [c])).toMatchObject({ match: "key", record: null, existing: { id: "a1" } });
  });

  it("prefers, among entities sharing the key, the one spelled so, then the mention's type", () => {
    const other = candidate({ name: "Koursk", type: "organisation", keyMatch: true });
    const place = candidate({ name: "Koursk", keyMatch: true });
    const exact = candidate({ name: "Kursk", type: "organisation", keyMatch: true });
    expect(decide("Kursk", "place", [other, place, exact])).toMatchObject({ candidate: { id: exact.id }, match: "spelling" });
    expect(decide("Kúrsk", "place", [other, place])).toMatchObject({ candidate: { id: place.id }, match: "key" });
    expect(decide("Kúrsk", "person", [other, place])).toMatchObject({ candidate: { id: other.id } });
  });

  it("Zaporijjia and Zaporizhzhia share a key", () => {
    expect(entityKeys("Zaporijjia", [])).toEqual(entityKeys("Zaporizhzhia", []));
  });

  it("a similar spelling of the same type is proposed with its similarity; another type or a far one is not", () => {
    const soudja = candidate({ name: "Soudja" });
    const r = decide("Soujda", "place", [soudja]);
    expect(r).toMatchObject({ action: "link", match: "similar", record: { status: "proposed" } });
    if (r.action !== "link") throw new Error();
    expect(r.record!.score).toBeGreaterThanOrEqual(SIMILAR_THRESHOLD);
    expect(decodeReason(r.record!.reason)).toMatchObject({ kind: "similar" });
    expect(decide("Soujda", "person", [soudja])).toEqual({ action: "create" });
    expect(decide("Parme", "place", [candidate({ name: "Paris", nameSim: 0.33 })])).toEqual({ action: "create" });
    expect(decide("Biélorussie", "place", [candidate({ name: "Russie", nameSim: 0.36 })])).toEqual({ action: "create" });
  });

  it("takes the database's similarity of the written names when it alone passes the threshold", () => {
    // (0.5 stands for whatever pg_trgm measured; the keys "dnipro"/"dnipropetrovsk" share 0.38.)
    const r = decide("Dnipro", "place", [candidate({ name: "Dnipropetrovsk", nameSim: 0.5 })]);
    expect(r).toMatchObject({ action: "link", record: { score: 0.5, reason: "similar: 50" } });
  });

  it("a surname alone joins a person's full name, never a place's longer name", () => {
    expect(decide("Poutine", "person", [candidate({ name: "Vladimir Poutine", type: "person" })])).toMatchObject({
      action: "link",
      record: { reason: "partial: Poutine / Vladimir Poutine" },
    });
    expect(decide("Koursk", "place", [candidate({ name: "oblast de Koursk" })])).toEqual({ action: "create" });
  });

  it("several words must align one by one: generic words shared do not make two organisations one", () => {
    const armed = candidate({ name: "forces armées ukrainiennes", type: "organisation", nameSim: 0.55 });
    expect(decide("forces aériennes ukrainiennes", "organisation", [armed])).toEqual({ action: "create" });
    expect(decide("armée ukrainienne", "organisation", [armed])).toEqual({ action: "create" });
    const person = candidate({ name: "Volodymyr Zelensky", type: "person" });
    expect(decide("Volodimir Zelenskij", "person", [person])).toMatchObject({ action: "link", match: "similar" });
    expect(wordsAlign("Soudja", "Soujda")).toBe(true);
    expect(wordsAlign("Vladimir Poutine", "Vladimir Zelensky")).toBe(false);
  });

  it("keeps the most similar of several candidates", () => {
    const far = candidate({ name: "Zelenograd", type: "person" });
    const near = candidate({ name: "Zelenskyy", type: "person" });
    expect(decide("Zelenskyi", "person", [far, near])).toMatchObject({ candidate: { id: near.id } });
  });

  it("the candidate floor sits below the decision threshold", () => {
    expect(CANDIDATE_FLOOR).toBeLessThan(SIMILAR_THRESHOLD);
  });
});

describe("mentionsSpelling", () => {
  it("finds whole words ignoring case, accents, apostrophes and spaces", () => {
    expect(mentionsSpelling("L’armée a repris GUERASSIMOV’s plan", "Guérassimov")).toBe(true);
    expect(mentionsSpelling("l’oblast de\u00a0Koursk", "oblast de Koursk")).toBe(true);
    expect(mentionsSpelling("dans la région de Koursks", "Koursk")).toBe(false);
    expect(mentionsSpelling("Sudzha et Soudja", "Soudja")).toBe(true);
    expect(mentionsSpelling("Kursk", "Koursk")).toBe(false);
    expect(mentionsSpelling("Курск", "Курск")).toBe(true);
    expect(mentionsSpelling("anything", "  ")).toBe(false);
  });
});
