import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { extensionOf, sniffFileType } from "@/lib/import/sources/sniff";
import { CONTENT_TYPES, makeDocx, makePdf, paragraph, PNG_HEADER, text } from "./fixtures";

const utf16le = (s: string) => Uint8Array.from([0xff, 0xfe, ...Array.from(s).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);

describe("sniffFileType", () => {
  it.each<[string, Uint8Array, string | undefined, string]>([
    ["a PDF", makePdf(["Hello"]), "report.pdf", "pdf"],
    ["a PDF renamed .txt", makePdf(["Hello"]), "report.txt", "pdf"],
    ["a zip", zipSync({ "a.txt": strToU8("x") }), "batch.zip", "zip"],
    ["an empty zip", zipSync({}), "empty.zip", "zip"],
    ["a docx", makeDocx(paragraph("Hello")), "story.docx", "docx"],
    ["a docx named .zip", makeDocx(paragraph("Hello")), "story.zip", "docx"],
    ["a docx without [Content_Types].xml (found in the central directory)", zipSync({ "word/document.xml": strToU8("<w:document/>") }), undefined, "docx"],
    [
      "an xlsx",
      zipSync({ "[Content_Types].xml": strToU8(CONTENT_TYPES.replace("word/document.xml", "xl/workbook.xml").replace("wordprocessingml.document.main", "spreadsheetml.sheet.main")), "xl/workbook.xml": strToU8("<workbook/>") }),
      "sheet.xlsx",
      "unsupported",
    ],
    ["an EPUB", zipSync({ mimetype: [strToU8("application/epub+zip"), { level: 0 }], "META-INF/container.xml": strToU8("<container/>") }), "book.epub", "unsupported"],
    ["HTML with a doctype", text("<!DOCTYPE html><html><body><p>Hi</p></body></html>"), "page.txt", "html"],
    ["HTML after a BOM and whitespace", text("\uFEFF  \n\n<html lang=fr><body>Bonjour</body></html>"), undefined, "html"],
    ["HTML whose <html> comes after a comment", text("<!-- saved from url=(0014)about:internet -->\n<html><head><title>x</title></head></html>"), undefined, "html"],
    ["an HTML fragment", text("<p>Le président a déclaré…</p>"), undefined, "html"],
    ["an HTML fragment named .txt (the extension breaks the tie)", text("<b>Note:</b> this is a plain note"), "note.txt", "text"],
    ["an HTML fragment named .md", text("<div>Some *markdown* with HTML</div>"), "notes.md", "markdown"],
    ["XHTML with an XML declaration", text('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>x</body></html>'), "page.xhtml", "html"],
    ["UTF-16 HTML with a BOM", utf16le("<!doctype html><html><body>Привет</body></html>"), undefined, "html"],
    ["UTF-16 text with a BOM", utf16le("Привет, мир\r\n"), "ru.txt", "text"],
    ["Markdown", text("# Title\n\nSome *text*.\n"), "article.md", "markdown"],
    ["Markdown (.markdown)", text("# Title\n"), "article.markdown", "markdown"],
    ["Markdown-looking text without the extension", text("# Title\n\nSome *text*.\n"), "article.txt", "text"],
    ["plain text", text("Le gouvernement a annoncé mardi…\n"), "a.txt", "text"],
    ["plain text without a name", text("Just words."), undefined, "text"],
    ["windows-1252 text", Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xab, 0x20, 0x6f, 0x6b, 0x20, 0xbb]), "latin.txt", "text"],
    ["plain text named .html (tie-break)", text("No tags at all."), "page.html", "html"],
    ["text that happens to start like an .exe", text("MZ is where the story begins."), "a.txt", "text"],
    ["text that happens to start like an MP3", text("ID3 tags were discussed at length."), "a.txt", "text"],
    ["a PNG", PNG_HEADER, "image.png", "unsupported"],
    ["a PNG renamed .txt", PNG_HEADER, "notes.txt", "unsupported"],
    ["an ELF binary renamed .md", Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array<number>(56).fill(0)]), "readme.md", "unsupported"],
    ["a gzip file", Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]), "a.gz", "unsupported"],
    ["random binary without a signature", Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256), "blob.txt", "unsupported"],
    ["an RTF document", text("{\\rtf1\\ansi Hello}"), "a.rtf", "unsupported"],
    ["an SVG image", text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), "a.svg", "unsupported"],
    ["plain XML", text('<?xml version="1.0"?><rss><channel/></rss>'), "feed.xml", "unsupported"],
  ])("%s → %s", async (_label, bytes, name, expected) => {
    await expect(sniffFileType(bytes, name)).resolves.toBe(expected);
  });

  it("reads the extension from the last path segment only", () => {
    expect(extensionOf("archive.zip › dir.md/Article.TXT")).toBe("txt");
    expect(extensionOf(".bashrc")).toBe("");
    expect(extensionOf(undefined)).toBe("");
  });
});
