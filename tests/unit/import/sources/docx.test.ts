import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { docxToHtml } from "@/lib/import/sources/docx";
import { makeDocx, paragraph, PNG_HEADER, rejection, text } from "./fixtures";

const NUMBERING = `<?xml version="1.0" encoding="UTF-8"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`;

const listItem = (t: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;

describe("docxToHtml", () => {
  it("keeps headings, paragraphs, bold, lists and links", async () => {
    const body = [
      paragraph("Le titre", "Heading1"),
      `<w:p><w:r><w:t xml:space="preserve">Un </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>fait</w:t></w:r><w:r><w:t xml:space="preserve"> vérifié.</w:t></w:r></w:p>`,
      listItem("premier"),
      listItem("second"),
      `<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>la source</w:t></w:r></w:hyperlink></w:p>`,
    ].join("");
    const rels = `<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/source" TargetMode="External"/><Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`;
    const html = await docxToHtml(makeDocx(body, { rels, extra: { "word/numbering.xml": strToU8(NUMBERING) } }));
    expect(html).toBe(
      '<h1>Le titre</h1><p>Un <strong>fait</strong> vérifié.</p><ul><li>premier</li><li>second</li></ul><p><a href="https://example.org/source">la source</a></p>',
    );
  });

  it("drops images", async () => {
    const drawing = `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="Picture" descr="a chart"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
    const rels = `<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>`;
    const html = await docxToHtml(makeDocx(paragraph("Avant") + drawing + paragraph("Après"), { rels, extra: { "word/media/image1.png": PNG_HEADER } }));
    expect(html).toBe("<p>Avant</p><p>Après</p>");
  });

  it("maps Word's Quote style to a blockquote, by id or by name", async () => {
    await expect(docxToHtml(makeDocx(paragraph("« Une citation »", "Quote")))).resolves.toBe("<blockquote><p>« Une citation »</p></blockquote>");
    // A French Word names the style id "Citation"; its name stays "Quote".
    const styles = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Citation"><w:name w:val="Quote"/></w:style></w:styles>`;
    const rels = `<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`;
    const docx = makeDocx(paragraph("« Une autre »", "Citation"), { rels, extra: { "word/styles.xml": strToU8(styles) } });
    await expect(docxToHtml(docx)).resolves.toBe("<blockquote><p>« Une autre »</p></blockquote>");
  });

  it.each([
    ["random bytes", text("this is not a docx")],
    ["a zip without a document", zipSync({ "a.txt": strToU8("hello") })],
    ["a docx with broken XML", makeDocx("<w:p><w:r><w:t>unclosed")],
  ])("refuses %s as importDocxInvalid", async (_label, bytes) => {
    expect(await rejection(docxToHtml(bytes))).toMatchObject({ code: "bad_request", userMessage: "importDocxInvalid" });
  });

  it("refuses a docx that expands beyond the limit before mammoth reads it", async () => {
    const bomb = makeDocx(paragraph("x"), { extra: { "word/media/zeros.bin": new Uint8Array(2 * 1024 * 1024) } });
    expect(await rejection(docxToHtml(bomb, { maxTotalBytes: 1024 * 1024 }))).toMatchObject({ userMessage: "importTooLarge", values: { maxMb: 1 } });
  });
});
