/** Only same-site paths may be redirect targets ("/w/x"), never "//evil.test" or "https://…". */
export function safeCallbackUrl(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/signin") || value.startsWith("/signup")) return fallback;
  return value;
}
