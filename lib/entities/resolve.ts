// Entity resolution (issue 5): the people, places and organisations the suggestion engine finds in
// a text become entities of the workspace's registry. A known spelling finds its entity, a new
// spelling of a known name ("Kursk" once "Koursk" is known) joins it as a proposed alias with the
// reason, anything else becomes a new entity. Incremental: one indexed lookup per distinct
// mention, never a pass over the registry.
import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { Prisma } from "@/lib/generated/prisma/client";
import { normaliseName } from "@/lib/intelligence/names";
import { alternateKeys, knownAlternate } from "@/lib/intelligence/places";
import { fold } from "@/lib/sources/sql";

import { CANDIDATE_FLOOR, decide, entityKeys, type Candidate, type CandidateAlias } from "./match";
import { MAX_ENTITY_NAME, tidy } from "./schemas";
import { lockRegistry, refOf, refreshKeys } from "./store";
import type { AliasStatus, EntityRef, EntityType } from "./types";

export interface MentionInput {
  /** The name as the text spells it ("Koursk", "Sudzha", "Курск"). */
  text: string;
  type: EntityType;
}

export interface ResolvedMention {
  /** The mention's text, tidied (NFC, one space). */
  text: string;
  type: EntityType;
  entity: EntityRef;
  /**
   * "spelling": the entity's name or a confirmed alias (ignoring case and accents); "key": the same
   * transliteration-aware key; "gazetteer": another known name of the same place ("Kiev" for
   * "Kyiv"), now a proposed alias; "similar": a close spelling, now a proposed alias; "created": new.
   */
  match: "spelling" | "key" | "gazetteer" | "similar" | "created";
  /** The alias row of this spelling (new or already there); null when it is the name itself. */
  alias: { id: string; alias: string; status: AliasStatus; reason: string | null; score: number | null } | null;
}

/** Entities looked at per mention: those sharing its key first, then the most similar. */
const CANDIDATES = 8;
/** Below this strict word similarity a person's full name is not a candidate for a surname alone. */
const PARTIAL_FLOOR = 0.8;

interface CandidateRow {
  id: string;
  name: string;
  type: EntityType;
  description: string | null;
  keyMatch: boolean;
  nameSim: number;
  aliases: CandidateAlias[];
}

/** The candidates' details: aliases (for the decision) and the similarity of the written names. */
function candidateRows(ids: Prisma.Sql, text: string): Prisma.Sql {
  return Prisma.sql`
    SELECT e.id::text AS id, e.name, e.type::text AS type, e.description,
      similarity(${fold(Prisma.sql`e.name`)}, ${fold(Prisma.sql`${text}`)})::float8 AS "nameSim",
      coalesce((
        SELECT json_agg(json_build_object('id', a.id, 'alias', a.alias, 'status', a.status, 'reason', a.reason, 'score', a.score) ORDER BY a."createdAt", a.id)
        FROM "EntityAlias" a WHERE a."entityId" = e.id
      ), '[]'::json) AS aliases
    FROM "Entity" e
    WHERE e.id IN (${ids})
      AND NOT EXISTS (
        SELECT 1 FROM "EntityAlias" r
        WHERE r."entityId" = e.id AND r.status = 'rejected' AND ${fold(Prisma.sql`r.alias`)} = ${fold(Prisma.sql`${text}`)}
      )`;
}

/**
 * The candidates of one mention, entities that rejected this spelling left out. First the
 * entities answering to its key, an index lookup (GIN on "Entity".keys, `keys @> ARRAY[key]`);
 * when there is none and the gazetteer lists the mention as the name of a place, the entities
 * answering to another name of that place (same index, `keys && ARRAY[…]`; people left out: a
 * person is not a place, whatever their name — "Orel", "Sumy"); only when there is none either,
 * the entities of the same type whose keys are trigram-similar to it
 * (pg_trgm `similarity`, and for people `strict_word_similarity`, so a surname finds the full
 * name), best first, found through the trigram index on the keys ("Entity_keys_trgm_idx"). The similarity of the unaccented, lower-cased written names is
 * computed for the few candidates only.
 */
async function lookup(tx: Tx, workspaceId: string, text: string, key: string, type: EntityType): Promise<Candidate[]> {
  const keyed = await tx.$queryRaw<CandidateRow[]>`
    SELECT c.*, true AS "keyMatch" FROM (${candidateRows(
      Prisma.sql`SELECT id FROM "Entity" WHERE "workspaceId" = ${workspaceId}::uuid AND keys @> ARRAY[${key}]::text[]`,
      text,
    )}) c
    ORDER BY (c.type = ${type}) DESC, c.id
    LIMIT ${CANDIDATES}`;
  if (keyed.length > 0) return keyed;
  const alternates = type === "person" ? [] : alternateKeys(text);
  if (alternates.length > 0) {
    const known = await tx.$queryRaw<CandidateRow[]>`
      SELECT c.*, false AS "keyMatch" FROM (${candidateRows(
        Prisma.sql`SELECT id FROM "Entity" WHERE "workspaceId" = ${workspaceId}::uuid AND type <> 'person'::"EntityType" AND keys && ${alternates}::text[]`,
        text,
      )}) c
      ORDER BY (c.type = ${type}) DESC, c.id
      LIMIT ${CANDIDATES}`;
    const placed = known.flatMap((c) => {
      const spellings = [c.name, ...c.aliases.filter((a) => a.status === "confirmed").map((a) => a.alias)];
      const place = spellings.map((s) => knownAlternate(text, s)).find((p) => p !== null);
      return place ? [{ ...c, gazetteer: place.name }] : [];
    });
    if (placed.length > 0) return placed;
  }
  const partial = type === "person" ? Prisma.sql`, CASE WHEN strict_word_similarity(${key}, k) >= ${PARTIAL_FLOOR} THEN ${PARTIAL_FLOOR}::real ELSE 0 END` : Prisma.empty;
  // The index ("Entity_keys_trgm_idx") first: an entity with a key whose similarity (or, for a
  // person, strict word similarity) reaches the floor has word similarity at least that high with
  // its keys' text, so `<%` at the floor loses none of them. SET cannot take a bind parameter.
  await tx.$executeRawUnsafe(`SET LOCAL pg_trgm.word_similarity_threshold = ${Number(CANDIDATE_FLOOR).toFixed(3)}`);
  return tx.$queryRaw<CandidateRow[]>`
    WITH near AS (
      SELECT e.id, s.sim FROM "Entity" e
      CROSS JOIN LATERAL (SELECT max(greatest(similarity(k, ${key})${partial})) AS sim FROM unnest(e.keys) AS k) s
      WHERE e."workspaceId" = ${workspaceId}::uuid AND e.type = ${type}::"EntityType"
        AND ${key} <% claimdesk_entity_keys(e.keys)
        AND s.sim >= ${CANDIDATE_FLOOR}
      ORDER BY s.sim DESC, e.id
      LIMIT ${CANDIDATES}
    )
    SELECT c.*, false AS "keyMatch" FROM (${candidateRows(Prisma.sql`SELECT id FROM near`, text)}) c
    JOIN near ON near.id::text = c.id
    ORDER BY near.sim DESC, c.id`;
}

/**
 * The entity each mention denotes, creating entities and recording alias proposals as it goes
 * (see `decide` in ./match.ts for the rules). Runs in the caller's transaction, which has already
 * authorised the actor (accepting a suggestion, importing an article); records one audit event
 * ("entity.resolve") when it created or proposed anything. Results are in the order of
 * `mentions`; a mention with no letters or digits gives null. Repeats of a spelling in one call
 * cost one lookup.
 */
export async function resolveMentions(
  tx: Tx,
  { workspaceId, mentions, actorId, requestId }: { workspaceId: string; mentions: readonly MentionInput[]; actorId: string | null; requestId?: string },
): Promise<(ResolvedMention | null)[]> {
  if (mentions.length === 0) return [];
  await lockRegistry(tx, workspaceId);
  const done = new Map<string, ResolvedMention>();
  const created: EntityRef[] = [];
  const recorded: { entityId: string; alias: string; status: AliasStatus; reason: string | null }[] = [];
  const out: (ResolvedMention | null)[] = [];

  for (const m of mentions) {
    const text = tidy(m.text).slice(0, MAX_ENTITY_NAME);
    const key = normaliseName(text);
    if (!key) {
      out.push(null);
      continue;
    }
    // Case variants resolve alike; accent variants may not (one of them gets recorded).
    const memo = `${m.type}\u0000${text.toLowerCase()}`;
    const seen = done.get(memo);
    if (seen) {
      out.push({ ...seen, text });
      continue;
    }

    const decision = decide(text, m.type, await lookup(tx, workspaceId, text, key, m.type));
    let result: ResolvedMention;
    if (decision.action === "create") {
      const e = await tx.entity.create({ data: { workspaceId, type: m.type, name: text, keys: entityKeys(text, []) } });
      created.push(refOf(e));
      result = { text, type: m.type, entity: refOf(e), match: "created", alias: null };
    } else {
      const c = decision.candidate;
      let alias = decision.existing;
      if (decision.record) {
        const r = decision.record;
        await tx.entityAlias.createMany({
          data: [{ entityId: c.id, alias: r.alias, status: r.status, reason: r.reason, score: r.score }],
          skipDuplicates: true,
        });
        const row = await tx.entityAlias.findUniqueOrThrow({ where: { entityId_alias: { entityId: c.id, alias: r.alias } } });
        alias = { id: row.id, alias: row.alias, status: row.status, reason: row.reason, score: row.score };
        recorded.push({ entityId: c.id, alias: r.alias, status: r.status, reason: r.reason });
        if (r.status === "confirmed") await refreshKeys(tx, c.id);
      }
      result = { text, type: m.type, entity: refOf(c), match: decision.match, alias };
    }
    done.set(memo, result);
    out.push(result);
  }

  if (created.length > 0 || recorded.length > 0) {
    await recordAudit(tx, {
      workspaceId,
      actorId,
      action: "entity.resolve",
      targetType: "entity",
      targetId: created.length + recorded.length === 1 ? (created[0]?.id ?? recorded[0]?.entityId ?? null) : null,
      after: { created: created.map((e) => ({ id: e.id, name: e.name, type: e.type })), aliases: recorded },
      requestId,
    });
  }
  return out;
}

/**
 * Links a claim to entities (those of its accepted suggestion, say), ignoring links that exist
 * and ids of another workspace. Returns how many links were added. No audit of its own: the
 * caller's event (the claim's creation) describes it.
 */
export async function linkClaimEntities(tx: Tx, { workspaceId, claimId, entityIds }: { workspaceId: string; claimId: string; entityIds: readonly string[] }): Promise<number> {
  const ids = [...new Set(entityIds)];
  if (ids.length === 0) return 0;
  return tx.$executeRaw`
    INSERT INTO "ClaimEntity" ("claimId", "entityId")
    SELECT c.id, e.id FROM "Claim" c JOIN "Entity" e ON e."workspaceId" = c."workspaceId"
    WHERE c.id = ${claimId}::uuid AND c."workspaceId" = ${workspaceId}::uuid AND e.id = ANY(${ids}::uuid[])
    ON CONFLICT DO NOTHING`;
}
