// Where a user's language choice is stored. Kept apart from actions.ts because every export of a
// "use server" file becomes a callable endpoint; these helpers must only run behind an action.
import "server-only";

import { cookies } from "next/headers";

import { setUserLocale } from "@/lib/users/mutations";

import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, type Locale } from "./config";

/** Remembers the language in this browser for a year (read back by lib/i18n/request.ts). */
export async function writeLocaleCookie(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: "lax",
    httpOnly: true,
    // Not a secret and must work on plain-HTTP intranet installs, so no `secure` flag.
  });
}

/**
 * Saves an explicit language choice: in this browser, and on the profile of a signed-in user so
 * that it follows them to other devices.
 */
export async function persistLocalePreference({ locale, userId }: { locale: Locale; userId?: string }): Promise<void> {
  await writeLocaleCookie(locale);
  if (userId) await setUserLocale({ userId, locale });
}
