// Inputs built in code for the sources tests: a hand-written PDF with a text layer, a minimal
// .docx, zips, and byte-level patches to their headers (the lies a hostile archive tells).
import { strToU8, zipSync, type Zippable } from "fflate";
import type { AppError } from "@/lib/errors";

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** A valid PDF, one page per string (null = a page without any text), Helvetica text objects. */
export function makePdf(pages: (string | null)[]): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + i * 2} 0 R`).join(" ")}] /Count ${pages.length} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  pages.forEach((text, i) => {
    const stream = text === null ? "" : `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`);
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  });
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(out);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

/** A minimal .docx whose body is `body` (w:p elements); `rels` adds document relationships. */
export function makeDocx(body: string, { rels = "", extra = {} as Zippable } = {}): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    "word/_rels/document.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    ),
    ...extra,
  });
}

export const paragraph = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

export const PNG_HEADER = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0,
]);

/** Offsets of every central-directory record of a zip (fflate writes no comment, so this is exact). */
export function centralRecords(zip: Uint8Array): number[] {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22;
  const count = dv.getUint16(eocd + 10, true);
  const offsets: number[] = [];
  let at = dv.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i++) {
    offsets.push(at);
    at += 46 + dv.getUint16(at + 28, true) + dv.getUint16(at + 30, true) + dv.getUint16(at + 32, true);
  }
  return offsets;
}

/** Rewrites fields of every central-directory record (and optionally their local headers). */
export function patchZip(
  zip: Uint8Array,
  patch: { uncompressedSize?: number; method?: number; flags?: number; count?: number; local?: boolean },
): Uint8Array {
  const out = zip.slice();
  const dv = new DataView(out.buffer);
  for (const at of centralRecords(zip)) {
    const local = dv.getUint32(at + 42, true);
    if (patch.uncompressedSize !== undefined) {
      dv.setUint32(at + 24, patch.uncompressedSize, true);
      if (patch.local) dv.setUint32(local + 22, patch.uncompressedSize, true);
    }
    if (patch.method !== undefined) dv.setUint16(at + 10, patch.method, true);
    if (patch.flags !== undefined) dv.setUint16(at + 8, patch.flags, true);
  }
  if (patch.count !== undefined) {
    dv.setUint16(out.length - 22 + 8, patch.count, true);
    dv.setUint16(out.length - 22 + 10, patch.count, true);
  }
  return out;
}

export const text = (s: string) => new TextEncoder().encode(s);

/** The AppError a promise rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected a rejection");
}

/** The AppError a function throws. */
export function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected an error");
}
