import { describe, expect, it } from "vitest";
import { decodeText, looksBinary } from "@/lib/import/decode";

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
function utf16(s: string, endian: "le" | "be", bom: boolean): Uint8Array {
  const out: number[] = bom ? (endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(endian === "le" ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
}

describe("decodeText", () => {
  it("keeps valid UTF-8 as UTF-8", () => {
    expect(decodeText(utf8("Élection : « 46\u00A0% » — l’été"))).toEqual({ text: "Élection : « 46\u00A0% » — l’été", encoding: "utf-8" });
  });

  it("strips a UTF-8 BOM", () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], utf8("Année")))).toEqual({ text: "Année", encoding: "utf-8" });
  });

  it.each(["le", "be"] as const)("decodes UTF-16%s with a BOM", (endian) => {
    expect(decodeText(utf16("Grüße, señor, ça va", endian, true))).toEqual({ text: "Grüße, señor, ça va", encoding: `utf-16${endian}` });
  });

  it.each(["le", "be"] as const)("recognises BOM-less UTF-16%s of Latin text", (endian) => {
    expect(decodeText(utf16("Le président a déclaré mardi que tout allait bien.", endian, false))).toEqual({
      text: "Le président a déclaré mardi que tout allait bien.",
      encoding: `utf-16${endian}`,
    });
  });

  it("falls back to windows-1252 (é, €, curly apostrophe, œ)", () => {
    // "L’été coûte 5 € à l’œil" in windows-1252
    const cp1252 = bytes([0x4c, 0x92, 0xe9, 0x74, 0xe9, 0x20, 0x63, 0x6f, 0xfb, 0x74, 0x65, 0x20, 0x35, 0x20, 0x80, 0x20, 0xe0, 0x20, 0x6c, 0x92, 0x9c, 0x69, 0x6c]);
    expect(decodeText(cp1252)).toEqual({ text: "L’été coûte 5 € à l’œil", encoding: "windows-1252" });
  });

  it("decodes mixed input per sequence so é survives in both spellings", () => {
    const mixed = bytes(utf8("Première ligne en UTF-8 : été.\n"), [0x44, 0x65, 0x75, 0x78, 0x69, 0xe8, 0x6d, 0x65, 0x20, 0xe9, 0x74, 0xe9], utf8(" puis « déjà »"));
    expect(decodeText(mixed)).toEqual({ text: "Première ligne en UTF-8 : été.\nDeuxième été puis « déjà »", encoding: "mixed" });
  });

  it("does not mistake a Latin-1 byte before ASCII for a UTF-8 lead byte", () => {
    // 0xC3 followed by a space is not a UTF-8 sequence: it is "Ã".
    expect(decodeText(bytes([0xc3, 0x20, 0x41]))).toEqual({ text: "Ã A", encoding: "windows-1252" });
  });

  it("handles empty input", () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });
});

describe("looksBinary", () => {
  it("flags a PNG renamed .txt", () => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(looksBinary(png)).toBe(true);
  });

  it("flags control-character soup without NULs", () => {
    const junk = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26)));
    expect(looksBinary(junk)).toBe(true);
  });

  it.each([
    ["UTF-8 text", utf8("Bonjour,\tle monde\r\n« 46\u00A0% »\n")],
    ["windows-1252 text", bytes([0x4c, 0x92, 0xe9, 0x74, 0xe9])],
    ["UTF-16LE with BOM", utf16("Hallo Welt", "le", true)],
    ["UTF-16BE without BOM", utf16("Hola mundo, ¿qué tal?", "be", false)],
    ["empty", new Uint8Array()],
  ])("passes %s", (_name, input) => {
    expect(looksBinary(input)).toBe(false);
  });
});
