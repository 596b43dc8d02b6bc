// Colour arithmetic for verdict colours (WCAG 2.x relative luminance and contrast ratio). Pure, so
// the badge, the colour picker's preview and the server share one definition.

export const HEX_COLOR = /^#[0-9a-f]{6}$/;

/** "#RRGGBB" / "#rgb" (any case) → "#rrggbb", or null when it is not a colour. */
export function normalizeHexColor(value: string): string | null {
  const v = value.trim().toLowerCase();
  if (HEX_COLOR.test(v)) return v;
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${v[1]}${v[1]}${v[2]}${v[2]}${v[3]}${v[3]}`;
  return null;
}

function channels(hex: string): [number, number, number] {
  const v = normalizeHexColor(hex);
  if (v === null) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [1, 3, 5].map((i) => Number.parseInt(v.slice(i, i + 2), 16) / 255) as [number, number, number];
}

/** WCAG relative luminance, 0 (black) – 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, 1 – 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colours a verdict badge may use on its own colour. */
export const BADGE_TEXT_DARK = "#000000";
export const BADGE_TEXT_LIGHT = "#ffffff";

/**
 * The text colour (black or white) that reads best on `background`. Every colour reaches at
 * least 4.5:1 with one of the two, so a badge stays readable whatever colour an admin picks.
 */
export function readableTextColor(background: string): string {
  return contrastRatio(background, BADGE_TEXT_LIGHT) >= contrastRatio(background, BADGE_TEXT_DARK) ? BADGE_TEXT_LIGHT : BADGE_TEXT_DARK;
}

/**
 * The page backgrounds of the light and dark themes (app/globals.css `--background`, oklch(0.995
 * 0.001 265) and oklch(0.18 0.007 265), in sRGB).
 */
export const THEME_BACKGROUNDS = { light: "#fdfdfe", dark: "#101215" } as const;

/** WCAG 1.4.11: a colour that carries meaning next to text needs 3:1 against its background. */
export const MIN_GRAPHIC_CONTRAST = 3;

/** How a verdict colour holds up on both themes: the swatch against each background. */
export function colorContrastReport(color: string) {
  const light = contrastRatio(color, THEME_BACKGROUNDS.light);
  const dark = contrastRatio(color, THEME_BACKGROUNDS.dark);
  const text = readableTextColor(color);
  return {
    light,
    dark,
    text,
    textContrast: contrastRatio(color, text),
    lightOk: light >= MIN_GRAPHIC_CONTRAST,
    darkOk: dark >= MIN_GRAPHIC_CONTRAST,
  };
}
