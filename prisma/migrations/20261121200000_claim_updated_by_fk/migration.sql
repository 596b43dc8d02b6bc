-- Claim.updatedById becomes a relation (Claim.updatedBy): the claim's DTO reads the name of who
-- saved it last in the same query as the claim instead of a second round trip, and a deleted
-- user leaves null instead of a dangling id.
UPDATE "Claim" c SET "updatedById" = NULL
 WHERE c."updatedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = c."updatedById");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
