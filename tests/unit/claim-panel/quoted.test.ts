import { describe, expect, it } from "vitest";

import { quotedText, quoteMarks } from "@/components/workbench/claim-panel/quoted";

const NBSP = "\u00A0";
const wrap = (text: string, lang?: string) => {
  const m = quoteMarks(text, lang);
  return m ? `${m[0]}${text}${m[1]}` : text;
};

describe("quoteMarks — French (the default)", () => {
  it("puts « » with no-break spaces around words without quotation marks", () => {
    expect(wrap("l’armée a repris 86 % du territoire")).toBe(`«${NBSP}l’armée a repris 86 % du territoire${NBSP}»`);
  });

  it("uses “ ” outside words that contain « » themselves, never « « … » … »", () => {
    const excerpt = `L’état-major revendique «${NBSP}plus de 86${NBSP}%${NBSP}» du territoire repris.`;
    expect(wrap(excerpt)).toBe(`“${excerpt}”`);
    expect(wrap(`«${NBSP}plus de 86${NBSP}%${NBSP}», selon l’état-major`)).toBe(`“«${NBSP}plus de 86${NBSP}%${NBSP}», selon l’état-major”`);
    // A closing mark alone (a quotation cut by the selection) counts too.
    expect(wrap(`dégager les décombres${NBSP}», a-t-elle déclaré.`)).toBe(`“dégager les décombres${NBSP}», a-t-elle déclaré.”`);
  });

  it("goes down to ‘ ’ when « » and “ ” are both used, and is not fooled by the apostrophe", () => {
    const text = `Il a cité «${NBSP}le “dernier” assaut${NBSP}» de l’armée`;
    expect(wrap(text)).toBe(`‘${text}’`);
    expect(quoteMarks("l’armée d’Ukraine")).toEqual([`«${NBSP}`, `${NBSP}»`]);
  });

  it("shows a quotation that has its own marks as it is", () => {
    expect(quoteMarks(`«${NBSP}Nos équipes ont travaillé toute la nuit${NBSP}»`)).toBeNull();
    expect(quoteMarks(`«${NBSP}Nos équipes ont travaillé toute la nuit${NBSP}».`)).toBeNull();
    expect(quoteMarks("“Nous tiendrons”")).toBeNull();
  });
});

describe("quoteMarks — English", () => {
  it("puts “ ” around plain words and ‘ ’ around words that contain “ ” (or straight quotes)", () => {
    expect(wrap("the army’s gains", "en")).toBe("“the army’s gains”");
    expect(wrap("the ministry called it “a success” on Sunday", "en")).toBe("‘the ministry called it “a success” on Sunday’");
    expect(wrap('the ministry called it "a success"', "en-GB")).toBe('‘the ministry called it "a success"’');
  });

  it("reads « » as no reason to change level", () => {
    expect(wrap(`he said «${NBSP}non${NBSP}» twice`, "en")).toBe(`“he said «${NBSP}non${NBSP}» twice”`);
  });
});

describe("quotedText", () => {
  it("is the quote between the marks quoteMarks chooses, as one string (lists and labels use it)", () => {
    expect(quotedText("plus de 86 % du territoire")).toBe(`«${NBSP}plus de 86 % du territoire${NBSP}»`);
    expect(quotedText(`« plus de 86${NBSP}% », selon l’état-major`)).toBe(`“« plus de 86${NBSP}% », selon l’état-major”`);
    expect(quotedText("« Nous tiendrons »")).toBe("« Nous tiendrons »");
  });
});
