// Inputs of the suggestion queries and mutations. Messages are translation keys under "errors".
// Shared by the server actions and the accept dialog (no server imports).
import { z } from "zod";

import { MAX_QUANTITIES, MAX_SPEAKERS, MAX_STATEMENT, quantitySchema } from "@/lib/claims/schemas";
import { MAX_SOURCE_DESCRIPTION, MAX_SOURCE_NAME } from "@/lib/sources/schemas";

const id = z.uuid({ error: "notFound" });
const version = z.coerce.number().int().min(1);

/** The open suggestions of one article version (the current one when `version` is absent). */
export const listSuggestionsSchema = z.object({ articleId: id, version: version.optional() });
export type ListSuggestionsInput = z.input<typeof listSuggestionsSchema>;

/** "Suggest claims": runs the engine now on the article's current version. */
export const runSuggestionsSchema = z.object({ articleId: id, version });
export type RunSuggestionsInput = z.input<typeof runSuggestionsSchema>;

/** A speaker the registry does not have yet: created (kind by the engine's reading) on accept. */
const newSpeakerSchema = z.object({
  name: z.string().trim().min(1, "sourceNameRequired").max(MAX_SOURCE_NAME, "sourceNameTooLong"),
  description: z.string().trim().max(MAX_SOURCE_DESCRIPTION, "sourceDescriptionTooLong").nullable().optional(),
});

/**
 * Accept, or edit then accept. Absent fields take the suggestion's own: its quote as the
 * statement, its speaker (the registry's source, else a new one), its figures. `speakerIds`
 * replaces the speakers outright; `newSpeaker` adds (or finds) one by name.
 */
export const acceptSuggestionSchema = z.object({
  suggestionId: id,
  statement: z.string().trim().min(1, "statementRequired").max(MAX_STATEMENT, "statementTooLong").optional(),
  speakerIds: z.array(id).max(MAX_SPEAKERS, "tooManySpeakers").optional(),
  newSpeaker: newSpeakerSchema.nullable().optional(),
  quantities: z.array(quantitySchema).max(MAX_QUANTITIES, "tooManyQuantities").optional(),
});
export type AcceptSuggestionInput = z.input<typeof acceptSuggestionSchema>;

export const dismissSuggestionSchema = z.object({ suggestionId: id });
export type DismissSuggestionInput = z.input<typeof dismissSuggestionSchema>;
