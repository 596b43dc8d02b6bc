-- Similar-claim lookup by MinHash band keys (issue 5): the pg_trgm `%` lookup on "matchText" reads
-- the posting lists of most of the query's trigrams, and the frequent ones hold a large share of
-- all claims, so its cost grows with the workspace (hundreds of ms at 200k claims). Each claim now
-- also stores band keys of its word stems; a lookup reads a handful of short posting lists and
-- ranks what it finds by the same trigram similarity. Filled by the claim's analysis job and, for
-- claims written before this migration, by backfillMatchText at server start.
ALTER TABLE "Claim" ADD COLUMN "matchKeys" TEXT[] DEFAULT ARRAY[]::TEXT[];
CREATE INDEX "Claim_matchKeys_idx" ON "Claim" USING GIN ("matchKeys");

-- Accent- and case-insensitive text search (claims table, registries). `unaccent(text)` is only
-- STABLE (it reads its dictionary through search_path), so it cannot be indexed; this wrapper
-- names the dictionary and is IMMUTABLE, and Postgres inlines it, so a query written with it uses
-- an index built on it. Same folding as lib/sources/sql.ts `fold`: curly apostrophes and
-- non-breaking spaces first, then unaccent (œ → oe, ß → ss), then lower case.
CREATE OR REPLACE FUNCTION claimdesk_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN lower(public.unaccent('public.unaccent'::regdictionary, translate(t, E'\u2019\u2018\u02bc\u00a0\u202f', E'\'\'\'  ')));

-- The claims table's text search: statement and quote, folded, trigram-indexed so that
-- `LIKE '%drones%'` is an index scan (not in schema.prisma: Prisma cannot express an expression
-- index; listed in the drift test's ALLOWED_EXTRA_INDEXES). chr(31) separates the two fields so a
-- search never matches across them.
CREATE INDEX "Claim_search_trgm_idx" ON "Claim" USING GIN (claimdesk_fold("statement" || chr(31) || "quote") gin_trgm_ops);
