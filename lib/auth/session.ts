// The signed-in user for the current request. Pages call requireUser() (redirects to sign-in);
// actions and route handlers call getCurrentUser() and answer `unauthenticated` themselves.
import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { authOptions } from "./options";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  locale: "en" | "fr" | null;
}

/** Memoised per request: one session decode and one user lookup however many callers ask. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const uid = (session?.user as { id?: string } | undefined)?.id;
  const sv = (session as { sv?: number } | null)?.sv;
  if (!uid) return null;
  const user = await db().user.findUnique({
    where: { id: uid },
    select: { id: true, email: true, name: true, locale: true, sessionVersion: true },
  });
  // A token minted before the last password change (or for a deleted user) is no longer valid.
  if (!user || user.sessionVersion !== sv) return null;
  return { id: user.id, email: user.email, name: user.name, locale: user.locale };
});

/** For pages: the user, or a redirect to /signin that comes back here afterwards. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const h = await headers();
    const path = h.get("x-claimdesk-path") ?? "/";
    redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  }
  return user;
}
