// Which registry source a suggested speaker's name denotes. Read-only: the background run only
// looks sources up; a missing one is created when an editor accepts the suggestion.
import "server-only";
import type { SourceRef } from "@/lib/claims/types";
import type { Tx } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { fold, SOURCE_REF_COLUMNS, type SourceRefRow } from "@/lib/sources/sql";

import { matchSpeaker } from "./shape";

type Client = PrismaClient | Tx;

/** Sources looked at per name: those sharing enough letter groups with it (pg_trgm, folded). */
const CANDIDATES = 20;
/**
 * Loose on purpose: transliterations share few trigrams ("Poutine" / "Putin" ≈ 0.37); the
 * decision is matchSpeaker's (same name once folded, or every word of one in the other).
 */
const PREFILTER = 0.3;

interface CandidateRow extends SourceRefRow {
  aliases: string[];
}

/** The source `name` denotes in the workspace's registry, or null (none, or ambiguous). */
export async function resolveSpeaker(client: Client, workspaceId: string, name: string): Promise<SourceRef | null> {
  const q = name.trim();
  if (!q) return null;
  const rows = await client.$queryRaw<CandidateRow[]>`
    WITH query AS (SELECT ${fold(Prisma.sql`${q}`)} AS q)
    SELECT ${SOURCE_REF_COLUMNS}, coalesce(s.aliases, '{}') AS aliases
    FROM "Source" s
    CROSS JOIN query
    CROSS JOIN LATERAL (
      SELECT ${fold(Prisma.sql`n`)} AS f FROM unnest(array_prepend(s.name::text, coalesce(s.aliases, '{}'))) AS n
    ) names
    WHERE s."workspaceId" = ${workspaceId}::uuid
    GROUP BY s.id, query.q
    HAVING bool_or(names.f = query.q)
        OR max(greatest(word_similarity(query.q, names.f), word_similarity(names.f, query.q))) >= ${PREFILTER}
    ORDER BY max(greatest(word_similarity(query.q, names.f), word_similarity(names.f, query.q))) DESC, s."createdAt", s.id
    LIMIT ${CANDIDATES}`;
  const found = matchSpeaker(q, rows);
  if (!found) return null;
  const { id, name: sourceName, kind, description, reliability } = found.source;
  return { id, name: sourceName, kind, description, reliability };
}

/** Each distinct name resolved once (a run has a handful of speakers). */
export async function resolveSpeakers(client: Client, workspaceId: string, names: Iterable<string>): Promise<Map<string, SourceRef>> {
  const out = new Map<string, SourceRef>();
  for (const name of new Set(names)) {
    const source = await resolveSpeaker(client, workspaceId, name);
    if (source) out.set(name, source);
  }
  return out;
}
