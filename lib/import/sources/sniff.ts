// What an uploaded file really is. Content decides (magic bytes via file-type, a peek at a zip's
// central directory, HTML sniffing in the spirit of the WHATWG MIME-sniffing rules); the file
// name's extension only breaks ties between text flavours. A binary renamed .txt stays binary.
import { fileTypeFromBuffer } from "file-type";
import { decodeText, looksBinary } from "../decode";
import { classifyZip, hasZipMagic } from "./zip";

export type SniffedType = "text" | "markdown" | "html" | "docx" | "pdf" | "zip" | "unsupported";

const MARKDOWN_EXTENSIONS = new Set(["md", "markdown", "mdown", "mkd", "mkdn"]);
const HTML_EXTENSIONS = new Set(["html", "htm", "xhtml", "shtml"]);
const TEXT_EXTENSIONS = new Set(["txt", "text"]);
/** Extensions under which a user expects text: a binary wearing one gets its own message. */
export const TEXT_LIKE_EXTENSIONS: ReadonlySet<string> = new Set([...MARKDOWN_EXTENSIONS, ...HTML_EXTENSIONS, ...TEXT_EXTENSIONS]);

/** Textual formats file-type recognises that are still not articles. */
const TEXTUAL_NON_ARTICLES = new Set(["rtf", "ps", "eps", "ics", "vcf", "srt", "vtt", "xml"]);

const HEAD_BYTES = 1024;
/** Markers that make a text HTML wherever they sit in its first KB. */
const STRONG_HTML = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/;
/** Tags that make a text HTML when it starts with one, unless the extension says otherwise. */
const WEAK_HTML =
  /^(?:<!--|<(?:p|div|span|a|b|i|em|strong|br|hr|font|h[1-6]|article|section|main|header|footer|nav|aside|table|ul|ol|li|blockquote|pre|figure|img|iframe|title|meta|link|style|script)[\s>/])/;

/** An SVG image is XML text, but not an article (and a classic script carrier). */
const SVG = /^(?:<!doctype svg[^>]*>\s*)?<svg[\s>]/;

/** The lower-cased extension of a file name, without the dot ("" when there is none). */
export function extensionOf(fileName?: string): string {
  const base = (fileName ?? "").split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

type Bom = { encoding: "utf-8" | "utf-16le" | "utf-16be"; length: number };

function byteOrderMark(bytes: Uint8Array): Bom | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  // FF FE 00 00 is UTF-32LE, which nothing here decodes: left to the binary check.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/** UTF-16 text (with its BOM) is full of NUL bytes, so it gets its own check: no control characters. */
function isUtf16Text(bytes: Uint8Array, bom: Bom): boolean {
  const sample = bytes.subarray(bom.length, bom.length + (Math.min(bytes.length - bom.length, 8192) & ~1));
  const text = new TextDecoder(bom.encoding).decode(sample);
  return !/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text);
}

/** The first KB as lower-case text (decoded like the whole file will be), for HTML sniffing. */
function head(bytes: Uint8Array): string {
  return decodeText(bytes.subarray(0, HEAD_BYTES)).text.trimStart().toLowerCase();
}

/** PDF readers accept the header anywhere in the first KB. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  return new TextDecoder("latin1").decode(bytes.subarray(0, HEAD_BYTES)).includes("%PDF-");
}

async function magic(bytes: Uint8Array): Promise<{ ext: string } | undefined> {
  try {
    return await fileTypeFromBuffer(bytes);
  } catch {
    // file-type gives up on malformed containers; the checks below still apply.
    return undefined;
  }
}

/**
 * The type of an uploaded file. "unsupported" covers images, executables, archives other than
 * .zip, office formats other than .docx, and anything else that is not text — including a binary
 * renamed .txt. A zip that is not even a readable archive is still "zip" (readZip says why).
 */
export async function sniffFileType(bytes: Uint8Array, fileName?: string): Promise<SniffedType> {
  const ext = extensionOf(fileName);
  const bom = byteOrderMark(bytes);

  if (bom?.encoding === "utf-16le" || bom?.encoding === "utf-16be") {
    if (!isUtf16Text(bytes, bom)) return "unsupported";
  } else {
    // Only without a BOM: "FF FE" is also a valid MPEG frame header as far as file-type knows.
    const detected = bom ? undefined : await magic(bytes);
    if (detected?.ext === "pdf" || (!detected && hasPdfHeader(bytes) && looksBinary(bytes))) return "pdf";
    if (hasZipMagic(bytes)) {
      const kind = classifyZip(bytes);
      if (detected?.ext === "docx" || kind === "docx") return "docx";
      if (kind === "other" || (detected && detected.ext !== "zip")) return "unsupported";
      return "zip";
    }
    if (detected && TEXTUAL_NON_ARTICLES.has(detected.ext)) {
      // XHTML served with an XML declaration is still HTML.
      return detected.ext === "xml" && STRONG_HTML.test(head(bytes)) ? "html" : "unsupported";
    }
    // Other signatures only count when the bytes are not text: "MZ…" or "ID3…" can open a sentence.
    if (looksBinary(bytes)) return "unsupported";
  }

  const start = head(bytes);
  if (STRONG_HTML.test(start)) return "html";
  if (SVG.test(start)) return "unsupported";
  if (MARKDOWN_EXTENSIONS.has(ext)) return "markdown";
  if (HTML_EXTENSIONS.has(ext)) return "html";
  if (WEAK_HTML.test(start) && !TEXT_EXTENSIONS.has(ext)) return "html";
  return "text";
}
