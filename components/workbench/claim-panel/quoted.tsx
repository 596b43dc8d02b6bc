// Quoted words from an article in French typography: « guillemets » with a no-break space inside,
// so the marks never end up alone at the end or start of a line. The quotes are the article's
// own words (French in this newsroom), whatever the interface language. Words that quote someone
// themselves keep their « » inside, so the outer pair is then the next level down (“ ” in French,
// ‘ ’ in English), never a second « » around the first.
import type * as React from "react";

type Pair = readonly [open: string, close: string];

/**
 * Outer pairs by nesting level. A level is taken when the text does not use its marks already;
 * ’ is left out of the test as it is also the apostrophe (l’armée, the army’s).
 */
const LEVELS: Record<"fr" | "en", readonly { pair: Pair; uses: RegExp }[]> = {
  fr: [
    { pair: ["«\u00A0", "\u00A0»"], uses: /[«»]/ },
    { pair: ["“", "”"], uses: /[“”]/ },
    { pair: ["‘", "’"], uses: /‘/ },
  ],
  en: [
    { pair: ["“", "”"], uses: /[“”"]/ },
    { pair: ["‘", "’"], uses: /‘/ },
  ],
};

/** Text that is one quotation already, marks included (« … », “ … ”, „ … “), maybe with a final stop. */
const WHOLLY_QUOTED = /^\s*(?:«[^]*»|“[^]*”|"[^]*"|„[^]*[“”])[.!?…]?\s*$/;

/**
 * The marks to put around `text` (in `lang`: French unless English), or null when the text is
 * a quotation with its own marks already. « plus de 86 % », selon l’état-major → “ ” in French.
 */
export function quoteMarks(text: string, lang = "fr"): Pair | null {
  if (WHOLLY_QUOTED.test(text)) return null;
  const levels = LEVELS[lang.toLowerCase().startsWith("en") ? "en" : "fr"];
  // Every level in use (rare): the second still reads as the outer pair of the first.
  const level = levels.find((l) => !l.uses.test(text)) ?? levels[1] ?? levels[0]!;
  return level.pair;
}

/** `text` between the marks quoteMarks chooses, as one string (for labels and attributes). */
export function quotedText(text: string, lang = "fr"): string {
  const marks = quoteMarks(text, lang);
  return marks ? `${marks[0]}${text}${marks[1]}` : text;
}

export interface QuotedProps {
  children: React.ReactNode;
  /** The quoted words' language (ISO 639-1): French rules unless English. */
  lang?: string;
}

export function Quoted({ children, lang = "fr" }: QuotedProps) {
  // Only a string can be read for marks of its own; anything else gets the first level.
  const marks = quoteMarks(typeof children === "string" ? children : "", lang);
  if (!marks) return <>{children}</>;
  return (
    <>
      <span aria-hidden>{marks[0]}</span>
      {children}
      <span aria-hidden>{marks[1]}</span>
    </>
  );
}
