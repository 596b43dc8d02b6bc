-- Entity resolution's similarity search (lib/entities/resolve.ts): when no entity answers to a
-- mention's key, the entities of its type whose keys are trigram-similar are candidates. Without
-- an index that compared the mention with every key of every entity of the type. The keys of an
-- entity, as one text, get a trigram index; the search first asks it for the entities one of
-- whose keys is word-similar to the mention (`<%`, which lets through everything the exact
-- per-key similarity would keep), then computes that similarity for those only.
-- array_to_string is only STABLE in general (element output functions may depend on settings);
-- for text[] it is not, so this wrapper can be IMMUTABLE and indexed. Not in schema.prisma
-- (Prisma cannot express an expression index); listed in the drift test's ALLOWED_EXTRA_INDEXES.
CREATE OR REPLACE FUNCTION claimdesk_entity_keys(keys text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN array_to_string(keys, ' ');

CREATE INDEX "Entity_keys_trgm_idx" ON "Entity" USING GIN (claimdesk_entity_keys("keys") gin_trgm_ops);
