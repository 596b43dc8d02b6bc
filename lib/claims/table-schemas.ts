// The workspace-wide claims table (issue 4): its URL parameters, its bulk-action inputs and the
// row shape it shows. No server imports: the filter bar, the bulk bar and the server actions share
// these. URL values are user input, so every parameter falls back to its default when it is bad
// (like lib/articles/schemas.ts); bulk inputs are strict (messages are keys under "errors").
import { z } from "zod";

import { tagSchema } from "./schemas";
import type { MemberRef } from "./types";

export const CLAIM_SORTS = ["updatedAt", "claimDate", "createdAt", "verdict"] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];
/** Which date the date range filters on. */
export const CLAIM_DATE_FIELDS = ["updatedAt", "claimDate"] as const;
export type ClaimDateField = (typeof CLAIM_DATE_FIELDS)[number];

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;
/** Most ids one bulk action takes (a few pages of the table). */
export const MAX_BULK_IDS = 500;
/** Most verdicts one filter names. */
const MAX_VERDICT_FILTER = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: unknown): s is string => typeof s === "string" && UUID.test(s);

/** "" and null (an emptied form field, `?q=`) mean "not set". */
const blank = (v: unknown) => (v === "" || v === null ? undefined : v);
/** An optional URL parameter: absent, or falls back to absent when invalid. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional()).catch(undefined);

const uuidParam = optional(z.string().trim().regex(UUID).transform((s) => s.toLowerCase()));
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));
/** A cursor is base64url text; what it holds is checked when it is decoded (lib/claims/table.ts). */
const cursor = optional(z.string().regex(/^[A-Za-z0-9_-]{1,400}$/));

/** `verdict=a&verdict=b` or `verdict=a,b`; entries that are not ids are dropped. */
const verdictList = z
  .preprocess((v) => (v === undefined || v === null ? [] : (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(","))), z.array(z.string()))
  .transform((list) => [...new Set(list.map((s) => s.trim().toLowerCase()).filter(isUuid))].slice(0, MAX_VERDICT_FILTER))
  .catch([]);

/** `me`, `unassigned` or a member's user id. */
const assignee = optional(z.union([z.literal("me"), z.literal("unassigned"), z.string().trim().regex(UUID).transform((s) => s.toLowerCase())]));

/** The claims table's URL parameters; anything unexpected falls back to the defaults. */
export const listClaimsSchema = z.object({
  /** Words in the statement or the quote (case- and accent-insensitive). */
  q: optional(z.string().trim().min(1).max(200)),
  verdict: verdictList,
  /** A source that spoke the claim. */
  speaker: uuidParam,
  /** A source that spoke the claim, or the outlet that carried it (the article's outlet matches its name or an alias). */
  source: uuidParam,
  tag: optional(tagSchema),
  assignee,
  article: uuidParam,
  dateField: z.enum(CLAIM_DATE_FIELDS).catch("updatedAt"),
  /** YYYY-MM-DD, inclusive (updatedAt days are UTC days). */
  from: optional(isoDate),
  to: optional(isoDate),
  sort: z.enum(CLAIM_SORTS).catch("updatedAt"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  /** Opaque keyset cursors: the page after / before this row. `after` wins when both are given. */
  after: cursor,
  before: cursor,
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(DEFAULT_PAGE_SIZE),
});
export type ListClaimsParams = z.output<typeof listClaimsSchema>;
/** Raw parameters (e.g. URL search params): each is validated, bad values fall back. */
export type ListClaimsInput = Partial<Record<keyof ListClaimsParams, unknown>>;

/** The filter parameters (everything but sort and paging). */
export const FILTER_KEYS = ["q", "verdict", "speaker", "source", "tag", "assignee", "article", "dateField", "from", "to"] as const satisfies readonly (keyof ListClaimsParams)[];

/** True when any filter narrows the list (dateField alone does not). */
export function hasFilters(p: ListClaimsParams): boolean {
  return Boolean(p.q || p.verdict.length > 0 || p.speaker || p.source || p.tag || p.assignee || p.article || p.from || p.to);
}

/**
 * The query string for `p` (leading "?", or "" when everything is default), leaving defaults out
 * so URLs stay short. Shared by the page's links and the filter bar.
 */
export function claimsQuery(p: Partial<ListClaimsParams>): string {
  const qs = new URLSearchParams();
  if (p.q) qs.set("q", p.q);
  for (const v of p.verdict ?? []) qs.append("verdict", v);
  if (p.speaker) qs.set("speaker", p.speaker);
  if (p.source) qs.set("source", p.source);
  if (p.tag) qs.set("tag", p.tag);
  if (p.assignee) qs.set("assignee", p.assignee);
  if (p.article) qs.set("article", p.article);
  if (p.dateField && p.dateField !== "updatedAt") qs.set("dateField", p.dateField);
  if (p.from) qs.set("from", p.from);
  if (p.to) qs.set("to", p.to);
  if (p.sort && p.sort !== "updatedAt") qs.set("sort", p.sort);
  if (p.dir && p.dir !== "desc") qs.set("dir", p.dir);
  if (p.pageSize && p.pageSize !== DEFAULT_PAGE_SIZE) qs.set("pageSize", String(p.pageSize));
  if (p.after) qs.set("after", p.after);
  else if (p.before) qs.set("before", p.before);
  const s = qs.toString();
  return s ? `?${s}` : "";
}

// ── Bulk actions ──

const claimIds = z
  .array(z.uuid({ error: "notFound" }), { error: "bulkNoClaims" })
  .min(1, "bulkNoClaims")
  .max(MAX_BULK_IDS, "bulkTooManyClaims")
  .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]);

export const bulkAssignSchema = z.object({
  claimIds,
  /** A member's user id, or null to unassign. */
  assigneeId: z.uuid({ error: "assigneeNotMember" }).nullable(),
});
export type BulkAssignInput = z.input<typeof bulkAssignSchema>;

export const bulkTagSchema = z
  .object({
    claimIds,
    add: z.array(tagSchema).max(20, "tooManyTags").default([]),
    remove: z.array(tagSchema).max(20, "tooManyTags").default([]),
  })
  .refine((v) => v.add.length + v.remove.length > 0, { message: "bulkNoTags", path: ["add"] });
export type BulkTagInput = z.input<typeof bulkTagSchema>;

export const bulkSetVerdictSchema = z.object({
  claimIds,
  verdictId: z.uuid({ error: "verdictNotFound" }),
});
export type BulkSetVerdictInput = z.input<typeof bulkSetVerdictSchema>;

/**
 * Why a bulk action left a claim alone: not in this workspace (or deleted meanwhile), already
 * as asked, too many tags, or a verdict rule (lib/claims/rules.ts).
 */
export type BulkSkipReason = "notFound" | "unchanged" | "tooManyTags" | "verdictNeedsRationale" | "verdictNeedsEvidence" | "verdictRetired";

export interface BulkResult {
  updated: string[];
  skipped: { id: string; reason: BulkSkipReason }[];
}

// ── Rows ──

/** One row of the claims table: plain data (ISO strings), safe to hand to client components. */
export interface ClaimTableRow {
  id: string;
  version: number;
  quote: string;
  statement: string;
  speakers: { id: string; name: string }[];
  article: { id: string; title: string };
  verdictId: string;
  assignee: MemberRef | null;
  tags: string[];
  anchorStatus: "anchored" | "orphan";
  /** YYYY-MM-DD */
  claimDate: string | null;
  createdAt: string;
  updatedAt: string;
  /** With evidenceCount: lets the bulk verdict bar say beforehand which claims the rules will skip. */
  hasRationale: boolean;
  evidenceCount: number;
}
