// Markdown → cleaned blocks. A deliberately small converter rather than a CommonMark parser (none is
// installed, and we only need the structure an article has: headings, paragraphs, lists, quotes and
// links). Emphasis and code marks are reduced to their text, images and raw HTML tags dropped.
import { isSafeHref } from "@/lib/editor/safe-link";
import { normaliseText } from "./normalise";
import { runPipeline } from "./pipeline";
import type { BlockLink, BlockType, Candidate, CleanOptions, CleanResult } from "./types";

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$|^ {0,3}(#{1,6})$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST = /^( *)([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const REF_DEF = /^ {0,3}\[([^\]]+)\]:[ \t]*<?(\S+?)>?(?:[ \t]+["'(].*["')])?[ \t]*$/;

/** http(s) and mailto links only, by the editor's own rule (see lib/editor/safe-link.ts). */
function safeUrl(href: string): string | undefined {
  try {
    const u = new URL(href.trim());
    return isSafeHref(u.href) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Inline Markdown → plain text and link ranges. */
export function parseInline(src: string, refs: ReadonlyMap<string, string> = new Map()): { text: string; links: BlockLink[] } {
  let text = "";
  const links: BlockLink[] = [];
  let i = 0;
  const emitLink = (label: string, href: string | undefined) => {
    const inner = parseInline(label, refs);
    const start = text.length;
    text += inner.text;
    const url = href ? safeUrl(href) : undefined;
    // Links inside the label (not allowed in CommonMark either) are dropped; the outer one wins.
    if (url && text.length > start) links.push({ start, end: text.length, href: url });
  };
  while (i < src.length) {
    const rest = src.slice(i);
    let m: RegExpExecArray | null;
    if (rest[0] === "\\" && rest.length > 1 && /[\\`*_{}[\]()#+\-.!>~|<"']/.test(rest[1]!)) {
      text += rest[1];
      i += 2;
    } else if ((m = /^!\[[^\]]*\]\([^)]*\)/.exec(rest))) {
      i += m[0].length; // images are not article text
    } else if ((m = /^\[([^\]]*)\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))*)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/.exec(rest))) {
      emitLink(m[1]!, m[2]);
      i += m[0].length;
    } else if ((m = /^\[([^\]]+)\]\[([^\]]*)\]/.exec(rest))) {
      emitLink(m[1]!, refs.get((m[2] || m[1]!).toLowerCase()));
      i += m[0].length;
    } else if ((m = /^<((?:https?:\/\/|mailto:)[^>\s]+)>/.exec(rest))) {
      emitLink(m[1]!, m[1]);
      i += m[0].length;
    } else if ((m = /^(`+)([\s\S]*?)\1/.exec(rest))) {
      text += m[2]!.trim();
      i += m[0].length;
    } else if ((m = /^<br\s*\/?>/i.exec(rest))) {
      text += "\n";
      i += m[0].length;
    } else if ((m = /^<\/?[a-zA-Z][^>]*>/.exec(rest))) {
      i += m[0].length; // raw HTML tags: dropped, their text kept
    } else if ((m = /^(\*{1,3}|_{1,3}|~~)/.exec(rest))) {
      // Emphasis delimiters touch a word on one side; "5 * 3" and snake_case stay as written.
      const run = m[1]!;
      const before = i > 0 ? src[i - 1]! : " ";
      const after = src[i + run.length] ?? " ";
      const flanking = !/\s/.test(after) || !/\s/.test(before);
      const intraword = /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after);
      if (!flanking || (run[0] === "_" && intraword)) text += run;
      i += run.length;
    } else {
      text += rest[0];
      i++;
    }
  }
  return { text, links };
}

interface RawBlock {
  type: BlockType;
  lines: string[];
  /** Fenced code: lines kept as they are, joined by hard breaks, no inline parsing. */
  verbatim?: boolean;
  level?: number;
  ordered?: boolean;
}

/** Markdown source → raw blocks (line groups with a type). */
function parseBlocks(src: string, refs: Map<string, string>): RawBlock[] {
  const lines = src.split("\n");
  const out: RawBlock[] = [];
  let para: RawBlock | null = null;
  let inFence: string | null = null;
  const close = () => {
    if (para) out.push(para);
    para = null;
  };
  for (let idx = 0; idx < lines.length; idx++) {
    const line = lines[idx]!;
    if (inFence !== null) {
      if (line.trim().startsWith(inFence)) {
        inFence = null;
        close();
      } else (para ??= { type: "paragraph", lines: [], verbatim: true }).lines.push(line);
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      close();
      inFence = fence[1]!.slice(0, 3);
      para = { type: "paragraph", lines: [], verbatim: true };
      continue;
    }
    if (line.trim() === "") {
      close();
      continue;
    }
    const def = REF_DEF.exec(line);
    if (def) {
      refs.set(def[1]!.toLowerCase(), def[2]!);
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      close();
      out.push({ type: "heading", level: Math.min(4, (atx[1] ?? atx[3]!).length), lines: [atx[2] ?? ""] });
      continue;
    }
    const current = para as RawBlock | null;
    if (current?.type === "paragraph" && SETEXT.exec(line)) {
      current.type = "heading";
      current.level = line.trim().startsWith("=") ? 1 : 2;
      close();
      continue;
    }
    if (RULE.test(line)) {
      close();
      continue;
    }
    const quote = /^ {0,3}>[ \t]?(.*)$/.exec(line);
    if (quote) {
      if (current?.type !== "quote") {
        close();
        para = { type: "quote", lines: [] };
      }
      const inner = quote[1]!;
      if (inner.trim() === "") close(); // a blank ">" line separates quoted paragraphs
      else (para as RawBlock | null)?.lines.push(inner);
      continue;
    }
    const item = LIST.exec(line);
    if (item) {
      close();
      para = { type: "list-item", ordered: /\d/.test(item[2]!), lines: [item[3]!] };
      continue;
    }
    // Indented continuation of a list item, or a lazy continuation of any open block.
    if (current) current.lines.push(line.trim());
    else para = { type: "paragraph", lines: [line.trim()] };
  }
  close();
  return out;
}

/** Cleans Markdown: structure from the Markdown, then the same line rules as plain text. */
export function cleanMarkdown(md: string, opts: CleanOptions = {}): CleanResult {
  const refs = new Map<string, string>();
  // Two trailing spaces are a hard break in Markdown; normalisation trims them, so they become the
  // other hard-break spelling (a trailing backslash) first.
  const raw = parseBlocks(normaliseText(md.replace(/\r\n?/g, "\n").replace(/(\S) {2,}\n(?=.*\S)/g, "$1\\\n")), refs);
  const cands: Candidate[] = raw.map((b) => {
    if (b.verbatim) {
      const code = b.lines.join("\n").replace(/^\n+|\s+$/g, "");
      return { source: b.lines.join("\n"), text: code, type: "paragraph", links: [], gapBefore: true };
    }
    // Soft line breaks are spaces; two trailing spaces or a backslash make a hard break.
    const joined = b.lines
      .map((l, k) => (k < b.lines.length - 1 && (/ {2,}$/.test(l) || /\\$/.test(l)) ? `${l.replace(/(?: {2,}|\\)$/, "")}<br>` : l.trim()))
      .join(" ")
      .replace(/<br> /g, "<br>");
    const { text, links } = parseInline(joined, refs);
    const trimmedStart = text.length - text.trimStart().length;
    const clean = text.trim();
    const cand: Candidate = {
      source: b.lines.join("\n"),
      text: clean,
      type: b.type,
      links: links.map((l) => ({ ...l, start: l.start - trimmedStart, end: Math.min(clean.length, l.end - trimmedStart) })).filter((l) => l.start >= 0 && l.end > l.start),
      gapBefore: true,
    };
    if (b.level !== undefined) cand.level = b.level;
    if (b.ordered !== undefined) cand.ordered = b.ordered;
    return cand;
  });
  return runPipeline(cands, opts, { inferHeadings: false });
}
