// The password rules shared by sign-up, change-password and their client forms. No hashing
// here: this file is bundled for the browser.
import { z } from "zod";

// The most common leaked passwords that pass the length rule; a full breach list would need a
// download this product cannot rely on.
const COMMON = new Set([
  "password123", "password1234", "1234567890", "qwertyuiop", "azertyuiop", "motdepasse1",
  "iloveyou123", "0123456789", "1111111111", "abcdefghij", "password!1", "passw0rd123",
]);

/** Password rules; each message is a translation key under "errors" naming the rule broken. */
export const passwordSchema = z
  .string()
  .min(10, "passwordTooShort")
  .max(200, "passwordTooLong")
  .refine((p) => /\p{L}/u.test(p), "passwordNeedsLetter")
  .refine((p) => /[\p{N}\p{P}\p{S}]/u.test(p), "passwordNeedsDigitOrSymbol")
  .refine((p) => new Set(p).size >= 5, "passwordTooRepetitive")
  .refine((p) => !COMMON.has(p.toLowerCase()), "passwordTooCommon");
