// analyseClaim: the incremental step run after a claim is created or edited (issue 5). It costs
// one indexed lookup, never a rebuild:
//   1. refresh Claim.matchText and Claim.matchKeys (lib/matching/normalise.ts);
//   2. find similar claims of other articles of the workspace — ONE query: the claims sharing a
//      MinHash band key with it ("matchKeys" && keys, GIN index "Claim_matchKeys_idx"), kept when
//      their pg_trgm similarity reaches SIMILARITY_THRESHOLD, best first, LIMIT; the candidates
//      come back with their entities, speakers, figures and dates;
//   3. re-score them in TypeScript (lib/matching/score.ts) and keep `same_as` suggestions;
//   4. run the contradiction rules (lib/contradictions) against the candidates, plus — only when
//      the claim calls someone by a title — against the other claims naming that person;
//   5. store what was found as suggested ClaimRelations (one statement: stale suggestions of this
//      claim removed, the rest upserted; confirmed and dismissed relations are never touched, so a
//      dismissed suggestion does not come back).
import "server-only";
import { randomUUID } from "node:crypto";

import type { Quantity } from "@/lib/claims/types";
import { roleMentions } from "@/lib/contradictions/attributes";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

import { claimMatchKeys, claimMatchText, MATCH_KEY_VERSION } from "./normalise";
import { suggestionsFor, type MatchFacts, type Suggestion } from "./score";

/**
 * pg_trgm similarity a candidate must reach. Tellings of one assertion in one language score
 * 0.6–1; below 0.4 the re-scoring keeps almost nothing.
 */
export const SIMILARITY_THRESHOLD = 0.4;
/** Candidates read per lookup. */
export const CANDIDATE_LIMIT = 20;
/** Other claims naming a person read when the claim gives someone a title. */
const ROLE_CANDIDATE_LIMIT = 30;

type Client = Tx | ReturnType<typeof db>;

interface FactsRow {
  id: string;
  workspaceId: string;
  articleId: string;
  statement: string;
  quote: string;
  quantities: unknown;
  claimDate: Date | null;
  matchText: string;
  clusterId: string | null;
  verdictId: string;
  language: string | null;
  publishedAt: Date | null;
  entities: { id: string; name: string }[] | null;
  speakers: { id: string; name: string; description: string | null }[] | null;
  sim?: number;
}

/** The columns every facts query reads, for claims `c` of articles `a`. */
const FACTS = Prisma.sql`
  c."id", c."workspaceId", c."articleId", c."statement", c."quote", c."quantities", c."claimDate", c."matchText",
  c."clusterId", c."verdictId", a."language", a."publishedAt",
  (SELECT json_agg(json_build_object('id', e."id", 'name', e."name"))
     FROM "ClaimEntity" ce JOIN "Entity" e ON e."id" = ce."entityId" WHERE ce."claimId" = c."id") AS "entities",
  (SELECT json_agg(json_build_object('id', s."id", 'name', s."name", 'description', s."description") ORDER BY cs."position")
     FROM "ClaimSpeaker" cs JOIN "Source" s ON s."id" = cs."sourceId" WHERE cs."claimId" = c."id") AS "speakers"`;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export interface LoadedClaim extends MatchFacts {
  workspaceId: string;
  /** The statement as the editor wrote it ("" when none: `text` is then the quote). */
  statement: string;
  matchText: string;
}

function toFacts(r: FactsRow): LoadedClaim {
  const entities = r.entities ?? [];
  return {
    id: r.id,
    workspaceId: r.workspaceId,
    articleId: r.articleId,
    statement: r.statement,
    language: r.language && r.language !== "und" ? r.language : "fr",
    text: r.statement.trim() || r.quote,
    quote: r.quote,
    quantities: Array.isArray(r.quantities) ? (r.quantities as Quantity[]) : [],
    speakers: (r.speakers ?? []).map((s) => ({ id: s.id, name: s.name, description: s.description })),
    entityIds: entities.map((e) => e.id),
    entityNames: new Map(entities.map((e) => [e.id, e.name])),
    date: day(r.claimDate) ?? day(r.publishedAt),
    matchText: r.matchText,
    clusterId: r.clusterId,
    verdictId: r.verdictId,
  };
}

/** A claim with what matching reads, or null. */
export async function loadClaimFacts(tx: Client, claimId: string): Promise<LoadedClaim | null> {
  const rows = await tx.$queryRaw<FactsRow[]>`SELECT ${FACTS} FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" WHERE c."id" = ${claimId}::uuid`;
  return rows[0] ? toFacts(rows[0]) : null;
}

export interface LookupOptions {
  threshold?: number;
  limit?: number;
}

/**
 * The similar-claim lookup: claims of other articles of the same workspace sharing a band key
 * with `matchText` and trigram-similar to it, best first, with their facts. The candidates come
 * from claimdesk_similar_claims() (migration 20261121210000), which keeps the planner on the band
 * keys' index; this adds what matching reads of each.
 */
export async function findSimilarClaims(tx: Client, self: { workspaceId: string; articleId: string }, matchText: string, opts: LookupOptions = {}): Promise<(LoadedClaim & { similarity: number })[]> {
  const keys = claimMatchKeys(matchText);
  if (keys.length === 0) return [];
  const threshold = opts.threshold ?? SIMILARITY_THRESHOLD;
  const limit = opts.limit ?? CANDIDATE_LIMIT;
  const rows = await tx.$queryRaw<FactsRow[]>`
    SELECT ${FACTS}, cand."sim"::float8 AS "sim"
      FROM claimdesk_similar_claims(${self.workspaceId}::uuid, ${self.articleId}::uuid, ${matchText}, ${keys}::text[], ${threshold}::real, ${limit}::int) cand
      JOIN "Claim" c ON c."id" = cand."id" JOIN "Article" a ON a."id" = c."articleId"
     ORDER BY cand."sim" DESC, c."id"`;
  return rows.map((r) => ({ ...toFacts(r), similarity: r.sim ?? 0 }));
}

/** Other claims (other articles) whose matchText names one of these folded surnames. */
async function claimsNaming(tx: Tx, self: LoadedClaim, surnames: string[], exclude: string[]): Promise<LoadedClaim[]> {
  const pattern = `\\m(${surnames.map((s) => s.replace(/[^\p{L}\p{N} ]/gu, "")).join("|")})\\M`;
  const rows = await tx.$queryRaw<FactsRow[]>`
    SELECT ${FACTS} FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
     WHERE c."workspaceId" = ${self.workspaceId}::uuid
       AND c."articleId" <> ${self.articleId}::uuid
       AND c."matchText" ~ ${pattern}
       AND NOT (c."id" = ANY(${exclude}::uuid[]))
     ORDER BY c."updatedAt" DESC
     LIMIT ${ROLE_CANDIDATE_LIMIT}`;
  return rows.map(toFacts);
}

export interface AnalyseResult {
  matchText: string;
  candidates: number;
  suggestions: Suggestion[];
}

/**
 * Refreshes a claim's matchText, finds similar claims and contradictions, and stores them as
 * suggested relations. Call it inside a transaction, after the claim's fields (statement,
 * speakers, quantities, dates) are written. Returns what it suggested; a missing claim → null.
 */
export async function analyseClaim(tx: Tx, claimId: string, opts: LookupOptions = {}): Promise<AnalyseResult | null> {
  const self = await loadClaimFacts(tx, claimId);
  if (!self) return null;
  const matchText = claimMatchText(self.statement, self.quote);
  const keys = claimMatchKeys(matchText);
  // Reads first, writes last: the claim row is locked from its UPDATE to the commit, and an editor
  // saving the claim meanwhile waits for that; the lookups and rules are the slow part.
  const candidates = await findSimilarClaims(tx, self, matchText, opts);
  const mentions = roleMentions(self.text, self.language);
  const roleCandidates = mentions.length > 0 ? await claimsNaming(tx, self, [...new Set(mentions.map((m) => m.surname))], candidates.map((c) => c.id)) : [];
  const suggestions = suggestionsFor(self, candidates, roleCandidates);
  await storeSuggestions(tx, self, suggestions);
  // Raw on purpose: matching is not an edit, so neither `version` nor `updatedAt` moves. Written
  // only when something changed (a claim from before the keys existed gets them here too).
  await tx.$executeRaw`
    UPDATE "Claim" SET "matchText" = ${matchText}, "matchKeys" = ${keys}::text[]
     WHERE "id" = ${claimId}::uuid AND ("matchText" <> ${matchText} OR "matchKeys" IS DISTINCT FROM ${keys}::text[])`;
  return { matchText, candidates: candidates.length, suggestions };
}

/** Replaces the claim's suggested relations by `suggestions`, in one statement. */
async function storeSuggestions(tx: Tx, self: LoadedClaim, suggestions: Suggestion[]): Promise<void> {
  const ids = suggestions.map(() => randomUUID());
  const froms = suggestions.map((s) => s.fromClaimId);
  const tos = suggestions.map((s) => s.toClaimId);
  const types = suggestions.map((s) => s.type);
  const scores = suggestions.map((s) => s.score);
  const reasons = suggestions.map((s) => JSON.stringify(s.reason));
  await tx.$executeRaw`
    WITH wanted AS (
      SELECT * FROM unnest(${ids}::uuid[], ${froms}::uuid[], ${tos}::uuid[], ${types}::text[], ${scores}::float8[], ${reasons}::text[])
        AS w("id", "fromClaimId", "toClaimId", "type", "score", "reason")
    ), stale AS (
      DELETE FROM "ClaimRelation" r
       WHERE r."status" = 'suggested'
         AND (r."fromClaimId" = ${self.id}::uuid OR r."toClaimId" = ${self.id}::uuid)
         AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w."fromClaimId" = r."fromClaimId" AND w."toClaimId" = r."toClaimId" AND w."type" = r."type"::text)
    )
    INSERT INTO "ClaimRelation" ("id", "workspaceId", "fromClaimId", "toClaimId", "type", "status", "score", "reason")
    SELECT w."id", ${self.workspaceId}::uuid, w."fromClaimId", w."toClaimId", w."type"::"RelationType", 'suggested', w."score", w."reason"::jsonb
      FROM wanted w
    ON CONFLICT ("fromClaimId", "toClaimId", "type") DO UPDATE
       SET "score" = EXCLUDED."score", "reason" = EXCLUDED."reason"
     WHERE "ClaimRelation"."status" = 'suggested'`;
}

/**
 * Fills Claim.matchText and Claim.matchKeys for claims that have none yet (claims written before
 * matching, or before the band keys, existed) or whose keys come from an earlier scheme (they do
 * not start with MATCH_KEY_VERSION), in batches; returns how many were updated. Matching
 * finds a claim only once it has them, so the server runs this at start (instrumentation.ts); then
 * analyseClaim keeps them current as claims are edited.
 */
export async function backfillMatchText({ workspaceId, batchSize = 1000 }: { workspaceId?: string; batchSize?: number } = {}): Promise<number> {
  let total = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await db().$queryRaw<{ id: string; statement: string; quote: string }[]>`
      SELECT "id", "statement", "quote" FROM "Claim"
       WHERE ("matchText" = '' OR "matchKeys" IS NULL
              OR ("matchText" <> ' ' AND ("matchKeys" = '{}' OR NOT starts_with("matchKeys"[1], ${MATCH_KEY_VERSION}))))
         AND "id" > ${after}::uuid
         AND (${workspaceId ?? null}::uuid IS NULL OR "workspaceId" = ${workspaceId ?? null}::uuid)
       ORDER BY "id" LIMIT ${batchSize}`;
    if (rows.length === 0) return total;
    const ids = rows.map((r) => r.id);
    // A claim without a single word keeps a one-space matchText and no keys, so it is not picked up again.
    const texts = rows.map((r) => claimMatchText(r.statement, r.quote) || " ");
    const keys = texts.map((t) => claimMatchKeys(t).join(" "));
    await db().$executeRaw`
      UPDATE "Claim" c SET "matchText" = u."matchText", "matchKeys" = string_to_array(u."keys", ' ')
        FROM unnest(${ids}::uuid[], ${texts}::text[], ${keys}::text[]) AS u("id", "matchText", "keys") WHERE c."id" = u."id"`;
    total += rows.length;
    after = ids[ids.length - 1]!;
    if (rows.length < batchSize) return total;
  }
}
