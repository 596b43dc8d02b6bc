import { describe, expect, it } from "vitest";

import { roleConflict, roleMentions } from "@/lib/contradictions/attributes";
import { normaliseName } from "@/lib/intelligence/names";

import { facts } from "./helpers";

describe("role mentions", () => {
  it("reads a title before a name, with its status, in French", () => {
    expect(roleMentions("Selon l’ancienne chancelière allemande Angela Merkel, rien n’était joué.", "fr")).toEqual([
      expect.objectContaining({ name: "Angela Merkel", surname: "merkel", role: "chancelière", status: "former", text: "ancienne chancelière allemande Angela Merkel" }),
    ]);
    expect(roleMentions("L’ex-président Nicolas Sarkozy a été entendu.", "fr")[0]).toMatchObject({ surname: normaliseName("Sarkozy"), status: "former", role: "président" });
    expect(roleMentions("Le président Emmanuel Macron a reçu son homologue.", "fr")[0]).toMatchObject({ name: "Emmanuel Macron", status: "sitting" });
  });

  it("reads English titles, elect, and appositions", () => {
    expect(roleMentions("Former President Barack Obama spoke on Tuesday.", "en")[0]).toMatchObject({ surname: normaliseName("Obama"), status: "former" });
    expect(roleMentions("President-elect Jane Doe thanked voters.", "en")[0]).toMatchObject({ surname: normaliseName("Doe"), given: normaliseName("Jane"), status: "elect" });
    expect(roleMentions("Boris Johnson, the former prime minister, declined to comment.", "en")).toEqual(expect.arrayContaining([expect.objectContaining({ name: "Boris Johnson", status: "former" })]));
  });
});

describe("conflicting roles across claims", () => {
  it("flags a person called former in one article and sitting in another", () => {
    const a = facts("Une rencontre avec l’ancien ministre Jean Dupont a eu lieu à Lyon.");
    const b = facts("Le ministre Jean Dupont a annoncé 300 millions d’euros pour les hôpitaux.");
    expect(roleConflict(a, b)).toMatchObject({ type: "contradicts", reason: { code: "roleConflict", values: { name: "Jean Dupont", statusA: "former", statusB: "sitting" } } });
  });

  it("matches a surname alone and other spellings of it", () => {
    const a = facts("L’ancien président Zelenski a visité la ville.");
    const b = facts("President Volodymyr Zelensky said the line held.", { language: "en" });
    expect(roleConflict(a, b)?.reason.code).toBe("roleConflict");
  });

  it("does not flag different people, different titles, or the same status", () => {
    expect(roleConflict(facts("L’ancien ministre Jean Dupont a parlé."), facts("Le ministre Paul Martin a parlé."))).toBeNull();
    expect(roleConflict(facts("L’ancien maire Jean Dupont a parlé."), facts("Le ministre Jean Dupont a parlé."))).toBeNull();
    expect(roleConflict(facts("Le ministre Jean Dupont a parlé."), facts("Le ministre Jean Dupont a répondu."))).toBeNull();
  });

  it("is less sure when the claims are years apart", () => {
    const a = facts("L’ancien ministre Jean Dupont a parlé.", { date: "2020-01-01" });
    const b = facts("Le ministre Jean Dupont a parlé.", { date: "2024-01-01" });
    expect(roleConflict(a, b)!.score).toBeLessThan(roleConflict({ ...a, date: null }, b)!.score);
  });
});
