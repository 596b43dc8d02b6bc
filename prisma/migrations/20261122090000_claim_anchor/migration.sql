-- A claim's position in its article moves to a table of its own (issue 4, "edit text" benchmark).
-- A new article version rewrites the anchors of all the article's claims in one statement. On the
-- wide Claim row (statement, match keys, rationale) every such UPDATE is a new row version in
-- eleven indexes, four of them GIN over hundreds of trigrams and band keys: 250–850 ms for 1,000
-- claims. In this narrow table the same rewrite touches one primary key, about 20 ms.
-- Claim keeps the quote (it is the claim's text, searched and matched) and the anchor status
-- (the claims table filters on it); both change only for the few claims a re-anchor orphans,
-- restores or re-quotes.

-- CreateTable
CREATE TABLE "ClaimAnchor" (
    "claimId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "start" INTEGER,
    "end" INTEGER,

    CONSTRAINT "ClaimAnchor_pkey" PRIMARY KEY ("claimId")
);

-- Existing claims keep their anchors.
INSERT INTO "ClaimAnchor" ("claimId", "version", "prefix", "suffix", "start", "end")
SELECT "id", "anchorVersion", "prefix", "suffix", "start", "end" FROM "Claim";

-- AddForeignKey
ALTER TABLE "ClaimAnchor" ADD CONSTRAINT "ClaimAnchor_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- DropIndex
DROP INDEX "Claim_articleId_start_idx";

-- AlterTable
ALTER TABLE "Claim" DROP COLUMN "anchorVersion",
DROP COLUMN "prefix",
DROP COLUMN "suffix",
DROP COLUMN "start",
DROP COLUMN "end";

-- CreateIndex
CREATE INDEX "Claim_articleId_idx" ON "Claim"("articleId");
