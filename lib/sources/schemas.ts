// Inputs of the sources registry (issue 4). Messages are translation keys under "errors". Shared by
// the server actions, the claim panel's speaker picker and the client forms (no server imports).
import { z } from "zod";

import { RELIABILITIES, SOURCE_KINDS } from "@/lib/claims/types";

export const MAX_SOURCE_NAME = 300;
export const MAX_SOURCE_DESCRIPTION = 500;
export const MAX_ALIASES = 30;
export const MAX_RELIABILITY_NOTE = 2000;
export const SEARCH_LIMIT_DEFAULT = 10;
export const SEARCH_LIMIT_MAX = 50;

const id = z.uuid({ error: "notFound" });

/** NFC, whitespace runs (NBSP included) folded to one space: "Valeri  Guérassimov" is one name. */
function tidy(s: string): string {
  return s.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Forms send "" for an empty field: treat it as "no value". */
const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

const name = z
  .string({ error: "sourceNameRequired" })
  .transform(tidy)
  .pipe(z.string().min(1, "sourceNameRequired").max(MAX_SOURCE_NAME, "sourceNameTooLong"));

const kind = z.enum(SOURCE_KINDS, { error: "sourceKindInvalid" });

const description = z.preprocess(
  emptyToNull,
  z.string().transform(tidy).pipe(z.string().max(MAX_SOURCE_DESCRIPTION, "sourceDescriptionTooLong")).nullable(),
);

const url = z.preprocess(
  emptyToNull,
  z.string().trim().pipe(z.url({ protocol: /^https?$/, error: "sourceUrlInvalid" }).max(2000, "sourceUrlInvalid")).nullable(),
);

/** ISO 3166-1 alpha-2, stored upper-case ("fr" → "FR"). */
const country = z.preprocess(
  emptyToNull,
  z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{2}$/, "countryInvalid"))
    .nullable(),
);

/**
 * Other names the source goes by. A form sends one alias per line; JSON callers send an array.
 * Empty entries are dropped and repeats (ignoring case and accents) kept once.
 */
export const aliasesSchema = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/\r?\n/) : v ?? []),
  z
    .array(z.string().transform(tidy).pipe(z.string().max(MAX_SOURCE_NAME, "aliasTooLong")))
    .transform((list) => {
      const seen = new Set<string>();
      return list.filter((a) => {
        const k = foldName(a);
        if (!a || seen.has(k)) return false;
        seen.add(k);
        return true;
      });
    })
    .pipe(z.array(z.string()).max(MAX_ALIASES, "tooManyAliases")),
);

/**
 * The comparison key of a name in JavaScript, matching the database's
 * `lower(unaccent(...))` closely enough for de-duplicating a form's aliases.
 */
export function foldName(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘ʼ]/gu, "'")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();
}

const kindsList = z.preprocess(
  (v) => (typeof v === "string" ? (v ? v.split(",") : undefined) : v),
  z.array(kind).max(SOURCE_KINDS.length).optional(),
);

/** The speaker picker's search: accent-, case- and alias-insensitive; empty `q` lists the most used. */
export const searchSourcesSchema = z.object({
  q: z.preprocess((v) => v ?? "", z.string().transform(tidy).pipe(z.string().max(200))),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMIT_MAX).default(SEARCH_LIMIT_DEFAULT),
  kinds: kindsList,
});
export type SearchSourcesInput = z.input<typeof searchSourcesSchema>;

export const createSourceSchema = z.object({
  name,
  kind,
  description: description.optional(),
  url: url.optional(),
  country: country.optional(),
  aliases: aliasesSchema.optional(),
});
export type CreateSourceInput = z.input<typeof createSourceSchema>;

/** The editable fields; absent ones are left as they are, null (or "") clears an optional one. */
export const updateSourceSchema = z.object({
  sourceId: id,
  name: name.optional(),
  kind: kind.optional(),
  description: description.optional(),
  url: url.optional(),
  country: country.optional(),
  aliases: aliasesSchema.optional(),
});
export type UpdateSourceInput = z.input<typeof updateSourceSchema>;

export const setReliabilitySchema = z.object({
  sourceId: id,
  rating: z.enum(RELIABILITIES, { error: "reliabilityInvalid" }),
  note: z.preprocess(
    emptyToNull,
    z.string().trim().max(MAX_RELIABILITY_NOTE, "reliabilityNoteTooLong").nullable().optional(),
  ),
});
export type SetReliabilityInput = z.input<typeof setReliabilitySchema>;

/** `mergeId` disappears into `keepId`. */
export const mergeSourcesSchema = z.object({ keepId: id, mergeId: id });
export type MergeSourcesInput = z.input<typeof mergeSourcesSchema>;

export const deleteSourceSchema = z.object({ sourceId: id });
export type DeleteSourceInput = z.input<typeof deleteSourceSchema>;

/** The list page's URL parameters; anything unexpected falls back to the defaults. */
export const listSourcesSchema = z.object({
  q: z.string().transform(tidy).pipe(z.string().max(200)).optional().catch(undefined),
  kind: kind.optional().catch(undefined),
  reliability: z.enum(RELIABILITIES).optional().catch(undefined),
  /** Opaque keyset cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(1000).optional().catch(undefined),
  pageSize: z.coerce.number().int().min(10).max(100).catch(50),
});
export type ListSourcesInput = Partial<Record<keyof z.output<typeof listSourcesSchema>, unknown>>;
