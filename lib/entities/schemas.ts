// Inputs of the entity registry (issue 5). Messages are translation keys under "errors". Shared by
// the server actions and the client forms (no server imports).
import { z } from "zod";

import { ENTITY_TYPES } from "./types";

export const MAX_ENTITY_NAME = 300;
export const MAX_ENTITY_DESCRIPTION = 500;
export const MAX_ENTITY_ALIASES = 50;
export const ENTITY_SEARCH_LIMIT_DEFAULT = 10;
export const ENTITY_SEARCH_LIMIT_MAX = 50;
export const MAX_SPLIT_ALIASES = 200;

const id = z.uuid({ error: "notFound" });

/** NFC, whitespace runs (NBSP included) folded to one space: "Valeri  Guérassimov" is one name. */
export function tidy(s: string): string {
  return s.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/**
 * The comparison key of a spelling for "is this the same word": case, accents and typographic
 * apostrophes ignored, nothing else. Transliteration is a different question (normaliseName).
 */
export function foldSpelling(s: string): string {
  return tidy(s)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘ʼ]/gu, "'")
    .toLowerCase();
}

/** Forms send "" for an empty field: treat it as "no value". */
const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

const name = z
  .string({ error: "entityNameRequired" })
  .transform(tidy)
  .pipe(z.string().min(1, "entityNameRequired").max(MAX_ENTITY_NAME, "entityNameTooLong"));

const type = z.enum(ENTITY_TYPES, { error: "entityTypeInvalid" });

const description = z.preprocess(
  emptyToNull,
  z.string().transform(tidy).pipe(z.string().max(MAX_ENTITY_DESCRIPTION, "entityDescriptionTooLong")).nullable(),
);

const aliasText = z
  .string({ error: "entityAliasRequired" })
  .transform(tidy)
  .pipe(z.string().min(1, "entityAliasRequired").max(MAX_ENTITY_NAME, "entityAliasTooLong"));

/** ISO 639-1 ("fr", "uk"), stored lower-case; empty means unknown. */
const language = z.preprocess(
  emptyToNull,
  z
    .string()
    .trim()
    .transform((s) => s.toLowerCase())
    .pipe(z.string().regex(/^[a-z]{2}$/, "entityAliasLanguageInvalid"))
    .nullable(),
);

/**
 * Other spellings given when creating an entity: one per line from a form, an array from JSON.
 * Empty entries are dropped, repeats (ignoring case and accents) kept once.
 */
export const entityAliasesSchema = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/\r?\n/) : (v ?? [])),
  z
    .array(z.string().transform(tidy).pipe(z.string().max(MAX_ENTITY_NAME, "entityAliasTooLong")))
    .transform((list) => {
      const seen = new Set<string>();
      return list.filter((a) => {
        const k = foldSpelling(a);
        if (!a || seen.has(k)) return false;
        seen.add(k);
        return true;
      });
    })
    .pipe(z.array(z.string()).max(MAX_ENTITY_ALIASES, "entityTooManyAliases")),
);

export const createEntitySchema = z.object({
  name,
  type,
  description: description.optional(),
  aliases: entityAliasesSchema.optional(),
});
export type CreateEntityInput = z.input<typeof createEntitySchema>;

/**
 * Rename, retype, redescribe; absent fields stay, null (or "") clears the description. The old
 * name stays as a confirmed alias, so mentions spelled that way still find the entity.
 */
export const updateEntitySchema = z.object({
  entityId: id,
  name: name.optional(),
  type: type.optional(),
  description: description.optional(),
});
export type UpdateEntityInput = z.input<typeof updateEntitySchema>;

/** Confirm or reject one alias (a proposed one, or a confirmed one an editor takes back). */
export const aliasDecisionSchema = z.object({ aliasId: id });
export type AliasDecisionInput = z.input<typeof aliasDecisionSchema>;

/** An alias typed by an editor: confirmed at once. */
export const addAliasSchema = z.object({
  entityId: id,
  alias: aliasText,
  language: language.optional(),
});
export type AddAliasInput = z.input<typeof addAliasSchema>;

/** `mergeId` disappears into `keepId`. */
export const mergeEntitiesSchema = z.object({ keepId: id, mergeId: id });
export type MergeEntitiesInput = z.input<typeof mergeEntitiesSchema>;

/**
 * Moves the chosen aliases (and the claims that mention them) to a new entity, named `name` or,
 * by default, after the first chosen alias, of `type` or the same type.
 */
export const splitEntitySchema = z.object({
  entityId: id,
  aliasIds: z.array(id).min(1, "entitySplitNothing").max(MAX_SPLIT_ALIASES, "entitySplitNothing"),
  name: z.preprocess(emptyToNull, name.nullable()).optional(),
  type: type.optional(),
});
export type SplitEntityInput = z.input<typeof splitEntitySchema>;

export const deleteEntitySchema = z.object({ entityId: id });
export type DeleteEntityInput = z.input<typeof deleteEntitySchema>;

export const claimLinkSchema = z.object({ entityId: id, claimId: id });
export type ClaimLinkInput = z.input<typeof claimLinkSchema>;

const typesFilter = z.enum(ENTITY_TYPES).optional().catch(undefined);

/** The list page's URL parameters; anything unexpected falls back to the defaults. */
export const listEntitiesSchema = z.object({
  q: z.string().transform(tidy).pipe(z.string().max(200)).optional().catch(undefined),
  type: typesFilter,
  /** Opaque keyset cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(1000).optional().catch(undefined),
  pageSize: z.coerce.number().int().min(10).max(100).catch(50),
});
export type ListEntitiesInput = Partial<Record<keyof z.output<typeof listEntitiesSchema>, unknown>>;

/** The merge dialog's and the claim linker's search: alias- and transliteration-aware. */
export const searchEntitiesSchema = z.object({
  q: z.preprocess((v) => v ?? "", z.string().transform(tidy).pipe(z.string().max(200))),
  type: z.enum(ENTITY_TYPES).optional(),
  excludeId: id.optional(),
  limit: z.coerce.number().int().min(1).max(ENTITY_SEARCH_LIMIT_MAX).default(ENTITY_SEARCH_LIMIT_DEFAULT),
});
export type SearchEntitiesInput = z.input<typeof searchEntitiesSchema>;

/** The link dialog's claim search; an empty `q` offers claims that mention the entity's spellings. */
export const searchLinkableClaimsSchema = z.object({
  entityId: id,
  q: z.preprocess((v) => v ?? "", z.string().transform(tidy).pipe(z.string().max(200))),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type SearchLinkableClaimsInput = z.input<typeof searchLinkableClaimsSchema>;

export const expandAliasesSchema = z.object({
  q: z.preprocess((v) => v ?? "", z.string().transform(tidy).pipe(z.string().max(MAX_ENTITY_NAME))),
});
export type ExpandAliasesInput = z.input<typeof expandAliasesSchema>;
