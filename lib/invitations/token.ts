import { createHash, randomBytes } from "node:crypto";

/** A fresh invitation token; only its SHA-256 is stored, so a database leak reveals no link. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
