import { describe as suite, expect, it } from "vitest";
import {
  anchorSelectorsSchema,
  describe,
  splitsSurrogatePair,
  textPositionSelectorSchema,
  textQuoteSelectorSchema,
} from "@/lib/anchoring/selectors";

const TEXT =
  "Le préfet a annoncé mardi la fermeture de trois écoles pour travaux. Selon lui, « aucune classe ne sera supprimée » à la rentrée, une promesse que les syndicats jugent fragile.";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function select(text: string, quote: string) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" not in text`);
  return describe(text, start, start + quote.length);
}

suite("describe", () => {
  it("returns both selectors with 32 code units of context either side", () => {
    const s = select(TEXT, "« aucune classe ne sera supprimée »");
    expect(s.quote).toEqual({
      type: "TextQuoteSelector",
      exact: "« aucune classe ne sera supprimée »",
      prefix: TEXT.slice(s.position.start - 32, s.position.start),
      suffix: TEXT.slice(s.position.end, s.position.end + 32),
    });
    expect(s.quote.prefix).toHaveLength(32);
    expect(s.quote.suffix).toHaveLength(32);
    expect(s.position).toEqual({ type: "TextPositionSelector", start: TEXT.indexOf("« aucune"), end: TEXT.indexOf("« aucune") + 35 });
  });

  it("round-trips: the position reads the exact quote, and prefix + exact + suffix is a slice of the text", () => {
    for (const quote of ["Le préfet", "trois écoles", "fragile.", "syndicats"]) {
      const { quote: q, position: p } = select(TEXT, quote);
      expect(TEXT.slice(p.start, p.end)).toBe(q.exact);
      expect(TEXT.slice(p.start - (q.prefix ?? "").length, p.end + (q.suffix ?? "").length)).toBe(`${q.prefix}${q.exact}${q.suffix}`);
    }
  });

  it("shortens the context at the edges of the text", () => {
    const first = select(TEXT, "Le préfet");
    expect(first.quote.prefix).toBe("");
    const last = select(TEXT, "fragile.");
    expect(last.quote.suffix).toBe("");
  });

  it("honours a custom context width", () => {
    const s = describe(TEXT, 3, 9, { context: 3 });
    expect(s.quote).toMatchObject({ exact: "préfet", prefix: "Le ", suffix: " a " });
  });

  it("never cuts an emoji in half at the context edge", () => {
    // 32 code units before the quote start with the second half of 😀; 32 after end with the
    // first half of 🎉: both contexts stop one unit short instead.
    const text = `Début 😀${"a".repeat(31)}QUOTE${"b".repeat(31)}🎉 fin`;
    const start = text.indexOf("QUOTE");
    const s = describe(text, start, start + 5);
    expect(s.quote.prefix).toBe("a".repeat(31));
    expect(s.quote.suffix).toBe("b".repeat(31));
    // One unit further from the emoji, the full 32 fit and include it whole.
    const wider = describe(`Début 😀${"a".repeat(30)}QUOTE${"b".repeat(30)}🎉 fin`, 38, 43);
    expect(wider.quote).toMatchObject({ exact: "QUOTE", prefix: `😀${"a".repeat(30)}`, suffix: `${"b".repeat(30)}🎉` });
    expect(LONE_SURROGATE.test(`${wider.quote.prefix}${wider.quote.suffix}`)).toBe(false);
    expect(splitsSurrogatePair(text, start - 31)).toBe(false);
    expect(splitsSurrogatePair(text, start - 32)).toBe(true);
  });

  it("keeps whole emoji inside the quote, in UTF-16 offsets", () => {
    const text = "Il a écrit « bravo 👏👏 » puis 🚀 décollage.";
    const s = select(text, "bravo 👏👏");
    expect(s.position.end - s.position.start).toBe(10); // 6 + two surrogate pairs
    expect(s.quote.exact).toBe("bravo 👏👏");
  });

  it.each([
    ["an empty range", 5, 5],
    ["a reversed range", 9, 3],
    ["a negative start", -1, 4],
    ["an end past the text", 0, TEXT.length + 1],
    ["a fractional offset", 1.5, 4],
  ])("throws on %s", (_label, start, end) => {
    expect(() => describe(TEXT, start, end)).toThrow(RangeError);
  });

  it("throws on a range that splits a surrogate pair", () => {
    const text = "avant 😀 après";
    const emoji = text.indexOf("😀");
    expect(() => describe(text, emoji + 1, emoji + 4)).toThrow(/surrogate/);
    expect(() => describe(text, 0, emoji + 1)).toThrow(/surrogate/);
    expect(() => describe(text, 0, emoji + 2)).not.toThrow();
  });
});

suite("selector schemas", () => {
  it("accept what describe() produces", () => {
    const s = select(TEXT, "trois écoles");
    expect(textQuoteSelectorSchema.parse(s.quote)).toEqual(s.quote);
    expect(textPositionSelectorSchema.parse(s.position)).toEqual(s.position);
    expect(anchorSelectorsSchema.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it("accept a quote selector without prefix or suffix", () => {
    expect(textQuoteSelectorSchema.safeParse({ type: "TextQuoteSelector", exact: "écoles" }).success).toBe(true);
  });

  it.each([
    ["wrong type", { type: "TextPositionSelector", exact: "x" }],
    ["missing exact", { type: "TextQuoteSelector", prefix: "a" }],
    ["empty exact", { type: "TextQuoteSelector", exact: "" }],
    ["non-string prefix", { type: "TextQuoteSelector", exact: "x", prefix: 3 }],
  ])("reject a quote selector with %s", (_label, value) => {
    expect(textQuoteSelectorSchema.safeParse(value).success).toBe(false);
  });

  it.each([
    ["wrong type", { type: "TextQuoteSelector", start: 0, end: 1 }],
    ["negative start", { type: "TextPositionSelector", start: -1, end: 1 }],
    ["fractional end", { type: "TextPositionSelector", start: 0, end: 1.5 }],
    ["string offsets", { type: "TextPositionSelector", start: "0", end: "1" }],
    ["end before start", { type: "TextPositionSelector", start: 4, end: 2 }],
    ["empty range", { type: "TextPositionSelector", start: 4, end: 4 }],
  ])("reject a position selector with %s", (_label, value) => {
    expect(textPositionSelectorSchema.safeParse(value).success).toBe(false);
  });
});
