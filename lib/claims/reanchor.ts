// Re-anchoring an article's claims when it gets a new version (re-import, restored line, edited
// text). Claims anchored on the previous version are mapped through a diff of the two texts and
// searched near their mapped place (lib/anchoring reanchorAll); orphans are searched for again by
// quote, so a restored passage brings them back. Every outcome is recorded as an AnchorEvent.
import "server-only";
import { randomUUID } from "node:crypto";

import { reanchorAll } from "@/lib/anchoring/anchor";
import { describe } from "@/lib/anchoring/selectors";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

import type { ReanchorOutcome } from "./types";

interface ReanchorArgs {
  articleId: string;
  /** Text of the version the anchored claims refer to (the previous current version). */
  oldText: string;
  oldVersion: number;
  newText: string;
  newVersion: number;
  actorId: string | null;
}

interface ClaimAnchorRow {
  id: string;
  anchorStatus: "anchored" | "orphan";
  quote: string;
  anchorVersion: number;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
}

/** Runs inside the transaction that creates the new version; returns one outcome per claim. */
export async function reanchorArticleClaims(tx: Tx, args: ReanchorArgs): Promise<ReanchorOutcome[]> {
  // Raw SQL: Prisma's relation join reads 1,000 claims with their anchors several times slower.
  // A claim without an anchor row (none should exist) is searched for by its quote.
  const claims = await tx.$queryRaw<ClaimAnchorRow[]>`
    SELECT c."id", c."anchorStatus"::text AS "anchorStatus", c."quote",
           COALESCE(a."version", 0) AS "anchorVersion", COALESCE(a."prefix", '') AS "prefix", COALESCE(a."suffix", '') AS "suffix", a."start", a."end"
      FROM "Claim" c LEFT JOIN "ClaimAnchor" a ON a."claimId" = c."id"
     WHERE c."articleId" = ${args.articleId}::uuid`;
  if (claims.length === 0) return [];

  // Claims anchored on the previous version carry their position, mapped through the diff of the
  // two texts; the others (orphans, claims of older versions) are searched for by quote alone.
  const results = reanchorAll(
    claims.map((c) => ({
      quote: { type: "TextQuoteSelector", exact: c.quote, prefix: c.prefix, suffix: c.suffix },
      ...(c.anchorStatus === "anchored" && c.anchorVersion === args.oldVersion && c.start !== null && c.end !== null
        ? { position: { type: "TextPositionSelector" as const, start: c.start, end: c.end } }
        : {}),
      // Every version re-anchors every claim, so an orphan was searched for in the old text too.
      absentFromOld: c.anchorStatus === "orphan",
    })),
    args.newText,
    { oldText: args.oldText },
  );

  const rows = claims.map((c, i) => {
    const r = results[i]!;
    if (r.method === "orphan") {
      return { id: c.id, start: null, end: null, quote: c.quote, prefix: c.prefix, suffix: c.suffix, status: "orphan", version: c.anchorVersion, result: r };
    }
    const sel = describe(args.newText, r.start, r.end);
    return { id: c.id, start: r.start, end: r.end, quote: sel.quote.exact, prefix: sel.quote.prefix ?? "", suffix: sel.quote.suffix ?? "", status: "anchored", version: args.newVersion, result: r };
  });

  // One statement for all anchors: a 1,000-claim article must not cost 1,000 round trips. The
  // rare claim without an anchor row gets one.
  const anchors = Prisma.join([
    Prisma.sql`${rows.map((r) => r.id)}::uuid[]`,
    Prisma.sql`${rows.map((r) => r.version)}::int[]`,
    Prisma.sql`${rows.map((r) => r.prefix)}::text[]`,
    Prisma.sql`${rows.map((r) => r.suffix)}::text[]`,
    Prisma.sql`${rows.map((r) => r.start)}::int[]`,
    Prisma.sql`${rows.map((r) => r.end)}::int[]`,
  ]);
  const updated = await tx.$executeRaw`
    UPDATE "ClaimAnchor" AS a SET "version" = u.v, "prefix" = u.p, "suffix" = u.x, "start" = u.s, "end" = u.e
      FROM unnest(${anchors}) AS u(id, v, p, x, s, e)
     WHERE a."claimId" = u.id`;
  if (updated < rows.length) {
    await tx.$executeRaw`
      INSERT INTO "ClaimAnchor" ("claimId", "version", "prefix", "suffix", "start", "end")
      SELECT * FROM unnest(${anchors}) ON CONFLICT ("claimId") DO NOTHING`;
  }

  // The claim itself changes only when its quoted text or its status does (orphaned, found again,
  // re-quoted by a fuzzy match): usually a few rows. A claim that only moved is not "updated".
  const changed = rows.filter((r, i) => claims[i]!.quote !== r.quote || claims[i]!.anchorStatus !== r.status);
  if (changed.length > 0) {
    await tx.$executeRaw`
      UPDATE "Claim" AS c SET "quote" = u.q, "anchorStatus" = u.st::"AnchorStatus", "updatedAt" = CURRENT_TIMESTAMP
        FROM unnest(${changed.map((r) => r.id)}::uuid[], ${changed.map((r) => r.quote)}::text[], ${changed.map((r) => r.status)}::text[]) AS u(id, q, st)
       WHERE c."id" = u.id`;
  }

  // Also one statement, through unnest: createMany would bind ten parameters per row.
  const ids = rows.map(() => randomUUID());
  await tx.$executeRaw`
    INSERT INTO "AnchorEvent" ("id", "claimId", "fromVersion", "toVersion", "method", "score", "reason", "start", "end", "actorId")
    SELECT u.id, u.claim, ${args.oldVersion}, ${args.newVersion}, u.m::"AnchorMethod", u.sc, u.re, u.s, u.e, ${args.actorId}::uuid
      FROM unnest(${ids}::uuid[], ${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.result.method)}::text[],
                  ${rows.map((r) => (r.result.method === "orphan" ? null : (r.result.score ?? null)))}::float8[],
                  ${rows.map((r) => (r.result.method === "orphan" ? r.result.reason : null))}::text[],
                  ${rows.map((r) => r.start)}::int[], ${rows.map((r) => r.end)}::int[])
           AS u(id, claim, m, sc, re, s, e)`;

  return rows.map((r) => ({
    claimId: r.id,
    method: r.result.method,
    score: r.result.method === "orphan" ? null : (r.result.score ?? null),
    reason: r.result.method === "orphan" ? r.result.reason : null,
  }));
}
