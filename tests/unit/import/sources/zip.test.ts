import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { listZipEntries, readZip, safeEntryPath, type ZipLimits } from "@/lib/import/sources/zip";
import { centralRecords, makeDocx, paragraph, patchZip, text, thrown } from "./fixtures";

const limits: ZipLimits = { maxEntries: 10, maxTotalBytes: 1024 * 1024, maxEntryBytes: 256 * 1024 };
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe("readZip", () => {
  it("returns the files, in order, inflated or stored, skipping folders, __MACOSX, dotfiles and OS litter", () => {
    const zip = zipSync(
      {
        "a.txt": strToU8("first article"),
        "stored.md": [strToU8("# stored"), { level: 0 }],
        "dir/sub/b.html": strToU8("<p>second</p>"),
        "empty-dir": {},
        "__MACOSX/._a.txt": strToU8("resource fork"),
        ".DS_Store": strToU8("junk"),
        "dir/.hidden.txt": strToU8("hidden"),
        "Thumbs.db": strToU8("junk"),
      },
      { level: 9 },
    );
    const entries = readZip(zip, limits);
    expect(entries.map((e) => e.name)).toEqual(["a.txt", "stored.md", "dir/sub/b.html"]);
    expect(entries.map((e) => decode(e.bytes))).toEqual(["first article", "# stored", "<p>second</p>"]);
    expect(entries.every((e) => e.rejected === undefined)).toBe(true);
  });

  it("normalises harmless path noise", () => {
    expect(safeEntryPath("./a//b/./c.txt")).toBe("a/b/c.txt");
  });

  it.each([
    ["../../etc/passwd"],
    ["articles/../../etc/passwd"],
    ["/etc/passwd"],
    ["..\\evil.txt"],
    ["dir\\file.txt"],
    ["C:/Windows/evil.txt"],
    ["c:evil.txt"],
    ["bad\u0000name.txt"],
  ])("refuses the whole archive for the unsafe path %j", (name) => {
    const zip = zipSync({ "fine.txt": strToU8("ok"), [name]: strToU8("x") });
    expect(thrown(() => readZip(zip, limits))).toMatchObject({ code: "bad_request", userMessage: "importZipUnsafePath" });
  });

  it("refuses too many files", () => {
    const files = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`a${i}.txt`, strToU8("x")]));
    expect(thrown(() => readZip(zipSync(files), limits))).toMatchObject({ userMessage: "importZipTooManyEntries", values: { maxEntries: 10 } });
  });

  it("refuses a central directory declaring too many records before reading any of them", () => {
    // The end record claims 60,000 entries; there is one. Reading records would fail as invalid.
    const zip = patchZip(zipSync({ "a.txt": strToU8("x") }), { count: 60_000 });
    expect(thrown(() => readZip(zip, limits))).toMatchObject({ userMessage: "importZipTooManyEntries" });
  });

  it("does not count folders and __MACOSX twins as files", () => {
    const files = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`d/a${i}.txt`, strToU8("x")]));
    const twins = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`__MACOSX/d/._a${i}.txt`, strToU8("x")]));
    expect(readZip(zipSync({ ...files, ...twins }), limits)).toHaveLength(10);
  });

  it("refuses a bomb from its declared size, before inflating anything", () => {
    // Declared 2 GB and the data replaced by garbage: inflating first would report it as invalid.
    const zip = patchZip(zipSync({ "bomb.txt": strToU8("x".repeat(1000)) }), { uncompressedSize: 0x7fffffff });
    const dataStart = 30 + "bomb.txt".length;
    zip.fill(0xff, dataStart, dataStart + 8);
    expect(thrown(() => readZip(zip, limits))).toMatchObject({ userMessage: "importZipTooLarge", values: { maxMb: 1 } });
  });

  it("refuses a real bomb: many entries of zeros whose declared total is over the limit", () => {
    const zeros = new Uint8Array(200 * 1024);
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`z${i}.txt`, zeros]));
    const zip = zipSync(files, { level: 9 });
    expect(zip.length).toBeLessThan(10 * 1024);
    expect(thrown(() => readZip(zip, limits))).toMatchObject({ userMessage: "importZipTooLarge" });
  });

  it("stops a lying header while inflating: more output than declared is refused after one chunk", () => {
    // 8 MB of zeros declared as 100 bytes (central directory and local header alike).
    const zip = patchZip(zipSync({ "liar.txt": new Uint8Array(8 * 1024 * 1024) }, { level: 9 }), { uncompressedSize: 100, local: true });
    const started = performance.now();
    expect(thrown(() => readZip(zip, limits))).toMatchObject({ userMessage: "importZipInvalid" });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("refuses a header that declares more than the data holds", () => {
    const zip = patchZip(zipSync({ "short.txt": strToU8("only a few bytes") }), { uncompressedSize: 5000 });
    expect(thrown(() => readZip(zip, limits))).toMatchObject({ userMessage: "importZipInvalid" });
  });

  it("refuses corrupt data (CRC mismatch on a stored entry)", () => {
    const zip = zipSync({ "a.txt": [strToU8("hello world"), { level: 0 }] });
    zip[30 + "a.txt".length] = 0xff - (zip[30 + "a.txt".length] ?? 0);
    expect(thrown(() => readZip(zip, limits))).toMatchObject({ userMessage: "importZipInvalid" });
  });

  it.each([[new Uint8Array(0)], [text("not a zip at all, just text that is long enough")], [zipSync({ "a.txt": strToU8("x") }).subarray(0, 40)]])(
    "refuses what is not a readable zip",
    (bytes) => {
      expect(thrown(() => readZip(bytes, limits))).toMatchObject({ userMessage: "importZipInvalid" });
    },
  );

  it("rejects single entries it can't import without failing the archive", () => {
    const big = new Uint8Array(300 * 1024).fill(0x41);
    const nested = zipSync({ "inner.txt": strToU8("inner") });
    const docx = makeDocx(paragraph("A docx is a document, not a nested archive"));
    const zip = zipSync({ "ok.txt": strToU8("fine"), "big.txt": big, "inner.zip": nested, "doc.docx": docx }, { level: 9 });
    const entries = readZip(zip, limits);
    expect(entries.map((e) => [e.name, e.rejected?.userMessage])).toEqual([
      ["ok.txt", undefined],
      ["big.txt", "importTooLarge"],
      ["inner.zip", "importZipNested"],
      ["doc.docx", undefined],
    ]);
    expect(entries[1]).toMatchObject({ rejected: { values: { maxMb: 1 } } });
    expect(entries[1]!.bytes).toHaveLength(0);
    expect(entries[3]!.bytes).toEqual(docx);
  });

  it("rejects encrypted entries and unknown compression methods", () => {
    const zip = zipSync({ "a.txt": strToU8("secret") });
    expect(readZip(patchZip(zip, { flags: 0x0001 }), limits)[0]).toMatchObject({ name: "a.txt", rejected: { userMessage: "importZipEncrypted" } });
    expect(readZip(patchZip(zip, { method: 12 }), limits)[0]).toMatchObject({ name: "a.txt", rejected: { userMessage: "importZipCompression" } });
  });

  it("decodes UTF-8 names, and CP437 names from old tools", () => {
    const zip = zipSync({ "caf?.txt": strToU8("x"), "été.txt": strToU8("y") });
    // Replace "?" with CP437 0x82 ("é") in both headers of the first entry (its UTF-8 flag is off).
    for (let i = 0; i < zip.length - 8; i++) {
      if (decode(zip.subarray(i, i + 8)) === "caf?.txt") zip[i + 3] = 0x82;
    }
    expect(readZip(zip, limits).map((e) => e.name)).toEqual(["café.txt", "été.txt"]);
  });

  it("lists the central directory without inflating", () => {
    const zip = zipSync({ "a.txt": strToU8("hello"), "d": {} });
    expect(centralRecords(zip)).toHaveLength(2);
    expect(listZipEntries(zip)).toMatchObject([
      { name: "a.txt", isDirectory: false, uncompressedSize: 5, encrypted: false },
      { name: "d/", isDirectory: true },
    ]);
  });
});
