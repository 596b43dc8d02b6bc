import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import type { SourceRef } from "@/lib/claims/types";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { idSchema } from "@/lib/members/schemas";
import { listSourcesSchema, searchSourcesSchema, type ListSourcesInput, type SearchSourcesInput } from "./schemas";
import { escapeLike, fold, SOURCE_REF_COLUMNS, toSourceRef, type SourceRefRow } from "./sql";
import type { SourceDetailDTO, SourceListPage } from "./types";

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

interface ListRow extends SourceRefRow {
  url: string | null;
  country: string | null;
  aliases: string[];
  updatedAt: Date;
  sortKey: string;
  made: number;
  carried: number;
}

function encodeCursor(sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id]), "utf8").toString("base64url");
}

function decodeCursor(cursor: string | undefined): [string, string] | null {
  if (!cursor) return null;
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === "string" && idSchema.safeParse(v[1]).success) return [v[0], v[1] as string];
  } catch {
    // A mangled cursor (edited URL) starts from the first page.
  }
  return null;
}

/**
 * Claims per outlet of the workspace's articles, by folded outlet name (computed once per query).
 * Counted per raw outlet first, so only the few distinct outlet names get folded.
 */
function outletClaimCounts(workspaceId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT ${fold(Prisma.sql`per.outlet`)} AS outlet, sum(per.n)::int AS n
    FROM (
      SELECT a.outlet, count(*) AS n
      FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
      WHERE c."workspaceId" = ${workspaceId}::uuid AND a."workspaceId" = ${workspaceId}::uuid AND a.outlet IS NOT NULL
      GROUP BY a.outlet
    ) per
    GROUP BY 1`;
}

/** The folded name and aliases of the source aliased `alias`, as a set to compare against. */
function foldedNames(alias: string): Prisma.Sql {
  const t = Prisma.raw(alias);
  return Prisma.sql`SELECT ${fold(Prisma.sql`n`)} FROM unnest(array_prepend(${t}.name::text, coalesce(${t}.aliases, '{}'))) AS n`;
}

/**
 * The registry, A→Z (ignoring case and accents), 10–100 per page with a keyset cursor, filtered
 * by a name or alias substring, kind and reliability; each row counts the claims the source made
 * (as a speaker) and carried (claims in articles whose outlet is its name or an alias).
 */
export async function listSources({ actor, input }: { actor: Actor; input: ListSourcesInput }): Promise<SourceListPage & { params: ReturnType<typeof listSourcesSchema.parse> }> {
  authorize(actor, "workspace.read");
  const p = listSourcesSchema.parse(input);
  const filters = Prisma.sql`
    s."workspaceId" = ${actor.workspaceId}::uuid
    ${p.kind ? Prisma.sql`AND s.kind::text = ${p.kind}` : Prisma.empty}
    ${p.reliability ? Prisma.sql`AND s.reliability::text = ${p.reliability}` : Prisma.empty}
    ${p.q ? Prisma.sql`AND EXISTS (SELECT 1 FROM (${foldedNames("s")}) AS names(f) WHERE names.f LIKE '%' || ${fold(Prisma.sql`${escapeLike(p.q)}`)} || '%')` : Prisma.empty}`;
  const after = decodeCursor(p.cursor);
  const sortKey = fold(Prisma.sql`s.name`);

  const [rows, totals] = await Promise.all([
    db().$queryRaw<ListRow[]>`
      WITH outlets AS MATERIALIZED (${outletClaimCounts(actor.workspaceId)})
      SELECT ${SOURCE_REF_COLUMNS}, s.url, s.country, coalesce(s.aliases, '{}') AS aliases, s."updatedAt", ${sortKey} AS "sortKey",
        (SELECT count(*)::int FROM "ClaimSpeaker" cs WHERE cs."sourceId" = s.id) AS made,
        (SELECT coalesce(sum(o.n), 0)::int FROM outlets o WHERE o.outlet IN (${foldedNames("s")})) AS carried
      FROM "Source" s
      WHERE ${filters}
        ${after ? Prisma.sql`AND (${sortKey}, s.id) > (${after[0]}::text, ${after[1]}::uuid)` : Prisma.empty}
      ORDER BY ${sortKey}, s.id
      LIMIT ${p.pageSize + 1}`,
    db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Source" s WHERE ${filters}`,
  ]);
  const page = rows.slice(0, p.pageSize);
  const last = page.at(-1);
  return {
    rows: page.map((r) => ({
      ...toSourceRef(r),
      url: r.url,
      country: r.country,
      aliases: r.aliases,
      claimsMade: r.made,
      claimsCarried: r.carried,
      updatedAt: r.updatedAt.toISOString(),
    })),
    total: totals[0]?.n ?? 0,
    nextCursor: rows.length > p.pageSize && last ? encodeCursor(last.sortKey, last.id) : null,
    params: p,
  };
}

/** How many claims a detail page lists in each of "made" and "carried" (the totals count all). */
export const SOURCE_CLAIMS_LIMIT = 100;

interface CarriedRow {
  id: string;
  statement: string;
  quote: string;
  verdictId: string;
  articleId: string;
  articleTitle: string;
  articleOutlet: string | null;
  updatedAt: Date;
}

/**
 * One source with its reliability history (newest first) and the claims it made and carried,
 * or null when the id is not a source of the actor's workspace.
 */
export async function getSource({ actor, sourceId }: { actor: Actor; sourceId: string }): Promise<SourceDetailDTO | null> {
  authorize(actor, "workspace.read");
  if (!idSchema.safeParse(sourceId).success) return null;
  const source = await db().source.findFirst({
    where: { id: sourceId, workspaceId: actor.workspaceId },
    include: { reliabilityHistory: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] } },
  });
  if (!source) return null;

  const madeWhere = { workspaceId: actor.workspaceId, speakers: { some: { sourceId: source.id } } };
  // Articles first (one fold per article, not per claim), then their claims.
  const carriedWhere = Prisma.sql`
    c."workspaceId" = ${actor.workspaceId}::uuid
    AND c."articleId" IN (
      SELECT oa.id FROM "Article" oa
      WHERE oa."workspaceId" = ${actor.workspaceId}::uuid AND oa.outlet IS NOT NULL
        AND ${fold(Prisma.sql`oa.outlet`)} IN (
          SELECT ${fold(Prisma.sql`n`)} FROM unnest(array_prepend(${source.name}::text, ${source.aliases}::text[])) AS n
        )
    )`;
  const actorIds = [...new Set(source.reliabilityHistory.map((h) => h.actorId).filter((id): id is string => !!id))];

  const [made, madeTotal, carried, carriedTotal, users] = await Promise.all([
    db().claim.findMany({
      where: madeWhere,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: SOURCE_CLAIMS_LIMIT,
      select: { id: true, statement: true, quote: true, verdictId: true, articleId: true, updatedAt: true, article: { select: { title: true, outlet: true } } },
    }),
    db().claim.count({ where: madeWhere }),
    db().$queryRaw<CarriedRow[]>`
      SELECT c.id::text AS id, c.statement, c.quote, c."verdictId"::text AS "verdictId", a.id::text AS "articleId",
        a.title AS "articleTitle", a.outlet AS "articleOutlet", c."updatedAt"
      FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
      WHERE ${carriedWhere}
      ORDER BY c."updatedAt" DESC, c.id DESC
      LIMIT ${SOURCE_CLAIMS_LIMIT}`,
    db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" WHERE ${carriedWhere}`,
    actorIds.length ? db().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : Promise.resolve([]),
  ]);
  const userById = new Map(users.map((u) => [u.id, u]));

  return {
    id: source.id,
    name: source.name,
    kind: source.kind,
    description: source.description,
    url: source.url,
    country: source.country,
    aliases: source.aliases,
    reliability: source.reliability,
    reliabilityNote: source.reliabilityNote,
    createdAt: source.createdAt.toISOString(),
    updatedAt: source.updatedAt.toISOString(),
    history: source.reliabilityHistory.map((h) => ({
      id: h.id,
      from: h.from,
      to: h.to,
      note: h.note,
      actor: h.actorId ? (userById.get(h.actorId) ?? null) : null,
      createdAt: h.createdAt.toISOString(),
    })),
    made: made.map((c) => ({
      id: c.id,
      statement: c.statement,
      quote: c.quote,
      verdictId: c.verdictId,
      articleId: c.articleId,
      articleTitle: c.article.title,
      articleOutlet: c.article.outlet,
      updatedAt: c.updatedAt.toISOString(),
    })),
    madeTotal,
    carried: carried.map((c) => ({ ...c, updatedAt: c.updatedAt.toISOString() })),
    carriedTotal: carriedTotal[0]?.n ?? 0,
  };
}
