// Password hashing with argon2id (@node-rs/argon2 ships prebuilt binaries, no install script)
// and the password policy shared by sign-up, change-password and the seed.
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

// argon2id (algorithm 2) with OWASP's minimum parameters: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random string, verified against when the email is unknown so timing doesn't leak it. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("claimdesk-timing-equaliser-" + Math.random());
  return dummyHash;
}

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
