// Password hashing with argon2id (@node-rs/argon2 ships prebuilt binaries, no install script).
// Server-only by nature (native code); the rules live in password-policy.ts for the forms.
import { hash, verify } from "@node-rs/argon2";

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
