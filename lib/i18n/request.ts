// next-intl request configuration (wired in next.config.js). Runs once per request on the server
// and decides the UI language: explicit choice in this browser (NEXT_LOCALE cookie) → the
// signed-in user's profile language → Accept-Language → English.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";

import { getCurrentUser } from "@/lib/auth/session";

import { defaultLocale, isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "./config";
import { messagesFor } from "./messages";

/** The locale for the current request (also usable from route handlers and server actions). */
export async function resolveRequestLocale(): Promise<Locale> {
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookieLocale)) return cookieLocale;
  // Memoised per request: the page asking for the user next costs nothing more.
  const profileLocale = (await getCurrentUser().catch(() => null))?.locale;
  if (isLocale(profileLocale)) return profileLocale;
  return negotiateLocale((await headers()).get("accept-language")) ?? defaultLocale;
}

export default getRequestConfig(async ({ locale: explicitLocale }) => {
  // `getTranslations({ locale: "fr" })` (e.g. to render an email in the recipient's language)
  // passes an explicit locale, which wins over the request's.
  const locale = isLocale(explicitLocale) ? explicitLocale : await resolveRequestLocale();
  return { locale, messages: messagesFor(locale) };
});
