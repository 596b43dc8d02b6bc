import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { extractFile, extractZipEntry, importLimits, type ExtractLimits } from "@/lib/import/sources";
import { makeDocx, makePdf, paragraph, patchZip, PNG_HEADER, rejection, text } from "./fixtures";

const limits: ExtractLimits = { maxFileBytes: 64 * 1024, maxEntryBytes: 32 * 1024, maxEntries: 5, maxTotalBytes: 128 * 1024 };

describe("extractFile", () => {
  it.each([
    ["an empty file", new Uint8Array(0)],
    ["whitespace only", text("  \n\t\r\n   ")],
    ["a BOM and whitespace", text("\uFEFF \n ")],
    ["UTF-16 whitespace", Uint8Array.from([0xff, 0xfe, 0x20, 0, 0x0a, 0, 0xa0, 0])],
    ["a docx without text", makeDocx(paragraph(""))],
  ])("refuses %s as importEmptyFile", async (_label, bytes) => {
    expect(await rejection(extractFile(bytes, "empty.txt", limits))).toMatchObject({ code: "bad_request", userMessage: "importEmptyFile" });
  });

  it("refuses a file over the size cap with the cap in MB", async () => {
    const big = new Uint8Array(3 * 1024 * 1024).fill(0x61);
    const error = await rejection(extractFile(big, "big.txt", { ...limits, maxFileBytes: 2 * 1024 * 1024 }));
    expect(error).toMatchObject({ userMessage: "importTooLarge", values: { maxMb: 2 } });
  });

  it("uses maxEntryBytes as the cap when maxFileBytes is not given", async () => {
    const { maxFileBytes: _omit, ...zipLimits } = limits;
    expect(await rejection(extractFile(new Uint8Array(40 * 1024).fill(0x61), "a.txt", zipLimits))).toMatchObject({ userMessage: "importTooLarge" });
  });

  it("refuses a binary renamed .txt with its own message, other binaries as unsupported", async () => {
    expect(await rejection(extractFile(PNG_HEADER, "article.txt", limits))).toMatchObject({ userMessage: "importBinaryAsText" });
    expect(await rejection(extractFile(PNG_HEADER, "article.html", limits))).toMatchObject({ userMessage: "importBinaryAsText" });
    expect(await rejection(extractFile(PNG_HEADER, "photo.png", limits))).toMatchObject({ userMessage: "importUnsupportedType" });
    expect(await rejection(extractFile(text("{\\rtf1 Hello}"), "letter.rtf", limits))).toMatchObject({ userMessage: "importUnsupportedType" });
  });

  it("decodes text, Markdown and HTML, reporting the encoding", async () => {
    await expect(extractFile(text("Bonjour « monde »"), "a.txt", limits)).resolves.toEqual({ kind: "text", content: "Bonjour « monde »", encoding: "utf-8", fileType: "text" });
    await expect(extractFile(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]), "a.txt", limits)).resolves.toMatchObject({ content: "Café", encoding: "windows-1252" });
    await expect(extractFile(text("# Titre\n"), "a.md", limits)).resolves.toMatchObject({ kind: "markdown", fileType: "markdown", content: "# Titre\n" });
    await expect(extractFile(text("<!doctype html><p>x</p>"), "a.txt", limits)).resolves.toMatchObject({ kind: "html", fileType: "html" });
  });

  it("turns a docx into HTML and a PDF into text", async () => {
    await expect(extractFile(makeDocx(paragraph("Titre", "Heading1") + paragraph("Texte")), "a.docx", limits)).resolves.toEqual({
      kind: "html",
      content: "<h1>Titre</h1><p>Texte</p>",
      fileType: "docx",
    });
    await expect(extractFile(makePdf(["Page one", "Page two"]), "a.pdf", limits)).resolves.toEqual({ kind: "text", content: "Page one\n\nPage two", fileType: "pdf" });
  });

  it("lists a zip's files, each then extracted on its own", async () => {
    const zip = zipSync({ "a.txt": strToU8("un"), "b.html": strToU8("<p>deux</p>"), "inner.zip": zipSync({ "c.txt": strToU8("trois") }), "d.png": PNG_HEADER });
    const result = await extractFile(zip, "batch.zip", limits);
    if (!("zip" in result)) throw new Error("expected an archive");
    expect(result.zip.map((e) => e.name)).toEqual(["a.txt", "b.html", "inner.zip", "d.png"]);
    const outcomes = await Promise.all(
      result.zip.map((entry) =>
        extractZipEntry(entry, limits).then(
          (doc) => doc.kind,
          (error: { userMessage: string }) => error.userMessage,
        ),
      ),
    );
    expect(outcomes).toEqual(["text", "html", "importZipNested", "importUnsupportedType"]);
  });

  it("never expands a zip found inside a zip", async () => {
    const zip = zipSync({ "c.txt": strToU8("trois") });
    expect(await rejection(extractFile(zip, "inner.zip", limits, { insideZip: true }))).toMatchObject({ userMessage: "importZipNested" });
    expect(await rejection(extractZipEntry({ name: "inner.zip", bytes: zip }, limits))).toMatchObject({ userMessage: "importZipNested" });
  });

  it("passes the zip limits through", async () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`${i}.txt`, strToU8("x")])));
    expect(await rejection(extractFile(many, "many.zip", limits))).toMatchObject({ userMessage: "importZipTooManyEntries", values: { maxEntries: 5 } });
    const bomb = patchZip(zipSync({ "a.txt": strToU8("x") }), { uncompressedSize: 1_000_000_000 });
    expect(await rejection(extractFile(bomb, "bomb.zip", limits))).toMatchObject({ userMessage: "importZipTooLarge" });
    expect(await rejection(extractFile(zipSync({ "../x.txt": strToU8("x") }), "evil.zip", limits))).toMatchObject({ userMessage: "importZipUnsafePath" });
  });
});

describe("importLimits", () => {
  it("reads the caps from the environment, with defaults", () => {
    expect(importLimits(parseEnv({}))).toEqual({ maxFileBytes: 10 * 1024 * 1024, maxEntryBytes: 10 * 1024 * 1024, maxEntries: 200, maxTotalBytes: 50 * 1024 * 1024 });
    expect(importLimits(parseEnv({ IMPORT_MAX_FILE_BYTES: "1000", IMPORT_ZIP_MAX_ENTRIES: "3", IMPORT_ZIP_MAX_BYTES: "5000" }))).toEqual({
      maxFileBytes: 1000,
      maxEntryBytes: 1000,
      maxEntries: 3,
      maxTotalBytes: 5000,
    });
  });
});
