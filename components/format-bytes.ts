/** The part of next-intl's formatter (useFormatter / getFormatter) this needs. */
interface NumberFormatter {
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

/**
 * "0.1 kB", "48.2 kB", "3.1 MB" in the user's locale ("48,2 ko" in French), in binary multiples
 * like the server's size cap. Below 1 kB it still says kB: CLDR's short "byte" unit reads
 * "108 byte" in English.
 */
export function formatBytes(format: NumberFormatter, bytes: number): string {
  if (bytes < 1024 * 1024) {
    const kb = bytes === 0 ? 0 : Math.max(0.1, bytes / 1024);
    return format.number(kb, { style: "unit", unit: "kilobyte", unitDisplay: "short", maximumFractionDigits: 1 });
  }
  return format.number(bytes / 1024 / 1024, { style: "unit", unit: "megabyte", unitDisplay: "short", maximumFractionDigits: 1 });
}
