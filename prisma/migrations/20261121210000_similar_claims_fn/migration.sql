-- The similar-claim lookup's candidate query (lib/matching/analyse.ts findSimilarClaims): claims of
-- other articles of the workspace sharing a MinHash band key with the claim ("matchKeys" &&
-- keys, GIN index "Claim_matchKeys_idx"), ranked by pg_trgm similarity, best first.
--
-- A function for its SET clause. Band keys are uniformly random strings, so ANALYZE never finds a
-- frequent one and Postgres prices each key at its default share of the rows: "shares one of 80
-- keys" comes out at a third of the table, where the index returns a few hundred rows at most.
-- On that estimate the planner reads the whole table instead (seen: 22 s instead of 5 ms on
-- 200,000 claims). The index is always the right way in, so sequential scans are
-- ruled out while this function runs, and only then (SET on a function lasts for its call), at no
-- extra round trip.
CREATE FUNCTION claimdesk_similar_claims(workspace uuid, article uuid, match_text text, keys text[], threshold real, max_rows integer)
  RETURNS TABLE ("id" uuid, "sim" real)
  LANGUAGE sql STABLE PARALLEL SAFE
  ROWS 20
  SET enable_seqscan = off
AS $$
  SELECT k."id", k."sim" FROM (
    SELECT c."id", similarity(c."matchText", match_text) AS "sim"
      FROM "Claim" c
     WHERE c."matchKeys" && keys
       AND c."workspaceId" = workspace
       AND c."articleId" <> article
  ) k
   WHERE k."sim" >= threshold
   ORDER BY k."sim" DESC, k."id"
   LIMIT max_rows
$$;
