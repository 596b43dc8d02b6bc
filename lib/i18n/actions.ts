"use server";
// Server actions for the UI language. Public on purpose: the sign-in page has a switcher too.

import { getCurrentUser } from "@/lib/auth/session";

import { persistLocalePreference } from "./locale-preference";
import { setLocaleSchema } from "./schemas";

export type SetLocaleResult = { ok: true } | { ok: false; formError: string };

/**
 * Sets the UI language. The caller refreshes the router afterwards (the locale is read per
 * request, so a refresh re-renders server components in the new language).
 */
export async function setLocaleAction(locale: string): Promise<SetLocaleResult> {
  const parsed = setLocaleSchema.safeParse({ locale });
  if (!parsed.success) return { ok: false, formError: "Unsupported locale" };
  const user = await getCurrentUser();
  await persistLocalePreference({ locale: parsed.data.locale, userId: user?.id });
  return { ok: true };
}
