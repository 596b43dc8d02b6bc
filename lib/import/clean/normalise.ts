// Text normalisation for imports, and the comparison key used everywhere two texts are compared.
// The cleaned text keeps typography as published (U+00A0 before « » and %, U+202F, curly
// apostrophes): quotes and claims are cited from it. Comparisons go through matchKey instead.

// C0/C1 control characters (tab and LF excepted) and invisible characters that only ever come from
// bad conversions or copy-paste: zero-width space, stray BOM, soft hyphen.
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u200B\uFEFF\u00AD]/g;

/**
 * Character-level normalisation, for text that is not split into lines by us (HTML text nodes):
 * NFC, every line-break spelling → LF, invisible and control characters dropped.
 */
export function normaliseChars(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?|[\u2028\u2029\u000B\u000C\u0085]/g, "\n")
    .replace(INVISIBLE, "");
}

/**
 * Unicode NFC; CRLF, CR, U+2028/2029, form feed and vertical tab → LF; invisible and control
 * characters dropped; trailing spaces and tabs trimmed per line (U+00A0 and U+202F are kept
 * everywhere); whitespace-only lines emptied; more than two blank lines in a row collapsed to two;
 * blank lines at the start and end dropped.
 */
export function normaliseText(raw: string): string {
  const s = normaliseChars(raw)
    .split("\n")
    .map((line) => (/^\s*$/.test(line) ? "" : line.replace(/[ \t]+$/, "")))
    .join("\n");
  return s.replace(/\n{4,}/g, "\n\n\n").replace(/^\n+/, "").replace(/\n+$/, "");
}

/**
 * One line of display text (a title, an author, an outlet): every whitespace run becomes one
 * space, trimmed — except that a run holding a no-break space keeps it (U+202F over U+00A0), so
 * French typography survives ("Kyiv\u202F: nuit", "48\u00A0interceptions", «\u00A0…\u00A0»).
 * A plain `\s+` → " " would turn those into breakable spaces: `\s` matches both.
 */
export function collapseSpaces(s: string): string {
  return s
    .replace(/\s+/g, (run) => (run.includes("\u202F") ? "\u202F" : run.includes("\u00A0") ? "\u00A0" : " "))
    .replace(/^\s+|\s+$/g, "");
}

/**
 * The comparison key of a text: compatibility-decomposed (NFKD: U+00A0, U+202F and ligatures become
 * their plain forms), accents stripped, lower-cased, typographic apostrophes, quotes and dashes
 * folded to ASCII, every whitespace run one space, trimmed. "Les + Lus", "les  +  lus" and
 * "LES + LUS" have the same key; so do "l’été" and "l'ete".
 */
export function matchKey(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u02BC\u00B4`\u2032]/g, "'")
    .replace(/[\u00AB\u00BB\u201C\u201D\u201E\u201F\u2039\u203A\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}
