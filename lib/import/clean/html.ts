// HTML → cleaned blocks. The page is parsed with linkedom (no scripts run, no network), stripped of
// everything executable or navigational, reduced to its article by Readability when it is a full
// page, and walked into the same candidates as plain text so the same line rules apply. Nothing of
// the HTML survives but text, structure and http(s) links.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { stripSiteSuffix } from "../metadata";
import { isSafeHref } from "@/lib/editor/safe-link";
import { matchKey, normaliseChars } from "./normalise";
import { runPipeline } from "./pipeline";
import type { BlockLink, BlockType, Candidate, CleanOptions, CleanResult } from "./types";

export interface CleanHtmlOptions extends CleanOptions {
  /** The page's URL: relative links are resolved against it (and dropped without it). */
  url?: string;
}

export interface CleanHtmlResult extends CleanResult {
  /** The headline of a full page (its level-1 heading, else og:title or <title> without the site name). */
  title?: string;
}

// Elements dropped with their content: executable, embedded, interactive, or page chrome.
const DROP = new Set([
  "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math",
  "canvas", "form", "input", "button", "select", "textarea", "option", "label", "nav", "aside", "footer", "link", "meta",
  "base", "img", "picture", "video", "audio", "source", "track", "map", "area", "dialog", "head", "title", "menu",
]);
const DROP_ROLES = /^(navigation|banner|contentinfo|complementary|search|dialog|alertdialog|menu|menubar|toolbar)$/i;
const URL_ATTRS = ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data", "background"];

const BLOCK_TAGS = new Set([
  "address", "article", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "hgroup",
  "hr", "html", "main", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "caption",
]);

type El = Element;

/** Only absolute http(s) links survive (resolved against the page URL when relative). */
function safeHref(href: string | null, base: string | undefined): string | undefined {
  if (!href) return undefined;
  const cleaned = href.trim().replace(/[\u0000-\u0020]/g, "");
  try {
    const url = base ? new URL(cleaned, base) : new URL(cleaned);
    return (url.protocol === "http:" || url.protocol === "https:") && isSafeHref(url.href) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function isHidden(el: El): boolean {
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const role = el.getAttribute("role");
  if (role && DROP_ROLES.test(role)) return true;
  const style = el.getAttribute("style") ?? "";
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * Removes executable and non-article elements and every event handler and non-http(s) URL
 * attribute. `<header>` goes unless it sits inside the <article>/<main> (where it holds the headline).
 */
function sanitise(root: El): void {
  for (const el of Array.from(root.querySelectorAll("*")) as El[]) {
    if (!el.parentNode) continue;
    const tag = el.tagName.toLowerCase();
    if (DROP.has(tag) || tag.includes(":") || isHidden(el) || (tag === "header" && !el.closest("article, main"))) {
      el.remove();
      continue;
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on") || name === "style" || name === "srcdoc") el.removeAttribute(attr.name);
      else if (URL_ATTRS.includes(name) && /^\s*(javascript|vbscript|data|file)\s*:/i.test(attr.value.replace(/[\u0000-\u0020]/g, ""))) {
        el.removeAttribute(attr.name);
      }
    }
  }
}

interface Ctx {
  out: Candidate[];
  base: string | undefined;
  /** Innermost block context: what the buffered text becomes. */
  stack: { type: BlockType; level?: number; ordered?: boolean }[];
  text: string;
  links: BlockLink[];
  /** Inside <pre>: keep line breaks. */
  pre: number;
}

function flush(ctx: Ctx): void {
  let text = ctx.text.replace(/[ \n]+$/, "");
  const links = ctx.links.map((l) => ({ ...l, end: Math.min(l.end, text.length) })).filter((l) => l.end > l.start);
  ctx.text = "";
  ctx.links = [];
  text = text.replace(/\n{2,}/g, "\n");
  if (text.trim() === "") return;
  const top = ctx.stack.at(-1) ?? { type: "paragraph" as const };
  const cand: Candidate = { source: text, text, type: top.type, links, gapBefore: true };
  if (top.level !== undefined) cand.level = top.level;
  if (top.ordered !== undefined) cand.ordered = top.ordered;
  ctx.out.push(cand);
}

function append(ctx: Ctx, raw: string): void {
  // HTML whitespace (not U+00A0, which is content) collapses to one space; none at a line start.
  const chars = normaliseChars(raw);
  let s = ctx.pre > 0 ? chars : chars.replace(/[ \t\n]+/g, " ");
  if (ctx.text === "" || ctx.text.endsWith(" ") || ctx.text.endsWith("\n")) s = s.replace(/^ +/, "");
  ctx.text += s;
}

function hardBreak(ctx: Ctx): void {
  if (ctx.text === "") return;
  const trimmed = ctx.text.replace(/ +$/, "");
  ctx.links.forEach((l) => (l.end = Math.min(l.end, trimmed.length)));
  ctx.text = trimmed + "\n";
}

function withBlock(ctx: Ctx, block: Ctx["stack"][number], fn: () => void): void {
  flush(ctx);
  ctx.stack.push(block);
  fn();
  flush(ctx);
  ctx.stack.pop();
}

function walk(node: Node, ctx: Ctx): void {
  if (node.nodeType === 3) {
    append(ctx, node.nodeValue ?? "");
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as El;
  const tag = el.tagName.toLowerCase();
  const children = () => el.childNodes.forEach((c) => walk(c, ctx));
  const top = ctx.stack.at(-1);

  const heading = /^h([1-6])$/.exec(tag);
  if (heading) return withBlock(ctx, { type: "heading", level: Math.min(4, Number(heading[1])) }, children);
  switch (tag) {
    case "br":
      return hardBreak(ctx);
    case "p":
      // A paragraph inside a list item or a quote stays that.
      return withBlock(ctx, top && top.type !== "heading" ? top : { type: "paragraph" }, children);
    case "ul":
    case "ol":
      return withBlock(ctx, { type: "list-item", ordered: tag === "ol" }, children);
    case "li":
      return withBlock(ctx, { type: "list-item", ordered: top?.type === "list-item" ? top.ordered : false }, children);
    case "blockquote":
      return withBlock(ctx, { type: "quote" }, children);
    case "pre":
      ctx.pre++;
      withBlock(ctx, top ?? { type: "paragraph" }, children);
      ctx.pre--;
      return;
    case "a": {
      const start = ctx.text.length;
      children();
      const href = safeHref(el.getAttribute("href"), ctx.base);
      const end = ctx.text.replace(/ +$/, "").length;
      const lead = ctx.text.slice(start).length - ctx.text.slice(start).trimStart().length;
      if (href && end > start + lead) ctx.links.push({ start: start + lead, end, href });
      return;
    }
  }
  if (BLOCK_TAGS.has(tag) || tag === "header") {
    // Generic containers: their text is its own block, in the surrounding list/quote context.
    flush(ctx);
    children();
    flush(ctx);
    return;
  }
  children();
}

/** A whole page (Readability applies) rather than a fragment pasted from the clipboard. */
const isFullPage = (html: string) => /<(html|head|body)[\s>]|<!doctype/i.test(html);

/** Parses a page or a fragment. Fragments get a document around them (linkedom needs one). */
function parse(html: string): Document {
  const { document } = parseHTML(isFullPage(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  return document as unknown as Document;
}

function bodyOf(doc: Document): El | null {
  return (doc.body as El | null) ?? (doc.documentElement as El | null);
}

function walkToCandidates(root: El, base: string | undefined): Candidate[] {
  const ctx: Ctx = { out: [], base, stack: [], text: "", links: [], pre: 0 };
  walk(root, ctx);
  flush(ctx);
  return ctx.out;
}

/**
 * Readability turns the article's <h1> into an <h2> and may lift it out altogether. When the content
 * starts with a heading that is the page title (or contains it, or is contained in it), it becomes
 * the level-1 headline again; otherwise the title is put back on top.
 */
function placeHeadline(cands: Candidate[], title: string): void {
  const t = matchKey(title);
  const first = cands[0];
  if (first?.type === "heading") {
    const h = matchKey(first.text);
    // "Headline | Site" titles: any substantial part of the title will do.
    const parts = [t, ...t.split(/\s+[|–—-]\s+/).filter((p) => p.length >= 8)];
    if (parts.some((p) => h === p || h.includes(p) || p.includes(h))) {
      first.level = 1;
      return;
    }
  }
  if (!cands.slice(0, 3).some((c) => matchKey(c.text) === t)) {
    cands.unshift({ source: title, text: title, type: "heading", level: 1, links: [], gapBefore: true });
  }
}

/**
 * Cleans an HTML page or fragment into blocks. Full pages (with <html>/<body>) go through
 * Readability; when it finds nothing (or for a fragment) the whole sanitised body is used. Never
 * throws on broken HTML: the parser repairs what it can and the result may simply be empty.
 */
export function cleanHtml(html: string, opts: CleanHtmlOptions = {}): CleanHtmlResult {
  const base = safeHref(opts.url ?? null, undefined);
  let cands: Candidate[] = [];
  let title: string | undefined;
  let fromReadability = false;
  try {
    const doc = parse(html);
    const body = bodyOf(doc);
    if (body) sanitise(body);
    if (isFullPage(html) && body) {
      const meta = (name: string) => doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute("content")?.trim() || undefined;
      const ogTitle = meta("og:title") ?? meta("twitter:title");
      const siteName = meta("og:site_name") ?? null;
      const host = base ? new URL(base).hostname.replace(/^www\./, "") : null;
      const bodyText = (body.textContent ?? "").trim().length;
      try {
        const article = new Readability(doc, { keepClasses: false }).parse();
        if (article?.content && (article.textContent ?? "").trim().length >= Math.min(200, bodyText * 0.25)) {
          const root = bodyOf(parse(`<div>${article.content}</div>`));
          if (root) {
            sanitise(root);
            cands = walkToCandidates(root, base);
            fromReadability = true;
          }
        }
        const found = ogTitle ?? article?.title ?? undefined;
        title = found ? stripSiteSuffix(found.trim(), siteName, host) || undefined : undefined;
      } catch {
        // Readability gave up on this page: the sanitised body below is the article.
      }
    }
    if (cands.length === 0) {
      const root = bodyOf(parse(html));
      if (root) {
        sanitise(root);
        cands = walkToCandidates(root, base);
      }
    }
  } catch {
    cands = [];
  }
  if (fromReadability && title) placeHeadline(cands, title);
  const result = runPipeline(cands, { title: opts.title ?? title, keep: opts.keep }, { inferHeadings: false });
  const headline = result.blocks[0]?.type === "heading" && result.blocks[0].level === 1 ? result.blocks[0].text : title;
  return headline ? { ...result, title: headline } : result;
}
