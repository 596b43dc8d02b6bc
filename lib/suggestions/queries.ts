// Reading suggestions: the open ones of an article version, with each speaker's registry source
// as the registry has it now. Scoped to the actor's workspace: another workspace's article is not found.
import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { anchoredSpans } from "@/lib/claims/queries";
import type { SourceRef } from "@/lib/claims/types";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Entity, LocatedQuantity, Reason, SuggestionKind } from "@/lib/intelligence/types";

import { suggestionsPending } from "./queue";
import { listSuggestionsSchema, type ListSuggestionsInput } from "./schemas";
import { overlaps } from "./shape";
import type { SuggestionDTO, SuggestionListDTO } from "./types";

/** The speaker as stored by the run: the name as written, and the source it resolved to then. */
export interface StoredSpeaker {
  name: string;
  description?: string;
  sourceId?: string;
}

export function storedSpeaker(v: unknown): StoredSpeaker | null {
  if (!v || typeof v !== "object" || typeof (v as StoredSpeaker).name !== "string") return null;
  const s = v as StoredSpeaker;
  return {
    name: s.name,
    ...(typeof s.description === "string" && s.description ? { description: s.description } : {}),
    ...(typeof s.sourceId === "string" ? { sourceId: s.sourceId } : {}),
  };
}

interface Row {
  id: string;
  articleId: string;
  articleVersion: number;
  start: number;
  end: number;
  quote: string;
  score: number;
  kind: SuggestionKind;
  reasons: unknown;
  speaker: unknown;
  quantities: unknown;
  entities: unknown;
}

const asArray = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

export function toSuggestionDTO(row: Row, sources: ReadonlyMap<string, SourceRef>): SuggestionDTO {
  const speaker = storedSpeaker(row.speaker);
  return {
    id: row.id,
    articleId: row.articleId,
    articleVersion: row.articleVersion,
    start: row.start,
    end: row.end,
    quote: row.quote,
    score: row.score,
    kind: row.kind,
    reasons: asArray<Reason>(row.reasons),
    speaker: speaker ? { name: speaker.name, description: speaker.description ?? null, source: (speaker.sourceId && sources.get(speaker.sourceId)) || null } : null,
    quantities: asArray<LocatedQuantity>(row.quantities),
    entities: asArray<Entity>(row.entities),
  };
}

/**
 * The open suggestions of an article version (its current one by default), in text order. Spans
 * a claim of that version now covers (made by hand since) are left out: they are done.
 */
export async function listSuggestions({ actor, input }: { actor: Actor; input: ListSuggestionsInput }): Promise<SuggestionListDTO> {
  authorize(actor, "workspace.read");
  const data = listSuggestionsSchema.parse(input);
  const article = await db().article.findFirst({ where: { id: data.articleId, workspaceId: actor.workspaceId }, select: { id: true, currentVersion: true } });
  if (!article) throw notFound("articleNotFound");
  const version = data.version ?? article.currentVersion;

  const [rows, spans, pending] = await Promise.all([
    db().claimSuggestion.findMany({
      where: { workspaceId: actor.workspaceId, articleId: article.id, articleVersion: version, status: "open" },
      orderBy: [{ start: "asc" }, { end: "desc" }],
      select: { id: true, articleId: true, articleVersion: true, start: true, end: true, quote: true, score: true, kind: true, reasons: true, speaker: true, quantities: true, entities: true },
    }),
    anchoredSpans(db(), { workspaceId: actor.workspaceId, articleId: article.id, version }),
    suggestionsPending({ articleId: article.id, version }),
  ]);
  const open = rows.filter((r) => !spans.some((c) => overlaps(r, c)));

  const sourceIds = [...new Set(open.flatMap((r) => storedSpeaker(r.speaker)?.sourceId ?? []))];
  const sources = sourceIds.length
    ? await db().source.findMany({
        where: { id: { in: sourceIds }, workspaceId: actor.workspaceId },
        select: { id: true, name: true, kind: true, description: true, reliability: true },
      })
    : [];
  const byId = new Map(sources.map((s) => [s.id, s]));
  return { articleId: article.id, version, suggestions: open.map((r) => toSuggestionDTO(r, byId)), pending };
}
