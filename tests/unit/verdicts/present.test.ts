import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { messagesFor } from "@/lib/i18n/messages";
import { DEFAULT_VERDICTS, defaultVerdictRows } from "@/lib/verdicts/defaults";
import { toVerdictAdminDTO, toVerdictDTO, verdictsById, type VerdictRow } from "@/lib/verdicts/present";

const t = (locale: "en" | "fr") => createTranslator({ locale, messages: messagesFor(locale), namespace: "verdicts" });

function row(overrides: Partial<VerdictRow> = {}): VerdictRow {
  return {
    id: "0197a3c2-0000-7000-8000-000000000001",
    key: "false",
    name: null,
    description: null,
    color: "#dc2626",
    claimReviewName: "False",
    rating: 1,
    requiresEvidence: true,
    isInitial: false,
    position: 7,
    retiredAt: null,
    ...overrides,
  };
}

describe("toVerdictDTO", () => {
  it("shows a default verdict's translated name and description until an admin writes their own", () => {
    expect(toVerdictDTO(row(), t("en"))).toEqual({
      id: "0197a3c2-0000-7000-8000-000000000001",
      key: "false",
      name: "False",
      description: "Inaccurate: reliable evidence shows the claim is wrong.",
      color: "#dc2626",
      claimReviewName: "False",
      rating: 1,
      requiresEvidence: true,
      isInitial: false,
      retired: false,
      position: 7,
    });
    expect(toVerdictDTO(row(), t("fr"))).toMatchObject({ name: "Faux", description: "Inexact\u00a0: des éléments fiables montrent que l’affirmation est fausse." });
    expect(toVerdictDTO(row({ name: "Erroné", description: "Contredit par les faits." }), t("en"))).toMatchObject({ name: "Erroné", description: "Contredit par les faits." });
  });

  it("an emptied description stays empty; a verdict admins added shows what they wrote", () => {
    expect(toVerdictDTO(row({ description: "" }), t("en")).description).toBeNull();
    const custom = toVerdictDTO(row({ key: null, name: "Satire", description: null }), t("fr"));
    expect([custom.key, custom.name, custom.description]).toEqual([null, "Satire", null]);
  });

  it("marks retired verdicts, from a Date or an ISO string", () => {
    expect(toVerdictDTO(row({ retiredAt: new Date("2026-01-05T10:00:00Z") }), t("en")).retired).toBe(true);
    expect(toVerdictDTO(row({ retiredAt: "2026-01-05T10:00:00.000Z" }), t("en")).retired).toBe(true);
  });

  it("a key without messages still shows something readable", () => {
    expect(toVerdictDTO(row({ key: "satire_2027", claimReviewName: "Satire" }), t("en")).name).toBe("satire_2027");
  });

  it("every default verdict has a name and a description in both languages", () => {
    for (const locale of ["en", "fr"] as const) {
      const dtos = defaultVerdictRows("w").map((r, i) => toVerdictDTO({ ...r, id: String(i), name: null, description: null, retiredAt: null }, t(locale)));
      expect(dtos.every((d) => d.name !== d.key && d.name.length > 0 && (d.description?.length ?? 0) > 20)).toBe(true);
      expect(new Set(dtos.map((d) => d.name)).size).toBe(DEFAULT_VERDICTS.length);
    }
  });

  it("the admin view tells the admin's own text from the default", () => {
    const dto = toVerdictAdminDTO(row({ name: "Erroné" }), t("fr"));
    expect(dto).toMatchObject({ name: "Erroné", customName: "Erroné", defaultName: "Faux", customDescription: null });
    expect(dto.defaultDescription).toBe(dto.description);
  });

  it("verdictsById finds a claim's verdict", () => {
    const dtos = [toVerdictDTO(row(), t("en")), toVerdictDTO(row({ id: "b", key: "verified" }), t("en"))];
    expect(verdictsById(dtos).get("b")?.name).toBe("Verified");
  });
});
