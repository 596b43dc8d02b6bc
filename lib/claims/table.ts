// The workspace-wide claims table (issue 4): filters, sorts and KEYSET pagination that stays fast
// at 200k claims (bench/claims-table.bench.ts).
//
// How a page is read. Every order is total (the claim id breaks ties) and is split into "parts",
// stretches of the order one index scan can walk: one part for updatedAt/createdAt, two for
// claimDate (dated claims, then undated ones: nulls always last), one per verdict for the verdict
// sort (each walks the (workspaceId, verdictId, updatedAt) index). The cursor names the last row
// seen and so its part. A page reads "the cursor's part after the cursor" with one
// `ORDER BY … LIMIT n+1` query, and only when that part runs out the following parts, in order,
// for the rows still missing: never an OFFSET, never a sort of the whole workspace. The previous
// page is the same walk in reverse. The page's display data (article, speakers, assignee) is then
// read for those ≤ n ids only.
//
// Scoping: every statement is bound to the actor's workspace. Filter ids of another workspace
// match nothing here (a source filter is looked up in this workspace first); a cursor only holds
// sort-key values, so a forged or foreign one can only move within the actor's own claims.
import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { spellingsOf } from "@/lib/entities/queries";
import { foldSpelling } from "@/lib/entities/schemas";
import { escapeLike, fold } from "@/lib/sources/sql";
import { isUuid, listClaimsSchema, type ClaimSort, type ClaimTableRow, type ListClaimsInput, type ListClaimsParams } from "./table-schemas";

type Dir = "asc" | "desc";
const flip = (d: Dir): Dir => (d === "asc" ? "desc" : "asc");
const DIR_SQL = { asc: Prisma.raw("ASC"), desc: Prisma.raw("DESC") } as const;
/** The row comparison that means "comes after" in direction `d`. */
const AFTER_SQL = { asc: Prisma.raw(">"), desc: Prisma.raw("<") } as const;

/** Above this many matches the table says "more than …" instead of counting every one. */
export const COUNT_CAP = 1000;
/**
 * The same with a text search, whose accent folding costs per row scanned: counting to 1,000
 * matches of a common word scans ten times what its first page does.
 */
export const COUNT_CAP_TEXT = 100;

// ── Cursors ──

/** The sort-key values of one row, as a cursor carries them. */
type CursorKey =
  | { sort: "updatedAt" | "createdAt"; dir: Dir; at: string; id: string }
  | { sort: "claimDate"; dir: Dir; date: string | null; id: string }
  | { sort: "verdict"; dir: Dir; verdictId: string; at: string; id: string };

const SORT_CODE: Record<ClaimSort, string> = { updatedAt: "u", createdAt: "c", claimDate: "d", verdict: "v" };

export function encodeCursor(key: CursorKey): string {
  const values =
    key.sort === "claimDate" ? [key.date, key.id] : key.sort === "verdict" ? [key.verdictId, key.at, key.id] : [key.at, key.id];
  return Buffer.from(JSON.stringify([SORT_CODE[key.sort], key.dir, ...values]), "utf8").toString("base64url");
}

const isIso = (s: unknown): s is string => typeof s === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(s) && !Number.isNaN(Date.parse(s));
const isDay = (s: unknown): s is string => typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

/**
 * The key a cursor holds, or null when it is malformed or was made for another order (a link
 * kept from before the sort changed): the list then starts from its first page.
 */
export function decodeCursor(cursor: string | undefined, sort: ClaimSort, dir: Dir): CursorKey | null {
  if (!cursor) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(raw) || raw[0] !== SORT_CODE[sort] || raw[1] !== dir) return null;
  const v = raw.slice(2) as unknown[];
  if (sort === "claimDate") {
    const [date, id] = v;
    return v.length === 2 && (date === null || isDay(date)) && isUuid(id) ? { sort, dir, date, id } : null;
  }
  if (sort === "verdict") {
    const [verdictId, at, id] = v;
    return v.length === 3 && isUuid(verdictId) && isIso(at) && isUuid(id) ? { sort, dir, verdictId, at, id } : null;
  }
  const [at, id] = v;
  return v.length === 2 && isIso(at) && isUuid(id) ? { sort, dir, at, id } : null;
}

// ── Filters ──

/** The WHERE clause every part shares: the workspace and the filters. */
function filterSql(p: ListClaimsParams, actor: Actor, outletArticles: string[] | null, spellings: string[]): Prisma.Sql {
  const ws = actor.workspaceId;
  const and: Prisma.Sql[] = [Prisma.sql`c."workspaceId" = ${ws}::uuid`];
  if (p.verdict.length > 0) and.push(Prisma.sql`c."verdictId" = ANY(${p.verdict}::uuid[])`);
  const spokeBy = (sourceId: string) => Prisma.sql`c.id IN (SELECT cs."claimId" FROM "ClaimSpeaker" cs WHERE cs."sourceId" = ${sourceId}::uuid)`;
  if (p.speaker) and.push(spokeBy(p.speaker));
  if (p.source && outletArticles) {
    and.push(
      outletArticles.length > 0
        ? Prisma.sql`(${spokeBy(p.source)} OR c."articleId" = ANY(${outletArticles}::uuid[]))`
        : spokeBy(p.source),
    );
  }
  if (p.tag) and.push(Prisma.sql`c.tags @> ARRAY[${p.tag}]::text[]`);
  if (p.assignee === "unassigned") and.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (p.assignee) and.push(Prisma.sql`c."assigneeId" = ${p.assignee === "me" ? actor.userId : p.assignee}::uuid`);
  if (p.article) and.push(Prisma.sql`c."articleId" = ${p.article}::uuid`);
  if (p.dateField === "claimDate") {
    if (p.from) and.push(Prisma.sql`c."claimDate" >= ${p.from}::date`);
    if (p.to) and.push(Prisma.sql`c."claimDate" <= ${p.to}::date`);
  } else {
    // Whole UTC days, the end day included.
    if (p.from) and.push(Prisma.sql`c."updatedAt" >= (${p.from}::date)::timestamp AT TIME ZONE 'UTC'`);
    if (p.to) and.push(Prisma.sql`c."updatedAt" < (${p.to}::date + 1)::timestamp AT TIME ZONE 'UTC'`);
  }
  if (p.q) {
    // The words as typed, or any other spelling of the entity they name ("Kursk" finds "Koursk").
    // Written exactly as the expression index "Claim_search_trgm_idx" is built, one LIKE per
    // spelling (OR), so each is an index scan and Postgres ORs the bitmaps.
    const likes = [p.q, ...spellings].map((term) => Prisma.sql`claimdesk_fold(c."statement" || chr(31) || c."quote") LIKE ('%' || ${fold(Prisma.sql`${escapeLike(term)}`)} || '%')`);
    and.push(Prisma.sql`(${Prisma.join(likes, " OR ")})`);
  }
  return Prisma.join(and, " AND ");
}

/** At most this many other spellings widen a text search (an entity with dozens of aliases stays cheap). */
const MAX_SPELLINGS = 8;

/**
 * The other spellings of the entity a search names, from the entity registry (lib/entities
 * spellingsOf: its name and confirmed aliases, found by transliteration-aware key), without the
 * search itself. Empty for a search that names no entity ("drones abattus").
 */
async function searchSpellings(workspaceId: string, q: string): Promise<string[]> {
  const typed = foldSpelling(q);
  return (await spellingsOf(db(), workspaceId, q)).filter((s) => foldSpelling(s) !== typed).slice(0, MAX_SPELLINGS);
}

/**
 * The workspace's articles whose outlet is one of `names` (a source's name and aliases), compared
 * the way the sources registry compares names (case, accents, apostrophes). Read once, so the
 * claims query gets a plain id list it can match with an index rather than a per-row subquery.
 */
async function articlesCarriedBy(workspaceId: string, names: string[]): Promise<string[]> {
  // Folding is the costly part: fold each distinct outlet once, not every article's.
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id FROM "Article" a
    WHERE a."workspaceId" = ${workspaceId}::uuid AND a.outlet IN (
      SELECT o FROM (SELECT DISTINCT outlet AS o FROM "Article" WHERE "workspaceId" = ${workspaceId}::uuid AND outlet IS NOT NULL) AS d
      WHERE ${fold(Prisma.sql`o`)} IN (SELECT ${fold(Prisma.sql`n`)} FROM unnest(${names}::text[]) AS n))`;
  return rows.map((r) => r.id);
}

// ── Parts of an order ──

interface Part {
  /** What puts a claim in this part. */
  where: Prisma.Sql;
  /** ORDER BY inside the part, in direction `d` (the part's own forward direction, or its reverse). */
  order: (d: Dir) => Prisma.Sql;
  /** Rows after `key` in direction `d`, for the part the cursor is in. */
  after: (key: CursorKey, d: Dir) => Prisma.Sql;
}

interface Plan {
  parts: Part[];
  /** Direction each part is walked in going forward. */
  dir: Dir;
  /** The part a cursor's row belongs to (-1: none, e.g. a verdict no longer listed). */
  partOf: (key: CursorKey) => number;
  keyOf: (row: KeyRow) => CursorKey;
}

interface KeyRow {
  id: string;
  k_updated: Date;
  k_created: Date;
  k_date: Date | null;
  k_verdict: string;
}

const TRUE = Prisma.sql`TRUE`;
const iso = (d: Date) => d.toISOString();
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

function plan(p: ListClaimsParams, verdictOrder: { id: string }[]): Plan {
  const dir = p.dir;
  if (p.sort === "updatedAt" || p.sort === "createdAt") {
    const col = p.sort === "updatedAt" ? Prisma.sql`c."updatedAt"` : Prisma.sql`c."createdAt"`;
    const sort = p.sort;
    return {
      dir,
      parts: [
        {
          where: TRUE,
          order: (d) => Prisma.sql`${col} ${DIR_SQL[d]}, c.id ${DIR_SQL[d]}`,
          after: (k, d) => Prisma.sql`(${col}, c.id) ${AFTER_SQL[d]} (${"at" in k ? k.at : ""}::timestamptz, ${k.id}::uuid)`,
        },
      ],
      partOf: () => 0,
      keyOf: (r) => ({ sort, dir, at: iso(sort === "updatedAt" ? r.k_updated : r.k_created), id: r.id }),
    };
  }
  if (p.sort === "claimDate") {
    // A claim-date range leaves no undated claim: their part would only cost a useless scan.
    const undated = !(p.dateField === "claimDate" && (p.from || p.to));
    return {
      dir,
      parts: [
        {
          where: Prisma.sql`c."claimDate" IS NOT NULL`,
          order: (d) => Prisma.sql`c."claimDate" ${DIR_SQL[d]}, c.id ${DIR_SQL[d]}`,
          after: (k, d) => Prisma.sql`(c."claimDate", c.id) ${AFTER_SQL[d]} (${"date" in k ? k.date : null}::date, ${k.id}::uuid)`,
        },
        ...(undated
          ? [
              {
                where: Prisma.sql`c."claimDate" IS NULL`,
                order: (d: Dir) => Prisma.sql`c.id ${DIR_SQL[d]}`,
                after: (k: CursorKey, d: Dir) => Prisma.sql`c.id ${AFTER_SQL[d]} ${k.id}::uuid`,
              },
            ]
          : []),
      ],
      partOf: (k) => (k.sort === "claimDate" && k.date === null ? (undated ? 1 : -1) : 0),
      keyOf: (r) => ({ sort: "claimDate", dir, date: day(r.k_date), id: r.id }),
    };
  }
  // By verdict: the verdict set's order (position, then id) in `dir`; inside one verdict, the
  // most recently updated first whichever way the verdicts run.
  const verdicts = dir === "asc" ? verdictOrder : [...verdictOrder].reverse();
  return {
    dir: "desc",
    parts: verdicts.map((v) => ({
      where: Prisma.sql`c."verdictId" = ${v.id}::uuid`,
      order: (d: Dir) => Prisma.sql`c."updatedAt" ${DIR_SQL[d]}, c.id ${DIR_SQL[d]}`,
      after: (k: CursorKey, d: Dir) => Prisma.sql`(c."updatedAt", c.id) ${AFTER_SQL[d]} (${"at" in k ? k.at : ""}::timestamptz, ${k.id}::uuid)`,
    })),
    partOf: (k) => (k.sort === "verdict" ? verdicts.findIndex((v) => v.id === k.verdictId) : -1),
    keyOf: (r) => ({ sort: "verdict", dir, verdictId: r.k_verdict, at: iso(r.k_updated), id: r.id }),
  };
}

/**
 * Up to `limit` rows' keys, walking forward from the start (no cursor), forward after `cursor`,
 * or backward before it (then in reverse order: nearest the cursor first).
 */
async function walk(pl: Plan, where: Prisma.Sql, limit: number, cursor: CursorKey | null, backward: boolean): Promise<KeyRow[]> {
  const from = cursor ? pl.partOf(cursor) : backward ? pl.parts.length - 1 : 0;
  if (from < 0 || pl.parts.length === 0) return [];
  const d = backward ? flip(pl.dir) : pl.dir;
  const steps: { part: Part; after: Prisma.Sql | null }[] = [];
  for (let i = from; backward ? i >= 0 : i < pl.parts.length; i += backward ? -1 : 1) {
    const part = pl.parts[i]!;
    steps.push({ part, after: i === from && cursor ? part.after(cursor, d) : null });
  }
  const rows: KeyRow[] = [];
  for (const { part, after } of steps) {
    rows.push(
      ...(await db().$queryRaw<KeyRow[]>`
        SELECT c.id::text AS id, c."updatedAt" AS k_updated, c."createdAt" AS k_created, c."claimDate" AS k_date, c."verdictId"::text AS k_verdict
        FROM "Claim" c
        WHERE ${where} AND ${part.where}${after ? Prisma.sql` AND ${after}` : Prisma.empty}
        ORDER BY ${part.order(d)}
        LIMIT ${limit - rows.length}`),
    );
    if (rows.length >= limit) break;
  }
  return rows;
}

// ── The list ──

export interface ClaimsPage {
  rows: ClaimTableRow[];
  /** The parameters as understood (bad values replaced by defaults). */
  params: ListClaimsParams;
  /** Cursor of the next / previous page, null when there is none. */
  nextCursor: string | null;
  prevCursor: string | null;
  /** Claims matching the filters, counted up to COUNT_CAP, COUNT_CAP_TEXT with a text search (`capped`: there are more). */
  total: { count: number; capped: boolean };
  /** Whether the workspace has any claim at all (tells "no claims yet" from "nothing matches"). */
  workspaceHasClaims: boolean;
  /** Other spellings the text search also matched (the entity registry's aliases of what was typed). */
  spellings: string[];
}

/** The workspace's claims for the claims table: filtered, sorted, one keyset page. */
export async function listClaims({ actor, input }: { actor: Actor; input: ListClaimsInput }): Promise<ClaimsPage> {
  authorize(actor, "workspace.read");
  const p = listClaimsSchema.parse(input);
  const ws = actor.workspaceId;
  const [verdictOrder, source] = await Promise.all([
    p.sort === "verdict"
      ? db().verdict.findMany({
          where: { workspaceId: ws, ...(p.verdict.length > 0 ? { id: { in: p.verdict } } : {}) },
          orderBy: [{ position: "asc" }, { id: "asc" }],
          select: { id: true },
        })
      : [],
    p.source ? db().source.findFirst({ where: { id: p.source, workspaceId: ws }, select: { name: true, aliases: true } }) : null,
  ]);
  const [outletArticles, spellings] = await Promise.all([
    source ? articlesCarriedBy(ws, [source.name, ...source.aliases]) : null,
    p.q ? searchSpellings(ws, p.q) : [],
  ]);
  const anyClaim = async () => (await db().claim.findFirst({ where: { workspaceId: ws }, select: { id: true } })) !== null;
  // Another workspace's (or a deleted) source: nothing, never an unfiltered list.
  if (p.source && !source) {
    return { rows: [], params: p, nextCursor: null, prevCursor: null, total: { count: 0, capped: false }, workspaceHasClaims: await anyClaim(), spellings: [] };
  }

  const where = filterSql(p, actor, outletArticles, spellings);
  const pl = plan(p, verdictOrder);
  const n = p.pageSize;
  // A cursor whose part is gone from this order (its verdict filtered out, an undated claim under
  // a claim-date range) is stale: start from the first page.
  const usable = (k: CursorKey | null) => (k && pl.partOf(k) >= 0 ? k : null);
  const after = usable(decodeCursor(p.after, p.sort, p.dir));
  const before = after ? null : usable(decodeCursor(p.before, p.sort, p.dir));

  const cap = p.q ? COUNT_CAP_TEXT : COUNT_CAP;
  const countPromise = db()
    .$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM "Claim" c WHERE ${where} LIMIT ${cap + 1}) AS t`
    .then(([r]) => ({ count: Math.min(r.n, cap), capped: r.n > cap }));

  let keys: KeyRow[];
  let hasNext: boolean;
  let hasPrev: boolean;
  if (before) {
    const back = await walk(pl, where, n + 1, before, true);
    if (back.length > n) {
      keys = back.slice(0, n).reverse();
      hasPrev = true;
      hasNext = true;
    } else {
      // Back at the start: show a full first page rather than the few rows left before the cursor.
      const fwd = await walk(pl, where, n + 1, null, false);
      keys = fwd.slice(0, n);
      hasPrev = false;
      hasNext = fwd.length > n;
    }
  } else {
    const fwd = await walk(pl, where, n + 1, after, false);
    keys = fwd.slice(0, n);
    hasNext = fwd.length > n;
    hasPrev = after !== null;
  }

  const [rows, total] = await Promise.all([loadRows(ws, keys.map((k) => k.id)), countPromise]);
  const first = keys[0];
  const last = keys.at(-1);
  return {
    rows,
    params: p,
    nextCursor: hasNext && last ? encodeCursor(pl.keyOf(last)) : null,
    prevCursor: hasPrev && first ? encodeCursor(pl.keyOf(first)) : null,
    total,
    workspaceHasClaims: rows.length > 0 || total.count > 0 || (await anyClaim()),
    spellings,
  };
}

interface DisplayRow {
  id: string;
  version: number;
  quote: string;
  statement: string;
  verdictId: string;
  tags: string[];
  anchorStatus: "anchored" | "orphan";
  claimDate: Date | null;
  createdAt: Date;
  updatedAt: Date;
  hasRationale: boolean;
  articleId: string;
  articleTitle: string;
  assigneeId: string | null;
  assigneeName: string | null;
  speakers: { id: string; name: string }[];
  evidenceCount: number;
}

/**
 * The display data of `ids`, in that order, in one statement (Prisma's includes would take six
 * round trips, and its `_count` a GROUP BY over the whole Evidence table).
 */
async function loadRows(workspaceId: string, ids: string[]): Promise<ClaimTableRow[]> {
  if (ids.length === 0) return [];
  const found = await db().$queryRaw<DisplayRow[]>`
    SELECT c.id::text AS id, c.version, c.quote, c.statement, c."verdictId"::text AS "verdictId", coalesce(c.tags, '{}') AS tags,
           c."anchorStatus"::text AS "anchorStatus", c."claimDate", c."createdAt", c."updatedAt",
           btrim(c."rationaleText") <> '' AS "hasRationale",
           a.id::text AS "articleId", a.title AS "articleTitle",
           u.id::text AS "assigneeId", u.name AS "assigneeName",
           COALESCE((SELECT json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY cs.position, s.name)
                     FROM "ClaimSpeaker" cs JOIN "Source" s ON s.id = cs."sourceId" AND s."workspaceId" = c."workspaceId"
                     WHERE cs."claimId" = c.id), '[]'::json) AS speakers,
           (SELECT count(*) FROM "Evidence" e WHERE e."claimId" = c.id)::int AS "evidenceCount"
    FROM "Claim" c
    JOIN "Article" a ON a.id = c."articleId"
    LEFT JOIN "User" u ON u.id = c."assigneeId"
    WHERE c.id = ANY(${ids}::uuid[]) AND c."workspaceId" = ${workspaceId}::uuid`;
  const byId = new Map(found.map((c) => [c.id, c]));
  return ids.flatMap((id) => {
    const c = byId.get(id);
    if (!c) return []; // deleted between the two reads
    return [
      {
        id: c.id,
        version: c.version,
        quote: c.quote,
        statement: c.statement,
        speakers: c.speakers,
        article: { id: c.articleId, title: c.articleTitle },
        verdictId: c.verdictId,
        assignee: c.assigneeId && c.assigneeName !== null ? { id: c.assigneeId, name: c.assigneeName } : null,
        tags: c.tags,
        anchorStatus: c.anchorStatus,
        claimDate: day(c.claimDate),
        createdAt: iso(c.createdAt),
        updatedAt: iso(c.updatedAt),
        hasRationale: c.hasRationale,
        evidenceCount: c.evidenceCount,
      },
    ];
  });
}

// ── What the filter bar offers ──

const SOURCE_OPTIONS = 300;
const ARTICLE_OPTIONS = 100;

export interface ClaimsTableOptions {
  members: { id: string; name: string }[];
  /** Sources by name (the first SOURCE_OPTIONS, plus the ones the filters name). */
  sources: { id: string; name: string; kind: string }[];
  /** The most recent articles (plus the one the filter names). */
  articles: { id: string; title: string }[];
}

/** Choices for the filter bar and the bulk "assign" menu, all from the actor's workspace. */
export async function getClaimsTableOptions({ actor, params }: { actor: Actor; params: Pick<ListClaimsParams, "speaker" | "source" | "article"> }): Promise<ClaimsTableOptions> {
  authorize(actor, "workspace.read");
  const ws = actor.workspaceId;
  const namedSources = [params.speaker, params.source].filter((id): id is string => Boolean(id));
  const [members, sources, named, articles, namedArticle] = await Promise.all([
    db().membership.findMany({ where: { workspaceId: ws }, select: { user: { select: { id: true, name: true } } } }),
    db().source.findMany({ where: { workspaceId: ws }, orderBy: [{ name: "asc" }, { id: "asc" }], take: SOURCE_OPTIONS, select: { id: true, name: true, kind: true } }),
    namedSources.length > 0 ? db().source.findMany({ where: { workspaceId: ws, id: { in: namedSources } }, select: { id: true, name: true, kind: true } }) : [],
    db().article.findMany({ where: { workspaceId: ws }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: ARTICLE_OPTIONS, select: { id: true, title: true } }),
    params.article ? db().article.findFirst({ where: { workspaceId: ws, id: params.article }, select: { id: true, title: true } }) : null,
  ]);
  const allSources = [...sources, ...named.filter((s) => !sources.some((x) => x.id === s.id))];
  return {
    members: members.map((m) => m.user).sort((a, b) => a.name.localeCompare(b.name)),
    sources: allSources.map((s) => ({ id: s.id, name: s.name, kind: s.kind })),
    articles: namedArticle && !articles.some((a) => a.id === namedArticle.id) ? [namedArticle, ...articles] : articles,
  };
}
