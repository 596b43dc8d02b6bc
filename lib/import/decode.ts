// Bytes → text for imported files. Editors' files come from everywhere: UTF-8 (with or without a
// BOM), UTF-16 exported by Word, windows-1252 from old Windows tools, and files assembled from both
// (a UTF-8 article with a Latin-1 paragraph pasted in). Each byte sequence is decoded as UTF-8 where
// it is valid UTF-8 and as windows-1252 where it is not, so "é" survives in either spelling.
import iconv from "iconv-lite";

export type TextEncoding = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be" | "mixed";

export interface DecodedText {
  /** The decoded text, without a byte-order mark. Not otherwise normalised (see clean/normalise.ts). */
  text: string;
  /** How it was decoded; "mixed" = valid UTF-8 sequences and stray windows-1252 bytes in one file. */
  encoding: TextEncoding;
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true });

// windows-1252 for every byte value, from iconv-lite (0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined
// in windows-1252 and come out as U+FFFD).
const CP1252: string[] = Array.from({ length: 256 }, (_, b) => iconv.decode(Buffer.from([b]), "win1252"));

/** Decodes imported bytes: BOM first, then strict UTF-8, then UTF-8 with windows-1252 fallback per sequence. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8OrMixed(bytes.subarray(3), true);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  return decodeUtf8OrMixed(bytes);
}

function decodeUtf8OrMixed(bytes: Uint8Array, hadBom = false): DecodedText {
  try {
    return { text: utf8Strict.decode(bytes), encoding: "utf-8" };
  } catch {
    // Not valid UTF-8 as a whole: decode sequence by sequence below.
  }
  let text = "";
  let sawUtf8 = false;
  let runStart = 0;
  let i = 0;
  // Valid multi-byte UTF-8 sequences are collected into runs and decoded together; every byte that
  // cannot start a valid sequence is one windows-1252 character.
  const flushRun = (end: number) => {
    if (end > runStart) text += utf8Strict.decode(bytes.subarray(runStart, end));
  };
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceLength(bytes, i);
    if (len > 0) {
      sawUtf8 = true;
      i += len;
      continue;
    }
    flushRun(i);
    text += CP1252[b]!;
    i++;
    runStart = i;
  }
  flushRun(bytes.length);
  return { text, encoding: sawUtf8 || hadBom ? "mixed" : "windows-1252" };
}

/** Length of the well-formed UTF-8 sequence starting at `i` (2–4), or 0 when there is none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const v = bytes[i + k];
    return v !== undefined && v >= lo && v <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * BOM-less UTF-16 of mostly Latin text: one byte of each pair is NUL almost everywhere, always on
 * the same side. Binary files have NULs too, but scattered.
 */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.6 && evenNul / pairs < 0.05) return "utf-16le";
  if (evenNul / pairs > 0.6 && oddNul / pairs < 0.05) return "utf-16be";
  return null;
}

/**
 * True for content that is not text (an image or archive renamed .txt): NUL bytes or more than 10 %
 * control characters in the first 8 KB. UTF-16 text (with a BOM or recognisably without) is text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  if (sniffUtf16(bytes)) return false;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, LF, FF and CR are text; every other byte below 0x20, and DEL, is a control character.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  return control / n > 0.1;
}
