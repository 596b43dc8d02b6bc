// SQL building blocks shared by the sources queries and mutations: one definition of how names
// are compared (case-, accent- and apostrophe-insensitive), so search, duplicate detection and
// the "carried by this outlet" match all agree.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SourceRef } from "@/lib/claims/types";

/**
 * The comparison key of a text expression: typographic apostrophes as ', non-breaking spaces as
 * spaces, accents stripped by Postgres `unaccent` (which also handles œ → oe, ß → ss), then
 * lower-cased — the SQL function `claimdesk_fold` (migration 20261121170000_claim_lookup_keys),
 * immutable so that expression indexes can be built on it ("Claim_search_trgm_idx").
 */
export function fold(expr: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`claimdesk_fold(${expr}::text)`;
}

/** `%`, `_` and `\` in user input match themselves in a LIKE pattern. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface SourceRefRow {
  id: string;
  name: string;
  kind: SourceRef["kind"];
  description: string | null;
  reliability: SourceRef["reliability"];
}

/** Columns of a SourceRef from a table aliased `s`. */
export const SOURCE_REF_COLUMNS = Prisma.sql`s.id::text AS id, s.name, s.kind::text AS kind, s.description, s.reliability::text AS reliability`;

export function toSourceRef(r: SourceRefRow): SourceRef {
  return { id: r.id, name: r.name, kind: r.kind, description: r.description, reliability: r.reliability };
}
