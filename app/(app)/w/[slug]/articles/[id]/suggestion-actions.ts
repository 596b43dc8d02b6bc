"use server";
// Claim-suggestion actions for the workbench. Each one only parses, resolves the workspace and
// calls lib/suggestions, which authorises and audits.
import { workspaceAction } from "@/lib/actions/pipeline";
import { acceptSuggestion, dismissSuggestion, runSuggestions } from "@/lib/suggestions/mutations";
import { listSuggestions } from "@/lib/suggestions/queries";
import { acceptSuggestionSchema, dismissSuggestionSchema, listSuggestionsSchema, runSuggestionsSchema } from "@/lib/suggestions/schemas";

/** The open suggestions of the article's version (and whether a background run is still under way). */
export const listSuggestionsAction = workspaceAction(listSuggestionsSchema, async ({ input, actor }) => listSuggestions({ actor, input }));

/** "Suggest claims": runs the engine now on the current version. */
export const runSuggestionsAction = workspaceAction(runSuggestionsSchema, async ({ input, actor, requestId }) => runSuggestions({ actor, input, requestId }));

/** Accept, or edit then accept: the suggestion becomes a filled-in claim. */
export const acceptSuggestionAction = workspaceAction(acceptSuggestionSchema, async ({ input, actor, requestId }) => acceptSuggestion({ actor, input, requestId }));

/** Dismiss: not a claim, never suggested again for this version. */
export const dismissSuggestionAction = workspaceAction(dismissSuggestionSchema, async ({ input, actor, requestId }) => dismissSuggestion({ actor, input, requestId }));
