// Runs the suggestion engine (lib/intelligence) on one article version and stores what it finds.
// Called by the "suggest-article" job after every new version and by "Suggest claims" in the
// workbench. Idempotent: a span already stored for the version — open, accepted or dismissed —
// is skipped by the (articleId, articleVersion, start, end) key, so a dismissed suggestion never
// comes back for that version; spans overlapping a claim of the version are not suggested.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { anchoredSpans } from "@/lib/claims/queries";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { suggest } from "@/lib/intelligence";
import type { Suggestion } from "@/lib/intelligence/types";

import { engineLanguage, overlaps } from "./shape";
import { resolveSpeakers } from "./speaker";

export type SuggestRunResult =
  | {
      status: "done";
      language: string;
      /** Spans the engine proposed. */
      found: number;
      /** New rows (the others were stored before, or overlap a claim). */
      stored: number;
      /** Proposed spans left out because a claim of the version already covers part of them. */
      overlapping: number;
    }
  | { status: "skipped"; reason: "versionNotFound" | "notCurrent" | "language"; language?: string | null };

function log(level: "info" | "error", msg: string, fields: Record<string, unknown>) {
  const line = JSON.stringify({ level, msg, ...fields });
  if (level === "error") console.error(line);
  else console.info(line);
}

/**
 * Suggests claims in version `version` of an article (its current version only: an older one can
 * no longer be worked on). Articles in a language the engine has no rules for are skipped, with
 * the reason logged. `audit` records who asked, when an editor did ("Suggest claims").
 */
export async function suggestForVersion({
  articleId,
  version,
  audit,
}: {
  articleId: string;
  version: number;
  audit?: { workspaceId: string; actorId: string; requestId?: string };
}): Promise<SuggestRunResult> {
  const row = await db().articleVersion.findUnique({
    where: { articleId_version: { articleId, version } },
    select: { text: true, article: { select: { workspaceId: true, language: true, currentVersion: true } } },
  });
  if (!row || (audit && row.article.workspaceId !== audit.workspaceId)) return { status: "skipped", reason: "versionNotFound" };
  const { workspaceId, currentVersion } = row.article;
  if (currentVersion !== version) {
    log("info", "suggestions skipped", { articleId, version, reason: "notCurrent", currentVersion });
    return { status: "skipped", reason: "notCurrent" };
  }
  const language = engineLanguage(row.article.language);
  if (!language) {
    log("info", "suggestions skipped", { articleId, version, reason: "language", language: row.article.language });
    return { status: "skipped", reason: "language", language: row.article.language };
  }

  const found = suggest(row.text, { language });
  const speakers = await resolveSpeakers(db(), workspaceId, found.flatMap((s) => (s.speaker ? [s.speaker.name] : [])));

  return db().$transaction(async (tx) => {
    const spans = await anchoredSpans(tx, { workspaceId, articleId, version });
    const fresh = found.filter((s) => !spans.some((c) => overlaps(s, c)));
    const { count } = await tx.claimSuggestion.createMany({
      data: fresh.map((s) => toRow(s, { workspaceId, articleId, version, sourceId: s.speaker ? speakers.get(s.speaker.name)?.id : undefined })),
      skipDuplicates: true,
    });
    const result = { status: "done" as const, language, found: found.length, stored: count, overlapping: found.length - fresh.length };
    if (audit) {
      await recordAudit(tx, {
        workspaceId,
        actorId: audit.actorId,
        action: "article.suggest",
        targetType: "article",
        targetId: articleId,
        after: { version, language, found: result.found, stored: result.stored, overlapping: result.overlapping },
        requestId: audit.requestId,
      });
    }
    return result;
  });
}

function toRow(
  s: Suggestion,
  { workspaceId, articleId, version, sourceId }: { workspaceId: string; articleId: string; version: number; sourceId: string | undefined },
): Prisma.ClaimSuggestionCreateManyInput {
  return {
    workspaceId,
    articleId,
    articleVersion: version,
    start: s.start,
    end: s.end,
    quote: s.quote,
    score: s.score,
    kind: s.kind,
    reasons: s.reasons as unknown as Prisma.InputJsonValue,
    speaker: s.speaker
      ? ({ name: s.speaker.name, ...(s.speaker.description ? { description: s.speaker.description } : {}), ...(sourceId ? { sourceId } : {}) } as Prisma.InputJsonValue)
      : undefined,
    quantities: s.quantities as unknown as Prisma.InputJsonValue,
    entities: s.entities as unknown as Prisma.InputJsonValue,
  };
}

/** The job's entry point: runs, logs failures for the queue to retry. */
export async function runSuggestionJob(job: { articleId: string; version: number }): Promise<SuggestRunResult> {
  try {
    const result = await suggestForVersion(job);
    if (result.status === "done") log("info", "suggestions stored", { ...job, found: result.found, stored: result.stored });
    return result;
  } catch (e) {
    log("error", "suggestion run failed", { ...job, error: e instanceof Error ? e.stack : String(e) });
    throw e;
  }
}
