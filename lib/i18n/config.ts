// Locale settings shared by the server (request config, actions) and the client (switcher).
// Claimdesk has no locale prefix in its URLs: the language is a per-user preference kept in the
// NEXT_LOCALE cookie, falling back to the browser's Accept-Language, then English.

export const locales = ["en", "fr"] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "en";

/** Same name next-intl's middleware would use, so switching to prefixed routes later is painless. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** A year, in seconds: the explicit choice should outlive sessions. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Each locale's name in its own language, for the switcher (never translated). */
export const localeNames: Record<Locale, string> = {
  en: "English",
  fr: "Français",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/**
 * Picks the best supported locale from an Accept-Language header (`fr-CH, fr;q=0.9, en;q=0.8`).
 * Languages are compared on their primary subtag, so `fr-CA` gets `fr`; `*` and unknown
 * languages are skipped. Returns undefined when nothing matches so the caller picks the default.
 *
 * A small parser on purpose: with two locales, full BCP 47 "best fit" matching
 * (@formatjs/intl-localematcher) buys nothing, and both it and `negotiator` are only transitive
 * dependencies of next-intl here, not ones this project declares.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | undefined {
  if (!acceptLanguage) return undefined;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam === undefined ? 1 : Number.parseFloat(qParam.slice(2));
      const language = tag.trim().toLowerCase().split("-")[0] ?? "";
      return { language, q: Number.isFinite(q) ? q : 0 };
    })
    .filter((entry) => entry.q > 0 && entry.language !== "" && entry.language !== "*")
    // Highest quality first; the header's own order breaks ties (Array.sort is stable).
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.language).find(isLocale);
}
