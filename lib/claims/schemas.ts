// Inputs of claim mutations. Messages are translation keys under "errors". Shared by the server
// actions, the API and the client forms (no server imports).
import { z } from "zod";

import { textPositionSelectorSchema, textQuoteSelectorSchema } from "@/lib/anchoring/selectors";

import { CLAIM_PRIORITIES, EVIDENCE_STANCES } from "./types";

export const MAX_STATEMENT = 2000;
export const MAX_TAGS = 20;
export const MAX_QUANTITIES = 20;
export const MAX_SPEAKERS = 10;
export const MAX_EXCERPT = 5000;

const id = z.uuid({ error: "notFound" });
const version = z.coerce.number().int().min(1);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "invalidDate");

export const tagSchema = z
  .string()
  .trim()
  .min(1)
  .max(40, "tagTooLong")
  .transform((s) => s.normalize("NFC").toLocaleLowerCase("fr").replace(/\s+/g, " "));

export const quantitySchema = z.object({
  value: z.number().finite(),
  max: z.number().finite().nullable().optional(),
  unit: z.string().trim().max(60),
  text: z.string().trim().max(200),
  approximate: z.boolean().default(false),
  lowerBound: z.boolean().default(false),
  upperBound: z.boolean().default(false),
  range: z.boolean().default(false),
});

/** Any JSON object: the rationale is checked against lib/editor/rationale.ts on the server. */
const richText = z.record(z.string(), z.unknown()).nullable();

export const createClaimSchema = z.object({
  articleId: id,
  /** The article version the selection was made on (must be the current one). */
  articleVersion: version,
  quote: textQuoteSelectorSchema.extend({ exact: z.string().min(1, "claimQuoteEmpty").max(5000, "claimQuoteTooLong") }),
  position: textPositionSelectorSchema,
  statement: z.string().trim().max(MAX_STATEMENT, "statementTooLong").optional(),
});
export type CreateClaimInput = z.input<typeof createClaimSchema>;

/** The editable fields of a claim; absent fields are left as they are. */
export const claimPatchSchema = z
  .object({
    statement: z.string().trim().max(MAX_STATEMENT, "statementTooLong"),
    rationale: richText,
    speakerIds: z.array(id).max(MAX_SPEAKERS, "tooManySpeakers"),
    claimDate: isoDate.nullable(),
    firstSeenUrl: z.url({ protocol: /^https?$/, error: "invalidUrl" }).max(2000).nullable(),
    firstSeenAt: isoDate.nullable(),
    tags: z.array(tagSchema).max(MAX_TAGS, "tooManyTags"),
    priority: z.enum(CLAIM_PRIORITIES),
    assigneeId: id.nullable(),
    quantities: z.array(quantitySchema).max(MAX_QUANTITIES, "tooManyQuantities"),
  })
  .partial()
  .strict();
export type ClaimPatch = z.input<typeof claimPatchSchema>;

export const updateClaimSchema = z.object({ claimId: id, expectedVersion: version, patch: claimPatchSchema });
export type UpdateClaimInput = z.input<typeof updateClaimSchema>;

export const setVerdictSchema = z.object({
  claimId: id,
  expectedVersion: version,
  verdictId: id,
  /** Replaces the claim's rationale when given (null clears it). */
  rationale: richText.optional(),
});
export type SetVerdictInput = z.input<typeof setVerdictSchema>;

export const deleteClaimSchema = z.object({ claimId: id, expectedVersion: version });
export type DeleteClaimInput = z.input<typeof deleteClaimSchema>;

/** Places an orphan (or any claim) on a new selection of the article's current version. */
export const reattachClaimSchema = z.object({
  claimId: id,
  expectedVersion: version,
  articleVersion: version,
  quote: textQuoteSelectorSchema,
  position: textPositionSelectorSchema,
});
export type ReattachClaimInput = z.input<typeof reattachClaimSchema>;

export const addEvidenceSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("url"),
    claimId: id,
    stance: z.enum(EVIDENCE_STANCES),
    excerpt: z.string().trim().max(MAX_EXCERPT, "excerptTooLong").default(""),
    title: z.string().trim().max(500).optional(),
    url: z.url({ protocol: /^https?$/, error: "invalidUrl" }).max(2000),
  }),
  z.object({
    kind: z.literal("claim"),
    claimId: id,
    stance: z.enum(EVIDENCE_STANCES),
    excerpt: z.string().trim().max(MAX_EXCERPT, "excerptTooLong").default(""),
    linkedClaimId: id,
  }),
]);
export type AddEvidenceInput = z.input<typeof addEvidenceSchema>;

/** A document upload arrives as FormData: claimId, stance, excerpt, title and `file`. */
export const addDocumentEvidenceSchema = z.object({
  claimId: id,
  stance: z.enum(EVIDENCE_STANCES),
  excerpt: z.string().trim().max(MAX_EXCERPT, "excerptTooLong").default(""),
  title: z.string().trim().max(500).optional(),
  file: z.instanceof(File, { error: "fileMissing" }),
});

export const removeEvidenceSchema = z.object({ evidenceId: id });

/** The "edit text" mode: a corrected document saved as the article's next version. */
export const editArticleTextSchema = z.object({
  articleId: id,
  /** The version the editor started from: saving over a newer one is a conflict. */
  baseVersion: version,
  doc: z.record(z.string(), z.unknown()),
});
export type EditArticleTextInput = z.input<typeof editArticleTextSchema>;
