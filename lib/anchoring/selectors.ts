// W3C Web Annotation selectors for a claim's place in an article's plain text
// (https://www.w3.org/TR/annotation-model/#text-quote-selector and #text-position-selector).
// Pure and isomorphic: the browser editor describes a selection with it, the server validates
// stored JSON with the schemas. Offsets are UTF-16 code units, as JavaScript strings count them.
import { z } from "zod";

/** The quoted text with up to `context` characters either side, to find it again after edits. */
export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Start (inclusive) and end (exclusive) offsets into the article version's plain text. */
export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

/** Both selectors of one anchor, as a claim stores them. */
export interface AnchorSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** The 32 characters of prefix and suffix the issue asks for (Hypothesis stores 32 too). */
export const DEFAULT_CONTEXT = 32;

export const textQuoteSelectorSchema = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

export const textPositionSelectorSchema = z
  .object({
    type: z.literal("TextPositionSelector"),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, { message: "end must be greater than start", path: ["end"] });

export const anchorSelectorsSchema = z.object({ quote: textQuoteSelectorSchema, position: textPositionSelectorSchema });

// The schemas and the hand-written interfaces must describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _quoteShape: Same<z.infer<typeof textQuoteSelectorSchema>, TextQuoteSelector> = true;
const _positionShape: Same<z.infer<typeof textPositionSelectorSchema>, TextPositionSelector> = true;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset `i` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/**
 * Both selectors for `text.slice(start, end)`. The prefix and suffix hold up to `context` code
 * units, one fewer where the full width would cut an emoji (or any astral character) in half.
 * Throws a RangeError on an empty or out-of-bounds range, or one that splits a surrogate pair:
 * such a range cannot come from a real selection and would store half a character.
 */
export function describe(text: string, start: number, end: number, { context = DEFAULT_CONTEXT }: { context?: number } = {}): AnchorSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`invalid range ${start}..${end} in a text of ${text.length} code units`);
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new RangeError(`range ${start}..${end} splits a surrogate pair`);
  }
  let prefixStart = Math.max(0, start - context);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + context);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: { type: "TextQuoteSelector", exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
    position: { type: "TextPositionSelector", start, end },
  };
}
