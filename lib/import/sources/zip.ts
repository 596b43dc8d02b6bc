// Reading .zip uploads in memory, defensively. The central directory is parsed here (bounds-checked,
// zip64-aware) so every limit is checked on what the archive *declares* before a byte is inflated;
// inflation then streams through fflate's Inflate with a byte counter, so an archive that lies in
// its headers is caught after at most one chunk's worth of output, never after filling memory.
// Nothing is ever written to disk.
import { Inflate } from "fflate";
import { AppError } from "@/lib/errors";

export interface ZipLimits {
  /** Most files (directories and skipped junk excluded) an archive may hold. */
  maxEntries: number;
  /** Most bytes all imported files may expand to, together. */
  maxTotalBytes: number;
  /** Most bytes one file may expand to; a larger file is rejected on its own, not the archive. */
  maxEntryBytes: number;
}

/** Why one entry of an otherwise fine archive can't be imported (a translation key and its values). */
export interface ZipEntryRejection {
  userMessage: "importZipNested" | "importZipEncrypted" | "importZipCompression" | "importTooLarge";
  values?: Record<string, string | number>;
}

export interface ZipEntry {
  /** Path inside the archive, "/"-separated, without "." or empty segments. */
  name: string;
  /** The expanded file; empty when `rejected` is set. */
  bytes: Uint8Array;
  /** Set when this entry is reported as unsupported instead of being extracted. */
  rejected?: ZipEntryRejection;
}

/** One central-directory record, as declared (nothing inflated). */
export interface ZipCentralEntry {
  /** The raw name, decoded (UTF-8, or CP437 when the UTF-8 flag is off and it isn't valid UTF-8). */
  name: string;
  isDirectory: boolean;
  encrypted: boolean;
  /** 0 = stored, 8 = deflate; anything else is unsupported. */
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
/** Compressed bytes fed to the inflater at a time: deflate expands at most ~1032:1, so one push
 * can produce at most ~8 MB before the counter sees it. */
const INFLATE_CHUNK = 8 * 1024;
/** The raw central directory may hold this many times maxEntries (folders, __MACOSX twins)
 * before we stop reading it. */
const RAW_RECORD_FACTOR = 4;

const invalid = (cause?: unknown) => new AppError("bad_request", { userMessage: "importZipInvalid", cause });
const mb = (bytes: number) => Math.max(1, Math.round(bytes / (1024 * 1024)));

/** True when the bytes start like a zip archive (a local header, or the end record of an empty one). */
export function hasZipMagic(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(dv: DataView, at: number): number {
  const v = dv.getBigUint64(at, true);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw invalid();
  return Number(v);
}

// CP437, the historical zip name encoding, for bytes 0x80–0xFF.
const CP437_HIGH =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";
const utf8 = new TextDecoder("utf-8", { fatal: true });

function decodeName(raw: Uint8Array, utf8Flag: boolean): string {
  try {
    return utf8.decode(raw);
  } catch (error) {
    if (utf8Flag) throw invalid(error);
    let s = "";
    for (const b of raw) s += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
    return s;
  }
}

interface EndRecord {
  count: number;
  cdOffset: number;
  cdSize: number;
}

function findEnd(bytes: Uint8Array): EndRecord {
  const dv = view(bytes);
  const last = bytes.length - 22;
  if (last < 0) throw invalid();
  // The end record sits before a comment of at most 65,535 bytes.
  let at = -1;
  for (let i = last; i >= Math.max(0, last - 0xffff); i--) {
    if (dv.getUint32(i, true) === SIG_EOCD && i + 22 + dv.getUint16(i + 20, true) <= bytes.length) {
      at = i;
      break;
    }
  }
  if (at < 0) throw invalid();
  if (dv.getUint16(at + 4, true) !== 0 || dv.getUint16(at + 6, true) !== 0) throw invalid(); // multi-disk
  let count = dv.getUint16(at + 10, true);
  let cdSize = dv.getUint32(at + 12, true);
  let cdOffset = dv.getUint32(at + 16, true);
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && at >= 20 && dv.getUint32(at - 20, true) === SIG_ZIP64_LOCATOR) {
    const z = u64(dv, at - 20 + 8);
    if (z + 56 > bytes.length || dv.getUint32(z, true) !== SIG_ZIP64_EOCD) throw invalid();
    count = u64(dv, z + 32);
    cdSize = u64(dv, z + 40);
    cdOffset = u64(dv, z + 48);
  }
  if (cdOffset + cdSize > bytes.length) throw invalid();
  return { count, cdOffset, cdSize };
}

const tooManyEntries = (maxEntries: number) => new AppError("bad_request", { userMessage: "importZipTooManyEntries", values: { maxEntries } });

/**
 * Lists the central directory without inflating anything. Throws importZipInvalid on a malformed
 * archive, and importZipTooManyEntries {maxEntries} when the end record declares more than
 * `limit.maxRecords` records (checked before any record is read).
 */
export function listZipEntries(bytes: Uint8Array, limit?: { maxRecords: number; maxEntries: number }): ZipCentralEntry[] {
  const { count, cdOffset, cdSize } = findEnd(bytes);
  if (limit && count > limit.maxRecords) throw tooManyEntries(limit.maxEntries);
  const dv = view(bytes);
  const end = cdOffset + cdSize;
  const entries: ZipCentralEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || dv.getUint32(at, true) !== SIG_CENTRAL) throw invalid();
    const flags = dv.getUint16(at + 8, true);
    const method = dv.getUint16(at + 10, true);
    const crc32 = dv.getUint32(at + 16, true);
    let compressedSize = dv.getUint32(at + 20, true);
    let uncompressedSize = dv.getUint32(at + 24, true);
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    let localHeaderOffset = dv.getUint32(at + 42, true);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > end) throw invalid();

    // Zip64 extra field: the 64-bit values, in this order, for each 32-bit field set to 0xFFFFFFFF.
    for (let e = extraStart; e + 4 <= extraStart + extraLength; ) {
      const id = dv.getUint16(e, true);
      const size = dv.getUint16(e + 2, true);
      if (e + 4 + size > extraStart + extraLength) throw invalid();
      if (id === 0x0001) {
        let p = e + 4;
        const take = () => {
          if (p + 8 > e + 4 + size) throw invalid();
          const v = u64(dv, p);
          p += 8;
          return v;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = take();
        if (compressedSize === 0xffffffff) compressedSize = take();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = take();
      }
      e += 4 + size;
    }

    const name = decodeName(bytes.subarray(nameStart, extraStart), (flags & 0x0800) !== 0);
    entries.push({
      name,
      isDirectory: name.endsWith("/") || name.endsWith("\\"),
      encrypted: (flags & 0x0001) !== 0,
      method,
      crc32,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    at = next;
  }
  return entries;
}

/**
 * The archive's path, normalised, or importZipUnsafePath when extracting it anywhere could escape
 * the target: absolute paths, drive letters, backslashes, ".." segments, NUL or control characters.
 */
export function safeEntryPath(name: string): string {
  const unsafe =
    name.startsWith("/") ||
    name.includes("\\") ||
    /^[a-zA-Z]:/.test(name) ||
    /[\u0000-\u001f\u007f]/.test(name) ||
    name.split("/").some((segment) => segment === "..");
  if (unsafe) throw new AppError("bad_request", { userMessage: "importZipUnsafePath", values: { path: name.slice(0, 200) } });
  return name
    .split("/")
    .filter((segment) => segment !== "" && segment !== ".")
    .join("/");
}

const JUNK_NAMES = new Set(["thumbs.db", "desktop.ini"]);

/** Folders, macOS resource forks, dotfiles and OS litter: never articles, never reported. */
function isJunk(path: string): boolean {
  const segments = path.split("/");
  const base = segments[segments.length - 1] ?? "";
  return path === "" || segments.some((s) => s === "__MACOSX" || s.startsWith(".")) || JUNK_NAMES.has(base.toLowerCase());
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (const b of data) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

/** Where the entry's compressed data starts, from its local header. */
function dataRange(bytes: Uint8Array, entry: ZipCentralEntry): [number, number] {
  const dv = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== SIG_LOCAL) throw invalid();
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw invalid();
  return [start, end];
}

/**
 * Inflates one entry into a buffer of exactly its declared size. More output than declared
 * (a lying header), less, or a CRC mismatch is importZipInvalid; memory never exceeds the
 * declared size plus one chunk's output.
 */
function inflateEntry(bytes: Uint8Array, entry: ZipCentralEntry, keep: boolean): Uint8Array {
  const [start, end] = dataRange(bytes, entry);
  const compressed = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw invalid();
    if (crc32(compressed) !== entry.crc32) throw invalid();
    return keep ? compressed.slice() : new Uint8Array(0);
  }
  if (compressed.length === 0 && entry.uncompressedSize === 0 && entry.crc32 === 0) return new Uint8Array(0);
  const out = keep ? new Uint8Array(entry.uncompressedSize) : undefined;
  let written = 0;
  let crc = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > entry.uncompressedSize) throw invalid();
    out?.set(chunk, written);
    crc = crc32(chunk, crc);
    written += chunk.length;
    done = final;
  });
  try {
    for (let i = 0; i < compressed.length; i += INFLATE_CHUNK) {
      inflater.push(compressed.subarray(i, i + INFLATE_CHUNK), i + INFLATE_CHUNK >= compressed.length);
    }
  } catch (error) {
    throw error instanceof AppError ? error : invalid(error);
  }
  if (!done || written !== entry.uncompressedSize || crc !== entry.crc32) throw invalid();
  return out ?? new Uint8Array(0);
}

/** Refuses archives whose entries' data overlap (the "overlapping files" zip bomb) or whose local headers are out of place. */
function assertNoOverlap(bytes: Uint8Array, entries: ZipCentralEntry[]): void {
  const ranges = entries.map((e) => [e.localHeaderOffset, dataRange(bytes, e)[1]] as const).sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) {
    const prev = ranges[i - 1];
    const cur = ranges[i];
    if (prev && cur && cur[0] < prev[1]) throw invalid();
  }
}

/**
 * The files of a .zip upload, in archive order. Refused as a whole (AppError "bad_request"):
 * importZipInvalid (not a readable zip), importZipTooManyEntries {maxEntries}, importZipTooLarge
 * {maxMb} (declared expanded size over the limit — checked before inflating), importZipUnsafePath
 * {path}. Folders, __MACOSX, dotfiles and OS litter are skipped silently. An entry that can't be
 * imported on its own (a nested archive, an encrypted file, an unknown compression method, a file
 * over maxEntryBytes) comes back with `rejected` and empty bytes, so the rest still imports.
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const all = listZipEntries(bytes, { maxRecords: limits.maxEntries * RAW_RECORD_FACTOR + 16, maxEntries: limits.maxEntries });
  // Every path is checked, even of entries that would be skipped: an archive that tries is hostile.
  const named = all.map((entry) => ({ entry, path: safeEntryPath(entry.name) }));
  const files = named.filter(({ entry, path }) => !entry.isDirectory && !isJunk(path));
  if (files.length > limits.maxEntries) throw tooManyEntries(limits.maxEntries);
  const declared = files.reduce((sum, { entry }) => sum + entry.uncompressedSize, 0);
  if (declared > limits.maxTotalBytes) {
    throw new AppError("bad_request", { userMessage: "importZipTooLarge", values: { maxMb: mb(limits.maxTotalBytes) } });
  }
  assertNoOverlap(bytes, all);

  return files.map(({ entry, path }): ZipEntry => {
    const reject = (rejected: ZipEntryRejection): ZipEntry => ({ name: path, bytes: new Uint8Array(0), rejected });
    if (entry.encrypted) return reject({ userMessage: "importZipEncrypted" });
    if (entry.method !== 0 && entry.method !== 8) return reject({ userMessage: "importZipCompression" });
    if (entry.uncompressedSize > limits.maxEntryBytes) return reject({ userMessage: "importTooLarge", values: { maxMb: mb(limits.maxEntryBytes) } });
    const data = inflateEntry(bytes, entry, true);
    if (isNestedArchive(data)) return reject({ userMessage: "importZipNested" });
    return { name: path, bytes: data };
  });
}

/**
 * Inflates every entry of an archive without keeping the output, to prove it expands to what it
 * declares and within `limits` — run before handing a .docx to a library that trusts the headers.
 */
export function assertZipWithinLimits(bytes: Uint8Array, limits: ZipLimits): void {
  const all = listZipEntries(bytes, { maxRecords: limits.maxEntries, maxEntries: limits.maxEntries });
  const files = all.filter((e) => !e.isDirectory);
  const declared = files.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.maxTotalBytes || files.some((e) => e.uncompressedSize > limits.maxEntryBytes)) {
    throw new AppError("bad_request", { userMessage: "importZipTooLarge", values: { maxMb: mb(limits.maxTotalBytes) } });
  }
  assertNoOverlap(bytes, all);
  for (const entry of files) {
    if (entry.encrypted || (entry.method !== 0 && entry.method !== 8)) throw invalid();
    inflateEntry(bytes, entry, false);
  }
}

/** What kind of zip-based file this is, from its central directory alone. */
export function classifyZip(bytes: Uint8Array): "docx" | "zip" | "other" | "invalid" {
  let names: string[];
  try {
    names = listZipEntries(bytes).map((e) => e.name);
  } catch {
    return "invalid";
  }
  if (names.includes("word/document.xml")) return "docx";
  // Other OOXML/ODF/EPUB/JAR packages: zips, but not archives of articles.
  if (names.some((n) => n === "[Content_Types].xml" || n === "mimetype" || n.startsWith("META-INF/"))) return "other";
  return "zip";
}

/** A zip inside the zip. A .docx is a document, and an .xlsx or .epub is reported as an unsupported type later. */
function isNestedArchive(data: Uint8Array): boolean {
  return hasZipMagic(data) && classifyZip(data) === "zip";
}
