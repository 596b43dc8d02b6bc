// The article cleaning engine: one entry point for every import source (paste, files, URLs, CLI,
// worker). Pure and synchronous; safe on hostile input (never throws on bad text or HTML, never
// keeps anything executable).
import type { JSONContent } from "@tiptap/core";
import { extractMetadata, type ArticleMetadata } from "../metadata";
import { blocksToDoc } from "./blocks";
import { cleanHtml } from "./html";
import { cleanMarkdown } from "./markdown";
import { cleanPlainText } from "./plain-text";
import type { Block, CleanResult, RemovedLine } from "./types";

export { blockRanges, blocksToDoc, blocksToText } from "./blocks";
export { cleanHtml, type CleanHtmlOptions, type CleanHtmlResult } from "./html";
export { cleanMarkdown } from "./markdown";
export { matchKey, normaliseChars, normaliseText } from "./normalise";
export { cleanPlainText } from "./plain-text";
export { RULES, type BoilerplateRule } from "./rules";
export type { Block, BlockLink, BlockType, CleanOptions, CleanResult, RemovalReason, RemovedLine } from "./types";

export type ArticleInputKind = "text" | "markdown" | "html";

export interface CleanArticleInput {
  kind: ArticleInputKind;
  /** The decoded content (see ../decode.ts for bytes). */
  content: string;
  /** Where it came from: resolves relative links, gives the outlet and canonical URL. */
  url?: string;
  fileName?: string;
  /** A title typed by the user: wins over the detected one, and copies of it atop the text go. */
  title?: string;
  /** Removed-line ids to restore. */
  keep?: readonly string[];
}

export interface CleanedArticle {
  /** The cleaned plain text (claim anchors index into it). */
  text: string;
  /** The tiptap document of the same blocks, validated against the editor schema. */
  doc: JSONContent;
  blocks: Block[];
  /** What was taken out, in input order, each restorable through `keep`. */
  removed: RemovedLine[];
  metadata: ArticleMetadata;
}

/** Cleans one article of any supported kind and extracts its metadata. */
export function cleanArticle(input: CleanArticleInput): CleanedArticle {
  const opts = { title: input.title, keep: input.keep };
  let result: CleanResult;
  let detectedTitle: string | undefined;
  if (input.kind === "html") {
    const r = cleanHtml(input.content, { ...opts, url: input.url });
    result = r;
    detectedTitle = r.title;
  } else if (input.kind === "markdown") {
    result = cleanMarkdown(input.content, opts);
  } else {
    result = cleanPlainText(input.content, opts);
  }
  const metadata = extractMetadata({
    text: result.text,
    blocks: result.blocks,
    html: input.kind === "html" ? input.content : undefined,
    url: input.url,
    fileName: input.fileName,
    title: input.title,
    removed: result.removed,
  });
  if (!input.title && !metadata.title && detectedTitle) metadata.title = detectedTitle;
  return { text: result.text, doc: blocksToDoc(result.blocks), blocks: result.blocks, removed: result.removed, metadata };
}
