// .docx → HTML with mammoth: headings, lists, links, tables, bold/italic and quotes survive;
// images are dropped (never even read). mammoth trusts the zip headers, so the archive is first
// inflated once with a byte counter (assertZipWithinLimits) — a "docx bomb" stops there.
import mammoth from "mammoth";
import { AppError, isAppError } from "@/lib/errors";
import { assertZipWithinLimits, type ZipLimits } from "./zip";

type MammothOptions = NonNullable<Parameters<typeof mammoth.convertToHtml>[1]>;

/** Expansion allowed for one .docx (XML parts, media, fonts). */
export const DOCX_LIMITS: ZipLimits = { maxEntries: 5_000, maxTotalBytes: 64 * 1024 * 1024, maxEntryBytes: 64 * 1024 * 1024 };

// mammoth types its converters as an opaque brand; at run time a converter is any function that
// returns the HTML nodes for an image, and none means the image disappears.
const dropImages = (() => []) as unknown as MammothOptions["convertImage"];

// Word's built-in quote styles, by name (styles.xml) and by id (when styles.xml is missing).
const STYLE_MAP = [
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p.Quote => blockquote > p:fresh",
  "p.IntenseQuote => blockquote > p:fresh",
];

/**
 * The document's body as HTML (not sanitised: the cleaning step does that, as for any HTML).
 * Throws AppError "bad_request": importDocxInvalid (not a readable .docx), importTooLarge {maxMb}
 * (expands beyond `limits`).
 */
export async function docxToHtml(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): Promise<string> {
  const bounds = { ...DOCX_LIMITS, ...limits };
  try {
    assertZipWithinLimits(bytes, bounds);
  } catch (error) {
    if (isAppError(error) && (error.userMessage === "importZipTooLarge" || error.userMessage === "importZipTooManyEntries")) {
      throw new AppError("bad_request", { userMessage: "importTooLarge", values: { maxMb: Math.round(bounds.maxTotalBytes / (1024 * 1024)) }, cause: error });
    }
    throw new AppError("bad_request", { userMessage: "importDocxInvalid", cause: error });
  }
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: dropImages, styleMap: STYLE_MAP, externalFileAccess: false },
    );
    return result.value;
  } catch (error) {
    throw new AppError("bad_request", { userMessage: "importDocxInvalid", cause: error });
  }
}
