// Shapes shared by the cleaning modules. A Block is one paragraph-level unit of the cleaned article;
// the plain text is the blocks' texts joined by blank lines (see blocks.ts), and claim anchors index
// into that text, so a Block's `text` is the exact characters it contributes.

export type BlockType = "heading" | "paragraph" | "quote" | "list-item";

/** A link over `text.slice(start, end)` (UTF-16 offsets within the block). Only http(s)/mailto hrefs. */
export interface BlockLink {
  start: number;
  end: number;
  href: string;
}

export interface Block {
  type: BlockType;
  /** The block's text. May contain single "\n" (hard breaks), never a blank line. */
  text: string;
  /** Heading level 1–4 (headings only). */
  level?: number;
  /** Numbered list (list items only). */
  ordered?: boolean;
  links?: BlockLink[];
}

/** Why a line was taken out of the article. */
export type RemovalReason =
  | "share"
  | "comments"
  | "newsletter"
  | "navigation"
  | "most-read"
  | "cookie"
  | "related"
  | "repeated-headline"
  | "byline-noise"
  | "media-credit"
  | "advert"
  | "separator";

export interface RemovedLine {
  /**
   * Stable id: a hash of the line's matchKey and its occurrence index among lines with the same
   * matchKey. Unchanged by edits elsewhere in the input, so `keep: [id]` restores it on a re-run.
   */
  id: string;
  /** The line exactly as it was in the (normalised) input. */
  text: string;
  reason: RemovalReason;
  /** The id of the rule that matched (see rules.ts). */
  rule: string;
  /** Index of the block this line stood before in the cleaned result (= blocks.length at the end). */
  position: number;
}

export interface CleanOptions {
  /** The article's title when known (form field, og:title): copies of it at the top are removed. */
  title?: string;
  /** Ids of removed lines to keep (the "restore" action re-runs cleaning with them). */
  keep?: readonly string[];
}

export interface CleanResult {
  /** The cleaned plain text: `blocksToText(blocks)`. */
  text: string;
  blocks: Block[];
  removed: RemovedLine[];
}

/**
 * A line or block before cleaning decisions. `type` is set when the source says what it is (HTML,
 * Markdown) and left undefined for plain text, where it is inferred after paragraph repair.
 * @internal
 */
export interface Candidate {
  /** The line as it appeared in the input (what RemovedLine.text reports). */
  source: string;
  /** The content: `source` without a list or quote marker, trimmed. */
  text: string;
  type?: BlockType;
  level?: number;
  ordered?: boolean;
  links: BlockLink[];
  /** Plain text: a blank line separates this line from the previous one. */
  gapBefore: boolean;
}
