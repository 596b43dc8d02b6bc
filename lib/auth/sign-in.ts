// Email + password verification behind next-auth's credentials provider, with the Postgres
// rate limit in front of it. Errors are AppErrors so the sign-in form can say exactly what
// happened ("too many attempts, try again in 12 minutes").
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dummyPasswordHash, verifyPassword } from "./password";
import { assertLoginAllowed, clearLoginFailures, recordLoginFailure } from "./rate-limit";
import { signInSchema } from "./schemas";

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
}

export async function signInWithPassword({ email, password, ip }: { email: unknown; password: unknown; ip: string }): Promise<SignedInUser> {
  const parsed = signInSchema.safeParse({ email, password });
  if (!parsed.success) throw new AppError("validation", { userMessage: "invalidCredentials" });
  const input = parsed.data;

  await assertLoginAllowed({ email: input.email, ip });
  const user = await db().user.findUnique({ where: { email: input.email } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok) {
    await recordLoginFailure({ email: input.email, ip });
    throw new AppError("unauthenticated", { userMessage: "invalidCredentials" });
  }
  await clearLoginFailures({ email: input.email });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

/** The client IP as seen by this instance. `next start` appends the socket address to
 * X-Forwarded-For; behind a trusted proxy (TRUST_PROXY=1) the first entry is the client. */
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers, trustProxy: boolean): string {
  const get = (name: string) => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const v = headers[name];
    return Array.isArray(v) ? v.join(",") : v;
  };
  const chain = (get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const ip = trustProxy ? chain[0] : chain[chain.length - 1];
  return ip || get("x-real-ip") || "unknown";
}
