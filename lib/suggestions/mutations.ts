// Deciding on suggestions. Accepting one makes a claim with everything the engine found filled in
// — through the claims mutations (createClaim, then updateClaim), so a claim made from a
// suggestion is checked, audited and versioned like any other — links its entities, and remembers
// the decision; dismissing one remembers that it is not a claim, so the version never shows it again.
// Every function authorises first and is scoped to the actor's workspace (another workspace's
// suggestion is not found); a suggestion of a version the article has since moved on from is refused.
import "server-only";
import { describe } from "@/lib/anchoring/selectors";
import { recordAudit } from "@/lib/audit/record";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { createClaim, deleteClaim, updateClaim } from "@/lib/claims/mutations";
import type { SourceRef } from "@/lib/claims/types";
import { db, type Tx } from "@/lib/db";
import { linkClaimEntities, resolveMentions } from "@/lib/entities/resolve";
import { AppError, isAppError, notFound } from "@/lib/errors";
import type { Entity, LocatedQuantity } from "@/lib/intelligence/types";
import { createSource } from "@/lib/sources/mutations";

import { listSuggestions, storedSpeaker } from "./queries";
import { suggestForVersion, type SuggestRunResult } from "./run";
import {
  acceptSuggestionSchema,
  dismissSuggestionSchema,
  runSuggestionsSchema,
  type AcceptSuggestionInput,
  type DismissSuggestionInput,
  type RunSuggestionsInput,
} from "./schemas";
import { claimQuantities, normaliseStatement, speakerSourceKind } from "./shape";
import { resolveSpeaker } from "./speaker";
import type { AcceptSuggestionResult, SuggestionListDTO } from "./types";

type Ctx = { actor: Actor; requestId?: string };

/** The suggestion, still open, on the article's current version and reading what it read; or the reason it is not. */
async function loadOpen(actor: Actor, suggestionId: string) {
  const s = await db().claimSuggestion.findFirst({ where: { id: suggestionId, workspaceId: actor.workspaceId } });
  if (!s) throw notFound("suggestionNotFound");
  if (s.status !== "open") throw new AppError("conflict", { userMessage: s.status === "accepted" ? "suggestionAccepted" : "suggestionDismissed" });
  const article = await db().article.findFirst({ where: { id: s.articleId, workspaceId: actor.workspaceId }, select: { currentVersion: true } });
  if (!article) throw notFound("articleNotFound");
  const stale = () =>
    new AppError("conflict", {
      userMessage: "suggestionStale",
      values: { version: s.articleVersion, current: article.currentVersion },
      details: { currentVersion: article.currentVersion },
    });
  if (article.currentVersion !== s.articleVersion) throw stale();
  const version = await db().articleVersion.findUnique({ where: { articleId_version: { articleId: s.articleId, version: s.articleVersion } }, select: { text: true } });
  if (!version || version.text.slice(s.start, s.end) !== s.quote) throw stale();
  return { suggestion: s, text: version.text };
}

/** Marks an open suggestion decided; false when someone decided it first. */
async function decide(actor: Actor, suggestionId: string, status: "accepted" | "dismissed", audit: (tx: Tx) => Promise<void>) {
  return db().$transaction(async (tx) => {
    const { count } = await tx.claimSuggestion.updateMany({
      where: { id: suggestionId, workspaceId: actor.workspaceId, status: "open" },
      data: { status, decidedById: actor.userId, decidedAt: new Date() },
    });
    if (count === 1) await audit(tx);
    return count === 1;
  });
}

/** "Suggest claims": runs the engine now on the article's current version; answers the open suggestions. */
export async function runSuggestions({ actor, input, requestId }: Ctx & { input: RunSuggestionsInput }): Promise<{ run: SuggestRunResult; list: SuggestionListDTO }> {
  authorize(actor, "claims.write");
  const data = runSuggestionsSchema.parse(input);
  const article = await db().article.findFirst({ where: { id: data.articleId, workspaceId: actor.workspaceId }, select: { id: true, currentVersion: true, language: true } });
  if (!article) throw notFound("articleNotFound");
  if (article.currentVersion !== data.version) throw new AppError("conflict", { userMessage: "articleChanged", details: { currentVersion: article.currentVersion } });
  const run = await suggestForVersion({ articleId: article.id, version: data.version, audit: { workspaceId: actor.workspaceId, actorId: actor.userId, requestId } });
  if (run.status === "skipped" && run.reason === "language") {
    throw new AppError("validation", { userMessage: "suggestionsLanguage", values: { language: run.language ?? "?" } });
  }
  if (run.status === "skipped") throw new AppError("conflict", { userMessage: "articleChanged" });
  return { run, list: await listSuggestions({ actor, input: { articleId: article.id, version: data.version } }) };
}

/** The registry's source for a speaker, created (kind from the engine's reading, with the description) when it has none. */
async function findOrCreateSpeaker(actor: Actor, speaker: { name: string; description?: string | null }, entities: readonly Entity[], requestId?: string): Promise<SourceRef> {
  const known = await resolveSpeaker(db(), actor.workspaceId, speaker.name);
  if (known) return known;
  try {
    return await createSource({
      actor,
      input: { name: speaker.name, kind: speakerSourceKind(speaker.name, entities), description: speaker.description ?? null },
      requestId,
    });
  } catch (e) {
    // Created meanwhile under this very spelling: use it.
    const existing = isAppError(e) && e.userMessage === "sourceExists" ? (e.details as { existing?: SourceRef } | undefined)?.existing : undefined;
    if (existing) return existing;
    throw e;
  }
}

/** The claim's speakers: as the editor chose them, else the suggestion's (its source, or a new one). */
async function speakerIdsFor(
  actor: Actor,
  suggestion: { speaker: unknown; entities: unknown },
  edit: { speakerIds?: string[]; newSpeaker?: { name: string; description?: string | null } | null },
  requestId?: string,
): Promise<string[]> {
  const entities = Array.isArray(suggestion.entities) ? (suggestion.entities as Entity[]) : [];
  const ids = [...(edit.speakerIds ?? [])];
  let wanted: { name: string; description?: string | null } | null;
  if (edit.speakerIds !== undefined || edit.newSpeaker !== undefined) {
    wanted = edit.newSpeaker ?? null;
  } else {
    const stored = storedSpeaker(suggestion.speaker);
    if (!stored) return [];
    if (stored.sourceId && (await db().source.count({ where: { id: stored.sourceId, workspaceId: actor.workspaceId } })) === 1) return [stored.sourceId];
    wanted = { name: stored.name, description: stored.description ?? null };
  }
  if (wanted) {
    const source = await findOrCreateSpeaker(actor, wanted, entities, requestId);
    if (!ids.includes(source.id)) ids.push(source.id);
  }
  return ids;
}

/**
 * Accepts a suggestion, as it is or as the editor edited it: a claim on its span of the current
 * version, with the statement, speakers, figures and entities filled in. Two editors accepting the
 * same suggestion make one claim (the second is told it was accepted). A step that fails undoes
 * the ones before it (the claim is deleted again) and the suggestion stays open.
 */
export async function acceptSuggestion({ actor, input, requestId }: Ctx & { input: AcceptSuggestionInput }): Promise<AcceptSuggestionResult> {
  authorize(actor, "claims.write");
  const data = acceptSuggestionSchema.parse(input);
  const { suggestion: s, text } = await loadOpen(actor, data.suggestionId);
  const edited = { statement: data.statement !== undefined, speakers: data.speakerIds !== undefined || data.newSpeaker !== undefined, quantities: data.quantities !== undefined };

  // Taken first, so a concurrent accept (or dismiss) of the same suggestion fails before making anything.
  const taken = await decide(actor, s.id, "accepted", async () => {});
  if (!taken) throw new AppError("conflict", { userMessage: "suggestionAccepted" });

  let made: { id: string; version: number } | null = null;
  try {
    const speakerIds = await speakerIdsFor(actor, s, data, requestId);
    const { quote, position } = describe(text, s.start, s.end);
    const created = await createClaim({ actor, input: { articleId: s.articleId, articleVersion: s.articleVersion, quote, position }, requestId });
    made = { id: created.id, version: created.version };
    const quantities = data.quantities ?? claimQuantities(Array.isArray(s.quantities) ? (s.quantities as unknown as LocatedQuantity[]) : []);
    const claim = await updateClaim({
      actor,
      input: { claimId: created.id, expectedVersion: created.version, patch: { statement: data.statement ?? normaliseStatement(s.quote), speakerIds, quantities } },
      requestId,
    });
    made = { id: claim.id, version: claim.version };

    const entities = Array.isArray(s.entities) ? (s.entities as unknown as Entity[]) : [];
    const entityIds = await db().$transaction(async (tx) => {
      const resolved = await resolveMentions(tx, {
        workspaceId: actor.workspaceId,
        mentions: entities.map((e) => ({ text: e.text, type: e.type })),
        actorId: actor.userId,
        requestId,
      });
      const ids = [...new Set(resolved.flatMap((r) => (r ? [r.entity.id] : [])))];
      await linkClaimEntities(tx, { workspaceId: actor.workspaceId, claimId: claim.id, entityIds: ids });
      await tx.claimSuggestion.update({ where: { id: s.id }, data: { claimId: claim.id } });
      await recordAudit(tx, {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: "suggestion.accept",
        targetType: "suggestion",
        targetId: s.id,
        before: { status: "open" },
        after: { status: "accepted", claimId: claim.id, articleId: s.articleId, version: s.articleVersion, edited, speakerIds, quantities: quantities.length, entities: ids.length },
        requestId,
      });
      return ids;
    });
    return { suggestionId: s.id, claim, entityCount: entityIds.length };
  } catch (e) {
    await undoAccept(actor, s.id, made, requestId);
    throw e;
  }
}

async function undoAccept(actor: Actor, suggestionId: string, made: { id: string; version: number } | null, requestId?: string) {
  try {
    if (made) await deleteClaim({ actor, input: { claimId: made.id, expectedVersion: made.version }, requestId });
    await db().claimSuggestion.updateMany({
      where: { id: suggestionId, workspaceId: actor.workspaceId, status: "accepted", claimId: null },
      data: { status: "open", decidedById: null, decidedAt: null },
    });
  } catch (e) {
    console.error(JSON.stringify({ level: "error", msg: "undoing a failed accept failed", suggestionId, claimId: made?.id ?? null, requestId, error: e instanceof Error ? e.message : String(e) }));
  }
}

/** Dismisses a suggestion: not a claim. Remembered, so the version never suggests that span again. */
export async function dismissSuggestion({ actor, input, requestId }: Ctx & { input: DismissSuggestionInput }): Promise<{ id: string }> {
  authorize(actor, "claims.write");
  const data = dismissSuggestionSchema.parse(input);
  const { suggestion: s } = await loadOpen(actor, data.suggestionId);
  const done = await decide(actor, s.id, "dismissed", (tx) =>
    recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "suggestion.dismiss",
      targetType: "suggestion",
      targetId: s.id,
      before: { status: "open" },
      after: { status: "dismissed", articleId: s.articleId, version: s.articleVersion, start: s.start, end: s.end, quote: s.quote.slice(0, 300) },
      requestId,
    }),
  );
  if (!done) throw new AppError("conflict", { userMessage: "suggestionDecided" });
  return { id: s.id };
}
