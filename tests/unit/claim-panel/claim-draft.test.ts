// The claim panel's editing model: what counts as a change, what the conflict dialog lists, and
// how a newer copy of the claim is merged without losing anyone's edit.
import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";

import {
  addTags,
  adoptIncoming,
  canonicalRationale,
  changedFields,
  diffConflict,
  draftOf,
  emptyQuantity,
  formatQuantity,
  isHttpUrl,
  normaliseHref,
  parseNumber,
  parseQuantities,
  patchFor,
  rebaseDraft,
  snapshotReasonValues,
  type ClaimDraft,
  type QuantityDraft,
} from "@/components/workbench/claim-panel/claim-draft";
import type { ClaimDTO, SourceRef } from "@/lib/claims/types";

import { claimDTO } from "../../helpers/claim-dto";

const gerasimov: SourceRef = { id: "00000000-0000-7000-8000-000000000001", name: "Valery Gerasimov", kind: "person", description: "Chief of the Russian General Staff", reliability: "unknown" };
const putin: SourceRef = { id: "00000000-0000-7000-8000-000000000002", name: "Vladimir Poutine", kind: "person", description: "Président de la Russie", reliability: "unknown" };
const VERDICT_DISPUTED = "00000000-0000-7000-8000-0000000000a2";

const claim = (over: Partial<ClaimDTO> = {}) =>
  claimDTO({ quantities: [{ value: 86, max: null, unit: "%", text: "plus de 86\u00A0%", approximate: false, lowerBound: true, upperBound: false, range: false }], speakers: [gerasimov], ...over });

const doc = (text: string, href?: string): JSONContent => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text, ...(href ? { marks: [{ type: "link", attrs: { href, target: "_blank", rel: "noopener noreferrer nofollow", class: null } }] } : {}) }] }],
});

describe("parseNumber", () => {
  it("reads the ways editors type figures in French and English", () => {
    expect(parseNumber("86")).toBe(86);
    expect(parseNumber("86,5")).toBe(86.5);
    expect(parseNumber("86.5")).toBe(86.5);
    expect(parseNumber("1\u202F000")).toBe(1000);
    expect(parseNumber("1\u00A0000,25")).toBe(1000.25);
    expect(parseNumber("1,000.5")).toBe(1000.5);
    expect(parseNumber("1.000,5")).toBe(1000.5);
    expect(parseNumber("1,000,000")).toBe(1_000_000);
    expect(parseNumber("\u22123")).toBe(-3);
    expect(parseNumber(" 430 ")).toBe(430);
  });

  it("refuses what is not a number", () => {
    for (const s of ["", "  ", "abc", "86 %", "1e5", "--3", "12a"]) expect(parseNumber(s), s).toBeNull();
  });
});

describe("parseQuantities", () => {
  const row = (over: Partial<QuantityDraft>): QuantityDraft => ({ ...emptyQuantity(), ...over });

  it("turns rows into the server's quantities, max only for ranges", () => {
    const { quantities, errors } = parseQuantities([
      row({ value: "86", unit: "%", text: " plus de 86\u00A0% ", lowerBound: true, max: "99" }),
      row({ value: "100", max: "150", unit: "km", range: true }),
    ]);
    expect(errors).toEqual({});
    expect(quantities).toEqual([
      { value: 86, max: null, unit: "%", text: "plus de 86\u00A0%", approximate: false, lowerBound: true, upperBound: false, range: false },
      { value: 100, max: 150, unit: "km", text: "", approximate: false, lowerBound: false, upperBound: false, range: true },
    ]);
  });

  it("names each bad row's problem by its key", () => {
    const a = row({ value: "" });
    const b = row({ value: "beaucoup" });
    const c = row({ value: "150", range: true, max: "100" });
    const d = row({ value: "1", range: true });
    const { quantities, errors } = parseQuantities([a, b, c, d]);
    expect(quantities).toEqual([]);
    expect(errors).toEqual({
      [a.key]: { value: "quantityValueRequired" },
      [b.key]: { value: "quantityValueInvalid" },
      [c.key]: { max: "quantityMaxBelowValue" },
      [d.key]: { max: "quantityMaxRequired" },
    });
  });
});

describe("changedFields", () => {
  it("sees nothing changed in a fresh draft", () => {
    expect(changedFields(draftOf(claim()), draftOf(claim()))).toEqual([]);
  });

  it("compares meaning, not form", () => {
    const base = draftOf(claim({ tags: ["koursk", "drones"], rationale: doc("Source : ministère.", "https://example.org"), rationaleText: "Source : ministère." }));
    const draft: ClaimDraft = {
      ...base,
      statement: `  ${base.statement} `,
      tags: ["drones", "koursk"],
      // The editor's link mark has fewer attributes than the stored one.
      rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Source : ministère.", marks: [{ type: "link", attrs: { href: "https://example.org" } }] }] }] },
      quantities: [{ ...base.quantities[0]!, key: "other", value: "86,0" }],
      firstSeenUrl: "",
    };
    expect(changedFields(base, { ...draft, firstSeenUrl: null })).toEqual([]);
    expect(changedFields(base, draft)).toEqual([]);
  });

  it("treats an emptied rationale editor as no rationale", () => {
    const base = draftOf(claim());
    expect(changedFields(base, { ...base, rationale: { type: "doc", content: [{ type: "paragraph" }] }, rationaleText: "" })).toEqual([]);
    expect(changedFields(base, { ...base, rationale: doc("Démenti par Kyiv."), rationaleText: "Démenti par Kyiv." })).toEqual(["rationale"]);
  });

  it("lists each edited field once, in form order", () => {
    const base = draftOf(claim());
    const draft: ClaimDraft = { ...base, speakers: [gerasimov, putin], priority: "high", verdictId: VERDICT_DISPUTED, quantities: [] };
    expect(changedFields(base, draft)).toEqual(["speakers", "priority", "quantities", "verdict"]);
    // Speakers are ordered (the first is the main one): swapping them is a change.
    const two = draftOf(claim({ speakers: [gerasimov, putin] }));
    expect(changedFields(two, { ...two, speakers: [putin, gerasimov] })).toEqual(["speakers"]);
  });
});

describe("patchFor", () => {
  it("sends only the fields asked for, in the server's shape", () => {
    const base = draftOf(claim());
    const draft: ClaimDraft = { ...base, speakers: [putin], firstSeenUrl: " https://t.me/mod_russia/1 ", claimDate: "", assignee: { id: "00000000-0000-7000-8000-0000000000e1", name: "Élodie" } };
    expect(patchFor(draft, changedFields(base, draft))).toEqual({
      speakerIds: [putin.id],
      claimDate: null,
      firstSeenUrl: "https://t.me/mod_russia/1",
      assigneeId: "00000000-0000-7000-8000-0000000000e1",
    });
  });

  it("sends an empty rationale as null", () => {
    const base = draftOf(claim({ rationale: doc("x"), rationaleText: "x" }));
    expect(patchFor({ ...base, rationale: { type: "doc", content: [{ type: "paragraph" }] }, rationaleText: " " }, ["rationale"])).toEqual({ rationale: null });
  });

  it("refuses quantities that do not parse instead of sending half of them", () => {
    const base = draftOf(claim());
    expect(() => patchFor({ ...base, quantities: [{ ...emptyQuantity(), value: "??" }] }, ["quantities"])).toThrow();
  });
});

describe("diffConflict and rebaseDraft: two editors on one claim", () => {
  // Anna and Bruno both open version 3. Bruno saves speakers + priority first (version 4).
  const started = claim();
  const current = claim({ version: 4, speakers: [gerasimov, putin], priority: "urgent", updatedBy: { id: "b", name: "Bruno" } });

  it("lists their changes, mine, and the fields we both changed", () => {
    const mine: ClaimDraft = { ...draftOf(started), priority: "high", statement: "Gerasimov : 86\u00A0% de Koursk repris" };
    const diff = diffConflict(draftOf(started), mine, draftOf(current), ["statement", "priority"]);
    expect(diff).toEqual({ theirs: ["speakers", "priority"], mine: ["statement", "priority"], both: ["priority"], same: [] });
  });

  it("does not call a field contested when we both made the same change", () => {
    const mine: ClaimDraft = { ...draftOf(started), priority: "urgent" };
    expect(diffConflict(draftOf(started), mine, draftOf(current))).toEqual({ theirs: ["speakers", "priority"], mine: ["priority"], both: [], same: ["priority"] });
  });

  it("only counts my changes to the fields of the attempted save", () => {
    const mine: ClaimDraft = { ...draftOf(started), priority: "high", verdictId: VERDICT_DISPUTED };
    expect(diffConflict(draftOf(started), mine, draftOf(current), ["verdict", "rationale"]).mine).toEqual(["verdict"]);
  });

  it("re-applying mine keeps their untouched changes and my edits", () => {
    const mine: ClaimDraft = { ...draftOf(started), priority: "high", statement: "Nouveau" };
    const rebased = rebaseDraft(draftOf(started), mine, draftOf(current));
    expect(rebased.speakers).toEqual([gerasimov, putin]); // theirs, kept
    expect(rebased.priority).toBe("high"); // mine wins where I chose to re-apply
    expect(rebased.statement).toBe("Nouveau");
    // What the re-send contains: my fields over the current version, nothing of theirs.
    expect(changedFields(draftOf(current), rebased)).toEqual(["statement", "priority"]);
  });

  it("discarding mine keeps only the edits outside the failed save", () => {
    const mine: ClaimDraft = { ...draftOf(started), priority: "high", verdictId: VERDICT_DISPUTED };
    const keep = changedFields(draftOf(started), mine).filter((f) => f !== "priority");
    const rebased = rebaseDraft(draftOf(started), mine, draftOf(current), keep);
    expect(rebased.priority).toBe("urgent");
    expect(rebased.verdictId).toBe(VERDICT_DISPUTED);
    expect(changedFields(draftOf(current), rebased)).toEqual(["verdict"]);
  });
});

describe("adoptIncoming", () => {
  const started = claim();

  it("takes a newer copy when it touches nothing I am editing, keeping my edits", () => {
    const mine: ClaimDraft = { ...draftOf(started), statement: "Mon énoncé" };
    const incoming = claim({ version: 4, tags: ["koursk", "ukraine"], evidenceCount: 1 });
    const adopted = adoptIncoming(started, mine, incoming);
    expect(adopted?.started.version).toBe(4);
    expect(adopted?.theirs).toEqual(["tags"]);
    expect(adopted?.draft.statement).toBe("Mon énoncé");
    expect(adopted?.draft.tags).toEqual(["koursk", "ukraine"]);
  });

  it("keeps what I started from when they changed a field I am editing, so saving asks", () => {
    const mine: ClaimDraft = { ...draftOf(started), tags: ["drones"] };
    expect(adoptIncoming(started, mine, claim({ version: 4, tags: ["koursk", "ukraine"] }))).toBeNull();
  });

  it("ignores older copies and other claims", () => {
    expect(adoptIncoming(started, draftOf(started), claim({ version: 2 }))).toBeNull();
    expect(adoptIncoming(started, draftOf(started), claim({ id: "00000000-0000-7000-8000-00000000c1a2", version: 9 }))).toBeNull();
  });
});

describe("tags", () => {
  it("adds comma-separated tags the way the server stores them", () => {
    expect(addTags(["koursk"], "Drones, KOURSK ,  Armée   russe,,")).toEqual({ tags: ["koursk", "drones", "armée russe"], tooLong: [] });
    expect(addTags([], "E\u0301lysée").tags).toEqual(["élysée"]);
    expect(addTags([], "x".repeat(41)).tooLong).toHaveLength(1);
  });
});

describe("canonicalRationale", () => {
  it("is null for no text and stable for the same meaning", () => {
    expect(canonicalRationale(null, "")).toBeNull();
    expect(canonicalRationale(doc(""), "  ")).toBeNull();
    expect(canonicalRationale(doc("a", "https://x.org"), "a")).toBe(canonicalRationale({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "a", marks: [{ type: "link", attrs: { href: "https://x.org" } }] }] }] }, "a"));
  });
});

describe("formatQuantity", () => {
  it("writes figures as a reader would, per language", () => {
    const q = { value: 86, max: null, unit: "%", text: "", approximate: false, lowerBound: true, upperBound: false, range: false };
    expect(formatQuantity(q, "fr")).toBe(">86\u202F%");
    expect(formatQuantity(q, "en")).toBe(">86%");
    expect(formatQuantity({ ...q, lowerBound: false, approximate: true, value: 1430, unit: "soldats" }, "fr")).toBe("≈1\u202F430\u00A0soldats");
    expect(formatQuantity({ ...q, lowerBound: false, range: true, value: 100, max: 150, unit: "km" }, "en")).toBe("100–150\u00A0km");
  });
});

describe("normaliseHref (the rationale's link prompt)", () => {
  it("keeps safe links and adds https:// to bare addresses", () => {
    expect(normaliseHref(" https://www.lemonde.fr/les-decodeurs/ ")).toBe("https://www.lemonde.fr/les-decodeurs/");
    expect(normaliseHref("mailto:verif@afp.com")).toBe("mailto:verif@afp.com");
    expect(normaliseHref("understandingwar.org/backgrounder/x")).toBe("https://understandingwar.org/backgrounder/x");
    expect(normaliseHref("localhost:3000/x")).toBeNull();
  });

  it("refuses scripts, relative paths and words", () => {
    for (const s of ["", "javascript:alert(1)", "data:text/html,x", "/w/desk-demo", "Koursk", "java\tscript:alert(1)"]) expect(normaliseHref(s), s).toBeNull();
  });
});

describe("isHttpUrl (where a claim first appeared)", () => {
  it("accepts absolute http(s) addresses only", () => {
    expect(isHttpUrl("https://t.me/mod_russia/51234")).toBe(true);
    expect(isHttpUrl("t.me/mod_russia")).toBe(false);
    expect(isHttpUrl("ftp://example.org")).toBe(false);
  });
});

describe("snapshotReasonValues (why a link's page was not captured)", () => {
  it("fills the host from the evidence's own address", () => {
    expect(snapshotReasonValues("This address ({host}) points to a private or local network and can’t be fetched.", "http://127.0.0.1/etat-major/koursk.html")).toEqual({ host: "127.0.0.1" });
    expect(snapshotReasonValues("Le site {host} est injoignable.", "https://www.défense.gouv.fr/actualités")).toEqual({ host: "www.xn--dfense-bva.gouv.fr" });
  });

  it("needs nothing for a message without placeholders", () => {
    expect(snapshotReasonValues("The page could not be captured.", null)).toEqual({});
  });

  it("gives up on values the item does not hold, or without a usable address", () => {
    expect(snapshotReasonValues("The page answered with an error (HTTP {status}).", "https://example.org/x")).toBeNull();
    expect(snapshotReasonValues("The page is larger than {maxMb} MB ({host}).", "https://example.org/x")).toBeNull();
    expect(snapshotReasonValues("Le site {host} est injoignable.", null)).toBeNull();
    expect(snapshotReasonValues("Le site {host} est injoignable.", "pas une adresse")).toBeNull();
  });
});
