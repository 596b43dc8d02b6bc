// Request ids tie a user-visible error reference to the server log and the audit journal.
// proxy.ts stamps every request with x-request-id; actions read it from the headers.
import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";

export async function currentRequestId(): Promise<string> {
  try {
    const h = await headers();
    return h.get("x-request-id") ?? randomUUID();
  } catch {
    return randomUUID();
  }
}
