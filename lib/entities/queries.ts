import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { db, type Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { normaliseName } from "@/lib/intelligence/names";
import { idSchema } from "@/lib/members/schemas";
import { escapeLike, fold } from "@/lib/sources/sql";

import { CANDIDATE_FLOOR } from "./match";
import {
  expandAliasesSchema,
  foldSpelling,
  listEntitiesSchema,
  searchEntitiesSchema,
  searchLinkableClaimsSchema,
  tidy,
  type ExpandAliasesInput,
  type ListEntitiesInput,
  type SearchEntitiesInput,
  type SearchLinkableClaimsInput,
} from "./schemas";
import type {
  AliasStatus,
  EntityAliasDTO,
  EntityDetailDTO,
  EntityListItem,
  EntityListPage,
  LinkableClaim,
  EntityType,
  ProposedAliasQueue,
} from "./types";

type Client = Tx | ReturnType<typeof db>;

interface ListRow {
  id: string;
  name: string;
  type: EntityType;
  description: string | null;
  aliases: string[];
  claims: number;
  proposed: number;
  sortKey: string;
}

/** Columns of an EntityListItem from a table aliased `e`. */
const LIST_COLUMNS = Prisma.sql`
  e.id::text AS id, e.name, e.type::text AS type, e.description,
  (SELECT coalesce(array_agg(a.alias ORDER BY ${fold(Prisma.sql`a.alias`)}, a.alias), '{}') FROM "EntityAlias" a WHERE a."entityId" = e.id AND a.status = 'confirmed') AS aliases,
  (SELECT count(*)::int FROM "ClaimEntity" ce WHERE ce."entityId" = e.id) AS claims,
  (SELECT count(*)::int FROM "EntityAlias" a WHERE a."entityId" = e.id AND a.status = 'proposed') AS proposed`;

function toListItem(r: ListRow): EntityListItem {
  return { id: r.id, name: r.name, type: r.type, description: r.description, aliases: r.aliases, claimCount: r.claims, proposedCount: r.proposed };
}

/**
 * Whether the entity aliased `e` answers to `q`: its name or any alias not rejected contains it
 * (ignoring case and accents), or one of its keys contains the query's key, so "Kursk" finds
 * "Koursk" and "Sudzha" finds "Soudja" before anyone confirmed a spelling.
 */
function matchesQuery(q: string): Prisma.Sql {
  const pattern = Prisma.sql`'%' || ${fold(Prisma.sql`${escapeLike(q)}`)} || '%'`;
  const key = normaliseName(q);
  return Prisma.sql`(
    ${fold(Prisma.sql`e.name`)} LIKE ${pattern}
    OR EXISTS (SELECT 1 FROM "EntityAlias" a WHERE a."entityId" = e.id AND a.status <> 'rejected' AND ${fold(Prisma.sql`a.alias`)} LIKE ${pattern})
    ${key ? Prisma.sql`OR EXISTS (SELECT 1 FROM unnest(e.keys) AS k WHERE k LIKE ${`%${escapeLike(key)}%`})` : Prisma.empty}
  )`;
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
 * The registry, A→Z (ignoring case and accents), 10–100 per page with a keyset cursor, filtered
 * by type and an alias- and transliteration-aware search; each row counts its linked claims and
 * its aliases waiting for a decision.
 */
export async function listEntities({ actor, input }: { actor: Actor; input: ListEntitiesInput }): Promise<EntityListPage & { params: ReturnType<typeof listEntitiesSchema.parse> }> {
  authorize(actor, "workspace.read");
  const p = listEntitiesSchema.parse(input);
  const filters = Prisma.sql`
    e."workspaceId" = ${actor.workspaceId}::uuid
    ${p.type ? Prisma.sql`AND e.type = ${p.type}::"EntityType"` : Prisma.empty}
    ${p.q ? Prisma.sql`AND ${matchesQuery(p.q)}` : Prisma.empty}`;
  const after = decodeCursor(p.cursor);
  const sortKey = fold(Prisma.sql`e.name`);
  const [rows, totals] = await Promise.all([
    db().$queryRaw<ListRow[]>`
      SELECT ${LIST_COLUMNS}, ${sortKey} AS "sortKey"
      FROM "Entity" e
      WHERE ${filters}
        ${after ? Prisma.sql`AND (${sortKey}, e.id) > (${after[0]}::text, ${after[1]}::uuid)` : Prisma.empty}
      ORDER BY ${sortKey}, e.id
      LIMIT ${p.pageSize + 1}`,
    db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Entity" e WHERE ${filters}`,
  ]);
  const page = rows.slice(0, p.pageSize);
  const last = page.at(-1);
  return {
    rows: page.map(toListItem),
    total: totals[0]?.n ?? 0,
    nextCursor: rows.length > p.pageSize && last ? encodeCursor(last.sortKey, last.id) : null,
    params: p,
  };
}

/** How many proposals the list page's review queue shows at once (the total counts all). */
export const PROPOSED_QUEUE_LIMIT = 10;

/**
 * The aliases the engine proposed and nobody decided yet, surest first (score, then newest), each
 * with the entity it would join: the list page's review queue.
 */
export async function getProposedAliases({ actor, limit = PROPOSED_QUEUE_LIMIT }: { actor: Actor; limit?: number }): Promise<ProposedAliasQueue> {
  authorize(actor, "workspace.read");
  const take = Math.min(Math.max(1, Math.trunc(limit)), 100);
  const where = { status: "proposed" as const, entity: { workspaceId: actor.workspaceId } };
  const [items, total] = await Promise.all([
    db().entityAlias.findMany({
      where,
      orderBy: [{ score: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
      take,
      select: { id: true, alias: true, reason: true, score: true, createdAt: true, entity: { select: { id: true, name: true, type: true, description: true } } },
    }),
    db().entityAlias.count({ where }),
  ]);
  return {
    items: items.map((a) => ({ id: a.id, alias: a.alias, reason: a.reason, score: a.score, createdAt: a.createdAt.toISOString(), entity: a.entity })),
    total,
  };
}

/** How many linked claims a detail page lists (the total counts them all). */
export const ENTITY_CLAIMS_LIMIT = 100;

/**
 * One entity with its aliases by status (each with its reason, score and who decided) and the
 * claims linked to it (newest edit first) with their article, or null when the id is not an
 * entity of the actor's workspace.
 */
export async function getEntity({ actor, entityId, slug }: { actor: Actor; entityId: string; slug: string }): Promise<EntityDetailDTO | null> {
  authorize(actor, "workspace.read");
  if (!idSchema.safeParse(entityId).success) return null;
  const entity = await db().entity.findFirst({
    where: { id: entityId, workspaceId: actor.workspaceId },
    include: { aliases: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  if (!entity) return null;
  const claimWhere = { workspaceId: actor.workspaceId, entities: { some: { entityId: entity.id } } };
  const deciders = [...new Set(entity.aliases.map((a) => a.decidedById).filter((id): id is string => !!id))];
  const [claims, claimTotal, users] = await Promise.all([
    db().claim.findMany({
      where: claimWhere,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: ENTITY_CLAIMS_LIMIT,
      select: { id: true, statement: true, quote: true, verdictId: true, articleId: true, updatedAt: true, article: { select: { title: true } } },
    }),
    db().claim.count({ where: claimWhere }),
    deciders.length ? db().user.findMany({ where: { id: { in: deciders } }, select: { id: true, name: true } }) : Promise.resolve([]),
  ]);
  const userById = new Map(users.map((u) => [u.id, u]));
  const aliases: Record<AliasStatus, EntityAliasDTO[]> = { proposed: [], confirmed: [], rejected: [] };
  for (const a of entity.aliases) {
    aliases[a.status].push({
      id: a.id,
      alias: a.alias,
      language: a.language,
      status: a.status,
      reason: a.reason,
      score: a.score,
      decidedBy: a.decidedById ? (userById.get(a.decidedById) ?? null) : null,
      decidedAt: a.decidedAt?.toISOString() ?? null,
      createdAt: a.createdAt.toISOString(),
    });
  }
  // Surest proposals first, as in the review queue.
  aliases.proposed.sort((x, y) => (y.score ?? -1) - (x.score ?? -1));
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    description: entity.description,
    keys: entity.keys,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    aliases,
    claims: claims.map((c) => ({
      id: c.id,
      statement: c.statement,
      quote: c.quote,
      verdictId: c.verdictId,
      articleId: c.articleId,
      articleTitle: c.article.title,
      href: `/w/${slug}/articles/${c.articleId}?claim=${c.id}`,
      updatedAt: c.updatedAt.toISOString(),
    })),
    claimTotal,
  };
}

/**
 * The merge dialog's search: an entity whose key is the query's first, then names and aliases
 * starting with it, containing it, then trigram look-alikes. An empty query lists the entities
 * with the most claims.
 */
export async function searchEntities({ actor, input }: { actor: Actor; input: SearchEntitiesInput }): Promise<EntityListItem[]> {
  authorize(actor, "workspace.read");
  const { q, type, excludeId, limit } = searchEntitiesSchema.parse(input);
  const scope = Prisma.sql`
    e."workspaceId" = ${actor.workspaceId}::uuid
    ${type ? Prisma.sql`AND e.type = ${type}::"EntityType"` : Prisma.empty}
    ${excludeId ? Prisma.sql`AND e.id <> ${excludeId}::uuid` : Prisma.empty}`;
  if (!q) {
    const rows = await db().$queryRaw<ListRow[]>`
      SELECT ${LIST_COLUMNS}, '' AS "sortKey" FROM "Entity" e WHERE ${scope}
      ORDER BY claims DESC, e."updatedAt" DESC, e.id LIMIT ${limit}`;
    return rows.map(toListItem);
  }
  const key = normaliseName(q);
  const folded = fold(Prisma.sql`${q}`);
  const prefix = Prisma.sql`${fold(Prisma.sql`${escapeLike(q)}`)} || '%'`;
  // Look-alikes by the unaccented name or by the folded keys ("Soujda" is 0.27 from "Soudja" as
  // written, 0.5 once both are folded), from pg_trgm's default floor; short queries share a
  // trigram with too much to be worth it.
  const sim = Prisma.sql`greatest(
    similarity(${fold(Prisma.sql`e.name`)}, ${folded}),
    coalesce((SELECT max(similarity(k, ${key})) FROM unnest(e.keys) AS k), 0))`;
  const rows = await db().$queryRaw<ListRow[]>`
    SELECT ${LIST_COLUMNS}, '' AS "sortKey" FROM "Entity" e
    WHERE ${scope}
      AND (${matchesQuery(q)} OR (char_length(${q}) >= 4 AND ${sim} >= ${CANDIDATE_FLOOR}))
    ORDER BY
      (e.keys @> ARRAY[${key}]::text[]) DESC,
      (${fold(Prisma.sql`e.name`)} LIKE ${prefix}) DESC,
      ${sim} DESC,
      ${fold(Prisma.sql`e.name`)}, e.id
    LIMIT ${limit}`;
  return rows.map(toListItem);
}

/**
 * The spellings (name, then confirmed aliases) of the workspace's entities whose matching key is
 * the key of `q`, without repeats (ignoring case and accents): `spellingsOf(c, ws, "Kursk")` →
 * ["Koursk", "Kursk", "Курск"] once "Kursk" is confirmed, or already ["Koursk"] before, since
 * "Kursk" and "Koursk" share a key. Entities that rejected `q` as a spelling are left out. One
 * lookup on the keys' GIN index. Empty when nothing matches; callers add `q` themselves.
 * For callers inside their own transaction (similar-claim matching); others use expandAliases.
 */
export async function spellingsOf(client: Client, workspaceId: string, q: string): Promise<string[]> {
  const text = tidy(q);
  const key = normaliseName(text);
  if (!key) return [];
  const rows = await client.$queryRaw<{ name: string; aliases: string[] }[]>`
    SELECT e.name,
      (SELECT coalesce(array_agg(a.alias ORDER BY a."createdAt", a.id), '{}') FROM "EntityAlias" a WHERE a."entityId" = e.id AND a.status = 'confirmed') AS aliases
    FROM "Entity" e
    WHERE e."workspaceId" = ${workspaceId}::uuid AND e.keys @> ARRAY[${key}]::text[]
      AND NOT EXISTS (
        SELECT 1 FROM "EntityAlias" r
        WHERE r."entityId" = e.id AND r.status = 'rejected' AND ${fold(Prisma.sql`r.alias`)} = ${fold(Prisma.sql`${text}`)}
      )
    ORDER BY e."createdAt", e.id`;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of rows) {
    for (const s of [r.name, ...r.aliases]) {
      const k = foldSpelling(s);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(s);
    }
  }
  return out;
}

/**
 * Alias-aware search for other features (the claims table, similar-claim matching): the spellings
 * of the entities `q` names. See spellingsOf.
 */
export async function expandAliases({ actor, q }: { actor: Actor; q: ExpandAliasesInput["q"] }): Promise<string[]> {
  authorize(actor, "workspace.read");
  const input = expandAliasesSchema.parse({ q });
  return spellingsOf(db(), actor.workspaceId, input.q);
}

/**
 * Claims an editor may link to an entity: those not linked yet whose quote or statement contains
 * `q` (ignoring case and accents) or, with an empty `q`, mentions one of the entity's spellings
 * (name and aliases not rejected). Newest edit first.
 */
export async function searchLinkableClaims({ actor, input }: { actor: Actor; input: SearchLinkableClaimsInput }): Promise<LinkableClaim[]> {
  authorize(actor, "workspace.read");
  const { entityId, q, limit } = searchLinkableClaimsSchema.parse(input);
  const entity = await db().entity.findFirst({
    where: { id: entityId, workspaceId: actor.workspaceId },
    select: { id: true, name: true, aliases: { where: { status: { not: "rejected" } }, select: { alias: true } } },
  });
  if (!entity) throw notFound("entityNotFound");
  const terms = q ? [q] : [entity.name, ...entity.aliases.map((a) => a.alias)];
  const patterns = terms.map((t) => `%${escapeLike(t)}%`);
  const hay = fold(Prisma.sql`c.quote || ' ' || c.statement`);
  const rows = await db().$queryRaw<LinkableClaim[]>`
    SELECT c.id::text AS id, c.statement, c.quote, a.id::text AS "articleId", a.title AS "articleTitle"
    FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
    WHERE c."workspaceId" = ${actor.workspaceId}::uuid
      AND NOT EXISTS (SELECT 1 FROM "ClaimEntity" ce WHERE ce."claimId" = c.id AND ce."entityId" = ${entity.id}::uuid)
      AND ${hay} LIKE ANY (SELECT ${fold(Prisma.sql`p`)} FROM unnest(${patterns}::text[]) AS p)
    ORDER BY c."updatedAt" DESC, c.id DESC
    LIMIT ${limit}`;
  return rows;
}

