// PDF → plain text from its text layer (unpdf's serverless PDF.js build, eval disabled). Scanned
// PDFs have no text layer: OCR is out of scope, so they are refused with a message saying so.
import { extractText, getDocumentProxy } from "unpdf";
import { AppError } from "@/lib/errors";

/**
 * The text of every page, pages separated by a blank line. Throws AppError "bad_request":
 * importPdfNoText (no text layer), importPdfEncrypted (password-protected), importPdfInvalid.
 */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js may take ownership of (detach) the buffer it is given: the original must stay intact.
    doc = await getDocumentProxy(bytes.slice(), { verbosity: 0 });
  } catch (error) {
    const encrypted = error instanceof Error && error.name === "PasswordException";
    throw new AppError("bad_request", { userMessage: encrypted ? "importPdfEncrypted" : "importPdfInvalid", cause: error });
  }
  try {
    const { text } = await extractText(doc, { mergePages: false });
    const pages = text.map((page) => page.trim()).filter((page) => page !== "");
    if (pages.length === 0) throw new AppError("bad_request", { userMessage: "importPdfNoText" });
    return pages.join("\n\n");
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("bad_request", { userMessage: "importPdfInvalid", cause: error });
  } finally {
    await doc.destroy().catch(() => {});
  }
}
