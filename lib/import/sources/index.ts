// The "sources" layer of article import: bytes in, text or HTML out, for every file type we take.
// No database, no "server-only": the web app, the queue worker and the CLI all call it.
import { env, type Env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { decodeText } from "../decode";
import { docxToHtml } from "./docx";
import { pdfToText } from "./pdf";
import { extensionOf, sniffFileType, TEXT_LIKE_EXTENSIONS, type SniffedType } from "./sniff";
import { readZip, type ZipEntry, type ZipLimits } from "./zip";

export type { SniffedType } from "./sniff";
export type { ZipEntry, ZipEntryRejection, ZipLimits } from "./zip";

export interface ExtractLimits extends ZipLimits {
  /** Largest file accepted as uploaded (a .zip counts compressed). Defaults to maxEntryBytes. */
  maxFileBytes?: number;
}

/** One document, ready for cleaning. */
export interface ExtractedDocument {
  kind: "text" | "markdown" | "html";
  content: string;
  /** The detected encoding, for decoded text files (not for .docx or .pdf). */
  encoding?: string;
  /** What the upload was: the value to store as the original's type. */
  fileType: Exclude<SniffedType, "zip" | "unsupported">;
}

/** An archive: each entry is imported on its own, with extractZipEntry. */
export interface ExtractedArchive {
  zip: ZipEntry[];
}

/** The limits from the environment: IMPORT_MAX_FILE_BYTES, IMPORT_ZIP_MAX_ENTRIES, IMPORT_ZIP_MAX_BYTES. */
export function importLimits(source: Env = env()): Required<ExtractLimits> {
  return {
    maxFileBytes: source.IMPORT_MAX_FILE_BYTES,
    maxEntryBytes: source.IMPORT_MAX_FILE_BYTES,
    maxEntries: source.IMPORT_ZIP_MAX_ENTRIES,
    maxTotalBytes: source.IMPORT_ZIP_MAX_BYTES,
  };
}

const fail = (userMessage: string, values?: Record<string, string | number>) => new AppError("bad_request", { userMessage, values });
const mb = (bytes: number) => Math.max(1, Math.round(bytes / (1024 * 1024)));

function isBlank(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) return false;
  }
  return true;
}

/**
 * Reads one uploaded file. Throws AppError "bad_request" with: importEmptyFile (0 bytes, or only
 * whitespace), importTooLarge {maxMb}, importUnsupportedType, importBinaryAsText (a binary named
 * .txt/.md/.html), importZipNested (a .zip inside a .zip, with `insideZip`), plus the errors of
 * readZip, docxToHtml and pdfToText.
 */
export async function extractFile(
  bytes: Uint8Array,
  fileName: string,
  limits: ExtractLimits,
  options: { insideZip?: boolean } = {},
): Promise<ExtractedDocument | ExtractedArchive> {
  const maxFileBytes = limits.maxFileBytes ?? limits.maxEntryBytes;
  if (bytes.length > maxFileBytes) throw fail("importTooLarge", { maxMb: mb(maxFileBytes) });
  if (isBlank(bytes)) throw fail("importEmptyFile");

  const fileType = await sniffFileType(bytes, fileName);
  switch (fileType) {
    case "unsupported":
      throw fail(TEXT_LIKE_EXTENSIONS.has(extensionOf(fileName)) ? "importBinaryAsText" : "importUnsupportedType");
    case "zip":
      if (options.insideZip) throw fail("importZipNested");
      return { zip: readZip(bytes, limits) };
    case "docx": {
      const html = await docxToHtml(bytes, { maxTotalBytes: limits.maxTotalBytes, maxEntryBytes: limits.maxTotalBytes });
      if (html.replace(/<[^>]*>/g, "").trim() === "") throw fail("importEmptyFile");
      return { kind: "html", content: html, fileType };
    }
    case "pdf":
      return { kind: "text", content: await pdfToText(bytes), fileType };
    default: {
      const { text, encoding } = decodeText(bytes);
      if (text.trim() === "") throw fail("importEmptyFile");
      return { kind: fileType, content: text, encoding, fileType };
    }
  }
}

/**
 * One entry of an archive returned by extractFile: its rejection (nested archive, encrypted,
 * unknown compression, too large) as an AppError, or its content. Nested archives are never expanded.
 */
export async function extractZipEntry(entry: ZipEntry, limits: ExtractLimits): Promise<ExtractedDocument> {
  if (entry.rejected) throw fail(entry.rejected.userMessage, entry.rejected.values);
  const extracted = await extractFile(entry.bytes, entry.name, { ...limits, maxFileBytes: limits.maxEntryBytes }, { insideZip: true });
  if ("zip" in extracted) throw fail("importZipNested");
  return extracted;
}
