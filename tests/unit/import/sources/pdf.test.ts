import { describe, expect, it } from "vitest";
import { pdfToText } from "@/lib/import/sources/pdf";
import { makePdf, rejection, text } from "./fixtures";

describe("pdfToText", () => {
  it("extracts the text layer, pages separated by a blank line", async () => {
    await expect(pdfToText(makePdf(["Hello world", "Second page"]))).resolves.toBe("Hello world\n\nSecond page");
  });

  it("skips pages without text", async () => {
    await expect(pdfToText(makePdf(["One", null, "Three"]))).resolves.toBe("One\n\nThree");
  });

  it("leaves the caller's bytes intact", async () => {
    const pdf = makePdf(["Keep me"]);
    const copy = pdf.slice();
    await pdfToText(pdf);
    expect(pdf).toEqual(copy);
  });

  it("refuses a PDF without a text layer", async () => {
    expect(await rejection(pdfToText(makePdf([null, null])))).toMatchObject({ code: "bad_request", userMessage: "importPdfNoText" });
  });

  it("refuses a broken PDF", async () => {
    expect(await rejection(pdfToText(text("%PDF-1.4\nthis is not really a pdf\n%%EOF")))).toMatchObject({ userMessage: "importPdfInvalid" });
  });
});
