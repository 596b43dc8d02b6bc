// Article metadata from what an import provides: the page's meta tags and JSON-LD when there is
// HTML, the URL, the file name, and the cleaned text itself (headline, byline and dateline lines).
// Pure: no network, no database. The content hash is what duplicate detection compares.
import { createHash } from "node:crypto";
import { franc } from "franc-min";
import { parseHTML } from "linkedom";
import { collapseSpaces, matchKey } from "./clean/normalise";
import type { Block, RemovedLine } from "./clean/types";

/** ISO 639-1 codes we detect (franc-min's ISO 639-3 results mapped), or "und" when unsure. */
export type ArticleLanguage = "fr" | "en" | "de" | "es" | "ru" | "uk" | "it" | "pt" | "nl" | "pl" | "und";

const ISO3_TO_1: Record<string, Exclude<ArticleLanguage, "und">> = {
  fra: "fr", eng: "en", deu: "de", spa: "es", rus: "ru", ukr: "uk", ita: "it", por: "pt", nld: "nl", pol: "pl",
};

export interface ArticleMetadata {
  title: string | null;
  /** The publication: og:site_name, JSON-LD publisher, else the URL's host. */
  outlet: string | null;
  author: string | null;
  /** ISO 8601: a full timestamp when the page gives one, else a date ("2025-11-21"). */
  publishedAt: string | null;
  canonicalUrl: string | null;
  language: ArticleLanguage;
  /** Words as Intl.Segmenter counts them (word-like segments). */
  wordCount: number;
  /** sha256 (hex) of the cleaned text's matchKey: whitespace, NBSP, case and accents do not change it. */
  contentHash: string;
}

export interface MetadataInput {
  /** The cleaned text. */
  text: string;
  blocks: readonly Block[];
  html?: string;
  url?: string;
  fileName?: string;
  /** A title given by the user: it wins over everything found. */
  title?: string;
  /** Lines the cleaner removed: a dateline or byline at the top often is one of them. */
  removed?: readonly RemovedLine[];
}

// ---- small helpers ---------------------------------------------------------------------------

/** One line, at most `max` characters; no-break spaces stay (a French title's "Kyiv\u202F: …"). */
const clip = (s: string | null | undefined, max = 300): string | null => {
  const t = s ? collapseSpaces(s) : "";
  return t ? t.slice(0, max) : null;
};

function httpUrl(href: string | null | undefined, base?: string): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    u.hash = "";
    return u.href;
  } catch {
    return null;
  }
}

function hostOf(url: string | null | undefined): string | null {
  const u = httpUrl(url);
  return u ? new URL(u).hostname.replace(/^www\./, "") : null;
}

/** "Headline | Outlet" → "Headline" when the trailing part names the outlet or host. */
export function stripSiteSuffix(title: string, outlet: string | null, host: string | null): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const last = matchKey(parts.at(-1)!);
  const names = [outlet, host, host?.split(".")[0]].filter((x): x is string => !!x).map(matchKey);
  const squash = (x: string) => x.replace(/[^\p{L}\p{N}]/gu, "");
  const matches = names.some((n) => n === last || (squash(n).length >= 4 && squash(last).endsWith(squash(n))));
  return matches ? parts.slice(0, -1).join(" - ").trim() : title;
}

// ---- HTML ------------------------------------------------------------------------------------

interface HtmlMeta {
  title?: string;
  docTitle?: string;
  siteName?: string;
  author?: string;
  published?: string;
  canonical?: string;
  ogUrl?: string;
  lang?: string;
}

type Json = Record<string, unknown>;

function jsonLdArticles(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (typeof v !== "object" || v === null) return;
    const o = v as Json;
    const type = ([] as unknown[]).concat(o["@type"] ?? []).map(String);
    if (type.some((t) => /Article|BlogPosting|Report/i.test(t))) out.push(o);
    if (o["@graph"]) visit(o["@graph"]);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ""));
    } catch {
      // Broken JSON-LD is common; the meta tags still count.
    }
  }
  return out;
}

function names(v: unknown): string | undefined {
  const list = ([] as unknown[]).concat(v ?? []);
  const found = list
    .map((a) => (typeof a === "string" ? a : typeof a === "object" && a !== null ? (a as Json).name : undefined))
    .filter((n): n is string => typeof n === "string" && n.trim() !== "" && !/^https?:/i.test(n));
  return found.length > 0 ? found.join(", ") : undefined;
}

function readHtml(html: string): HtmlMeta {
  const { document } = parseHTML(/<html[\s>]|<!doctype/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const doc = document as unknown as Document;
  const meta = (...keys: string[]) => {
    for (const k of keys) {
      const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
      const v = el?.getAttribute("content")?.trim();
      if (v) return v;
    }
    return undefined;
  };
  const ld = jsonLdArticles(doc);
  const ldValue = (key: string) => ld.map((o) => o[key]).find((v) => v !== undefined);
  const publisher = ldValue("publisher");
  const metaAuthor = meta("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "DC.creator");
  return {
    title: meta("og:title", "twitter:title") ?? (typeof ldValue("headline") === "string" ? (ldValue("headline") as string) : undefined),
    docTitle: doc.querySelector("title")?.textContent?.trim() || undefined,
    siteName: meta("og:site_name", "application-name") ?? names(publisher),
    author: (metaAuthor && !/^https?:/i.test(metaAuthor) ? metaAuthor.replace(/^(by|par|von|por)\s+/i, "") : undefined) ?? names(ldValue("author")),
    published:
      meta("article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "DC.date.issued", "sailthru.date") ??
      (typeof ldValue("datePublished") === "string" ? (ldValue("datePublished") as string) : undefined) ??
      doc.querySelector("time[datetime]")?.getAttribute("datetime") ??
      undefined,
    canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined,
    ogUrl: meta("og:url"),
    lang: doc.documentElement?.getAttribute("lang") ?? undefined,
  };
}

// ---- dates -----------------------------------------------------------------------------------

const MONTHS: Record<string, number> = {};
(
  [
    ["janvier janv jan january januar janner enero ene", 1],
    ["fevrier fevr fev february feb februar febrero", 2],
    ["mars mar march marz maerz marzo", 3],
    ["avril avr april apr abril abr", 4],
    ["mai may mayo", 5],
    ["juin june jun juni junio", 6],
    ["juillet juil july jul juli julio", 7],
    ["aout august aug agosto ago", 8],
    ["septembre sept sep september septiembre setiembre", 9],
    ["octobre oct october oktober okt octubre", 10],
    ["novembre nov november noviembre", 11],
    ["decembre dec december dezember dez diciembre dic", 12],
  ] as const
).forEach(([words, m]) => words.split(" ").forEach((w) => (MONTHS[w] = m)));

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A date written in a line of text (fr/en/de/es forms and numeric ones), as "YYYY-MM-DD". */
export function findDate(line: string): string | null {
  const k = matchKey(line);
  let m = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(k);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = /\b(\d{1,2})(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?([a-z]+)\.?,?\s+(?:de\s+|del\s+)?(\d{4})\b/.exec(k);
  if (m && MONTHS[m[2]!]) return isoDate(+m[3]!, MONTHS[m[2]!]!, +m[1]!);
  m = /\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(k);
  if (m && MONTHS[m[1]!]) return isoDate(+m[3]!, MONTHS[m[1]!]!, +m[2]!);
  m = /\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/.exec(k);
  if (m) {
    const a = +m[1]!;
    const b = +m[3]!;
    // Day first, as in fr/de/es and most of the world, unless only month-first is a real date.
    return a > 12 || b <= 12 ? isoDate(+m[4]!, b, a) : isoDate(+m[4]!, a, b);
  }
  return null;
}

function normaliseTimestamp(v: string | undefined): string | null {
  if (!v) return null;
  const t = v.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isoDate(+t.slice(0, 4), +t.slice(5, 7), +t.slice(8, 10));
  const d = new Date(t);
  if (!Number.isNaN(d.getTime()) && /^\d{4}-\d{2}-\d{2}[T ]/.test(t)) return d.toISOString();
  return findDate(t);
}

// ---- text lines --------------------------------------------------------------------------------

// A person ("Jeanne Martin", "Anna von Berg", "J. R. Smith") — two words at least, so "By Monday, …"
// is not a byline — or an agency in capitals ("AFP", "DPA").
const NAME = String.raw`(?:\p{Lu}[\p{L}'’.\-]*(?:\s+(?:de|da|del|della|van|von|der|den|du|la|le|al|bin|ibn))*\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*)*|\p{Lu}{2,6})`;
const BYLINE = new RegExp(String.raw`^(?:[Pp]ar|[Bb]y|BY|[Vv]on|[Pp]or|[Tt]exte?\s*:|[Tt]exto\s*:)\s+(${NAME}(?:\s*(?:,|et|and|und|y|&)\s*${NAME})*)\s*(?:$|[,|·—–(]|\s-\s)`, "u");

/** "Par Jeanne Martin", "By Jane Doe and John Roe", "Von Anna Schmidt | 21.11.2025" → the names. */
export function findByline(line: string): string | null {
  const t = line.trim();
  if (t.split(/\s+/).length > 14) return null;
  const m = BYLINE.exec(t);
  return m ? m[1]!.trim() : null;
}

function leadLines(blocks: readonly Block[], removed: readonly RemovedLine[] | undefined): string[] {
  const lines: string[] = [];
  for (const r of removed ?? []) if (r.position <= 2) lines.push(r.text);
  for (const b of blocks.slice(0, 6)) lines.push(b.text);
  for (const r of removed ?? []) if (r.position >= blocks.length - 1) lines.push(r.text);
  return lines.filter((l) => l.trim().split(/\s+/).length <= 14);
}

// ---- language, words, hash --------------------------------------------------------------------

/** franc-min limited to the languages we support; "und" for text too short to tell. */
export function detectLanguage(text: string, htmlLang?: string): ArticleLanguage {
  const sample = text.slice(0, 6000);
  const code = franc(sample, { only: Object.keys(ISO3_TO_1), minLength: 20 });
  const found = ISO3_TO_1[code];
  if (found) return found;
  const hinted = htmlLang?.toLowerCase().split(/[-_]/)[0];
  return hinted && (Object.values(ISO3_TO_1) as string[]).includes(hinted) ? (hinted as ArticleLanguage) : "und";
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });

// Scripts written without spaces need the dictionary-based segmenter.
const NO_SPACE_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
// Intl.Segmenter's word-like segments for space-separated scripts: letters/digits joined by an
// apostrophe, a full stop, a middle dot, a colon between letters or , ; between digits ("l’été",
// "U.S", "3.5", "2,4"). Some 100 times faster than iterating the segmenter (~4 ms per article).
const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:['\u2019.\u00B7\u2027\uFE13\uFE52\uFE55\uFF07\uFF0E]|(?<=\p{L}):(?=\p{L})|(?<=\p{N})[,;](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;

/** Words as Intl.Segmenter counts them (its word-like segments). */
export function countWordsOf(text: string): number {
  if (!NO_SPACE_SCRIPTS.test(text)) return text.match(WORD)?.length ?? 0;
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}

/** sha256 of the text's matchKey: the same article with other whitespace, NBSP or case hashes the same. */
export function contentHash(text: string): string {
  return createHash("sha256").update(matchKey(text), "utf8").digest("hex");
}

/** A text that starts with prose has no headline: its first sentence (or first words) stands in. */
function shortTitle(line: string | undefined, max = 150): string | undefined {
  const t = line?.trim();
  if (!t || t.length <= max) return t || undefined;
  const sentence = /^.+?[.!?…](?=\s)/u.exec(t)?.[0];
  if (sentence && sentence.length <= max) return sentence;
  const cut = t.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40)).replace(/[\s,;:]+$/, "")}…`;
}

// ---- the whole -------------------------------------------------------------------------------

export function extractMetadata(input: MetadataInput): ArticleMetadata {
  let html: HtmlMeta = {};
  if (input.html) {
    try {
      html = readHtml(input.html);
    } catch {
      html = {};
    }
  }
  const canonicalUrl = httpUrl(html.canonical, input.url) ?? httpUrl(html.ogUrl, input.url) ?? httpUrl(input.url);
  const host = hostOf(input.url) ?? hostOf(canonicalUrl);
  const outlet = clip(html.siteName, 200) ?? host;

  // A subheading further down is not the title: only a leading heading or a level-1 one.
  const firstHeading = (input.blocks[0]?.type === "heading" ? input.blocks[0] : input.blocks.find((b) => b.type === "heading" && b.level === 1))?.text;
  const firstLine = shortTitle(input.text.split("\n").find((l) => l.trim() !== ""));
  const fromFile = input.fileName?.replace(/^.*[\\/]/, "").replace(/\.[a-z0-9]{1,5}$/i, "").replace(/[_]+/g, " ");
  const rawTitle = input.title?.trim() || html.title || html.docTitle || firstHeading || firstLine || fromFile;
  const title = rawTitle ? clip(stripSiteSuffix(rawTitle, outlet, host), 300) : null;

  const lines = leadLines(input.blocks, input.removed);
  let author = clip(html.author, 200);
  if (!author) for (const l of lines) if ((author = findByline(l))) break;

  let publishedAt = normaliseTimestamp(html.published);
  if (!publishedAt) for (const l of lines) if ((publishedAt = findDate(l))) break;

  return {
    title,
    outlet,
    author,
    publishedAt,
    canonicalUrl,
    language: detectLanguage(input.text, html.lang),
    wordCount: countWordsOf(input.text),
    contentHash: contentHash(input.text),
  };
}
