/**
 * An ISO 639 code as a language name in the reader's locale, capitalised to stand alone
 * ("fr" → "French", or "Français" in French, where CLDR gives "français"). Null for "und"
 * (too short to tell), missing or invalid codes: callers show their own "Unknown".
 */
export function languageName(code: string | null | undefined, locale: string): string | null {
  if (!code || code === "und") return null;
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: "language", fallback: "none" }).of(code);
  } catch {
    return null;
  }
  if (!name) return null;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
