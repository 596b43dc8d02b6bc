-- A claim created without tags had NULL, not an empty list (Prisma omits a list it was not
-- given), and raw queries (claims table, bulk actions) read NULL where they expected a list.
ALTER TABLE "Claim" ALTER COLUMN "tags" SET DEFAULT ARRAY[]::TEXT[];
UPDATE "Claim" SET "tags" = ARRAY[]::TEXT[] WHERE "tags" IS NULL;
