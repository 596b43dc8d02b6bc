import { describe, expect, it } from "vitest";
import { passwordSchema } from "@/lib/auth/password-policy";
import { changePasswordSchema, signUpSchema } from "@/lib/auth/schemas";
import { slugify, slugSchema } from "@/lib/workspaces/schemas";

const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe("password rules", () => {
  it.each([
    ["short1!", "passwordTooShort"],
    ["1234567890123", "passwordNeedsLetter"],
    ["onlylettershere", "passwordNeedsDigitOrSymbol"],
    ["aaaa1aaaa1aaaa", "passwordTooRepetitive"],
    ["Password123", "passwordTooCommon"],
    ["x".repeat(201) + "1", "passwordTooLong"],
  ])("%s breaks %s", (pw, rule) => {
    expect(firstMessage(passwordSchema.safeParse(pw))).toBe(rule);
  });

  it("accepts a decent passphrase, accents included", () => {
    expect(passwordSchema.safeParse("vérité-à-sourcer 42").success).toBe(true);
  });

  it("refuses a password containing the email's name", () => {
    const r = signUpSchema.safeParse({ name: "Léa", email: "lea.bernard@desk.fr", password: "LEA.BERNARD-2026" });
    expect(firstMessage(r)).toBe("passwordContainsEmail");
  });

  it("normalises email case and spaces", () => {
    const r = signUpSchema.parse({ name: " Léa ", email: "  Lea@Desk.FR ", password: "correct horse 9" });
    expect(r).toMatchObject({ name: "Léa", email: "lea@desk.fr" });
  });

  it("requires matching confirmation and a new password", () => {
    expect(firstMessage(changePasswordSchema.safeParse({ currentPassword: "old-pass-123", newPassword: "new-pass-456", confirmPassword: "x" }))).toBe("passwordsDontMatch");
    expect(firstMessage(changePasswordSchema.safeParse({ currentPassword: "same-pass-123", newPassword: "same-pass-123", confirmPassword: "same-pass-123" }))).toBe("passwordUnchanged");
  });
});

describe("workspace slugs", () => {
  it("slugifies French names", () => {
    expect(slugify("Desk démo")).toBe("desk-demo");
    expect(slugify("  Vérif’ «Europe» 2026 ")).toBe("verif-europe-2026");
  });
  it.each([
    ["ab", "slugTooShort"],
    ["Desk Démo", "slugInvalid"],
    ["desk--demo", "slugInvalid"],
    ["-desk", "slugInvalid"],
    ["new", "slugReserved"],
  ])("%s → %s", (slug, rule) => {
    expect(firstMessage(slugSchema.safeParse(slug))).toBe(rule);
  });
});
