// Re-anchoring an article's claims when it gets a new version (re-import, restored line, edited
// text). Claims anchored on the previous version are mapped through a diff of the two texts and
// searched near their mapped place (lib/anchoring reanchorAll); orphans are searched for again by
// quote, so a restored passage brings them back. Every outcome is recorded as an AnchorEvent.
import "server-only";
import { randomUUID } from "node:crypto";

import { reanchorAll, type AnchorInput, type AnchorResult } from "@/lib/anchoring/anchor";
import { describe } from "@/lib/anchoring/selectors";
import type { Tx } from "@/lib/db";

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

/** Runs inside the transaction that creates the new version; returns one outcome per claim. */
export async function reanchorArticleClaims(tx: Tx, args: ReanchorArgs): Promise<ReanchorOutcome[]> {
  const claims = await tx.claim.findMany({
    where: { articleId: args.articleId },
    select: { id: true, anchorVersion: true, anchorStatus: true, quote: true, prefix: true, suffix: true, start: true, end: true },
  });
  if (claims.length === 0) return [];

  const input = (c: (typeof claims)[number], withPosition: boolean): AnchorInput => ({
    quote: { type: "TextQuoteSelector", exact: c.quote, prefix: c.prefix, suffix: c.suffix },
    ...(withPosition && c.start !== null && c.end !== null ? { position: { type: "TextPositionSelector" as const, start: c.start, end: c.end } } : {}),
  });
  const onOld = claims.filter((c) => c.anchorStatus === "anchored" && c.anchorVersion === args.oldVersion);
  const others = claims.filter((c) => !(c.anchorStatus === "anchored" && c.anchorVersion === args.oldVersion));
  const results = new Map<string, AnchorResult>();
  reanchorAll(onOld.map((c) => input(c, true)), args.newText, { oldText: args.oldText }).forEach((r, i) => results.set(onOld[i]!.id, r));
  reanchorAll(others.map((c) => input(c, false)), args.newText).forEach((r, i) => results.set(others[i]!.id, r));

  const rows = claims.map((c) => {
    const r = results.get(c.id)!;
    if (r.method === "orphan") {
      return { id: c.id, start: null, end: null, quote: c.quote, prefix: c.prefix, suffix: c.suffix, status: "orphan", version: c.anchorVersion, result: r };
    }
    const sel = describe(args.newText, r.start, r.end);
    return { id: c.id, start: r.start, end: r.end, quote: sel.quote.exact, prefix: sel.quote.prefix ?? "", suffix: sel.quote.suffix ?? "", status: "anchored", version: args.newVersion, result: r };
  });

  // One statement for all claims: a 1,000-claim article must not cost 1,000 round trips.
  await tx.$executeRaw`
    UPDATE "Claim" AS c
       SET "start" = u.s, "end" = u.e, "quote" = u.q, "prefix" = u.p, "suffix" = u.x,
           "anchorStatus" = u.st::"AnchorStatus", "anchorVersion" = u.v, "updatedAt" = CURRENT_TIMESTAMP
      FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.start)}::int[], ${rows.map((r) => r.end)}::int[],
                  ${rows.map((r) => r.quote)}::text[], ${rows.map((r) => r.prefix)}::text[], ${rows.map((r) => r.suffix)}::text[],
                  ${rows.map((r) => r.status)}::text[], ${rows.map((r) => r.version)}::int[])
           AS u(id, s, e, q, p, x, st, v)
     WHERE c."id" = u.id`;

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
