import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import type { SourceRef } from "@/lib/claims/types";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchSourcesSchema, type SearchSourcesInput } from "./schemas";
import { escapeLike, fold, SOURCE_REF_COLUMNS, toSourceRef, type SourceRefRow } from "./sql";

/** Below this pg_trgm word similarity a name that does not contain the query is not a match. */
const FUZZY_THRESHOLD = 0.5;
/** Shorter queries share a trigram or two with everything ("mod" ~ "monde"): substrings only. */
const FUZZY_MIN_LENGTH = 4;

function kindsFilter(kinds: readonly string[] | undefined): Prisma.Sql {
  return kinds && kinds.length > 0 ? Prisma.sql`AND s.kind::text = ANY(${[...kinds]}::text[])` : Prisma.empty;
}

/**
 * The speaker picker's search. "guerassimov", "Guérassimov" and the alias "Gerasimov" all find
 * "Valeri Guérassimov": names and aliases are compared folded (lib/sources/sql.ts), an exact
 * name or alias first, then prefixes, then substrings, then pg_trgm look-alikes ("Guerasimov").
 * An empty query lists the sources most often named as speakers, then the most recently edited.
 */
export async function searchSources({ actor, input }: { actor: Actor; input: SearchSourcesInput }): Promise<SourceRef[]> {
  authorize(actor, "workspace.read");
  const { q, limit, kinds } = searchSourcesSchema.parse(input);

  if (!q) {
    const rows = await db().$queryRaw<SourceRefRow[]>`
      SELECT ${SOURCE_REF_COLUMNS}
      FROM "Source" s
      WHERE s."workspaceId" = ${actor.workspaceId}::uuid ${kindsFilter(kinds)}
      ORDER BY (SELECT count(*) FROM "ClaimSpeaker" cs WHERE cs."sourceId" = s.id) DESC, s."updatedAt" DESC, s.id
      LIMIT ${limit}`;
    return rows.map(toSourceRef);
  }

  // `p` is the LIKE pattern of the query: escaped before folding (folding leaves \ % _ alone).
  const rows = await db().$queryRaw<SourceRefRow[]>`
    WITH query AS (SELECT ${fold(Prisma.sql`${q}`)} AS q, ${fold(Prisma.sql`${escapeLike(q)}`)} AS p)
    SELECT ${SOURCE_REF_COLUMNS}
    FROM "Source" s
    CROSS JOIN query
    CROSS JOIN LATERAL (
      SELECT ${fold(Prisma.sql`n`)} AS f FROM unnest(array_prepend(s.name::text, coalesce(s.aliases, '{}'))) AS n
    ) names
    WHERE s."workspaceId" = ${actor.workspaceId}::uuid ${kindsFilter(kinds)}
    GROUP BY s.id, query.q, query.p
    HAVING bool_or(names.f LIKE '%' || query.p || '%')
        OR (char_length(query.q) >= ${FUZZY_MIN_LENGTH} AND max(word_similarity(query.q, names.f)) >= ${FUZZY_THRESHOLD})
    ORDER BY
      max(CASE
        WHEN names.f = query.q THEN 3
        WHEN names.f LIKE query.p || '%' OR names.f LIKE '% ' || query.p || '%' THEN 2
        WHEN names.f LIKE '%' || query.p || '%' THEN 1
        ELSE 0 END) DESC,
      max(word_similarity(query.q, names.f)) DESC,
      max(similarity(query.q, names.f)) DESC,
      s.name, s.id
    LIMIT ${limit}`;
  return rows.map(toSourceRef);
}
