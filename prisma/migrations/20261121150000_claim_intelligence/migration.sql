-- Claim intelligence (issue 5): suggestions, entities and aliases, claim relations and clusters.

-- CreateEnum
CREATE TYPE "SuggestionKind" AS ENUM ('numeric', 'quote', 'event');

-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('open', 'accepted', 'dismissed');

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('person', 'place', 'organisation');

-- CreateEnum
CREATE TYPE "AliasStatus" AS ENUM ('proposed', 'confirmed', 'rejected');

-- CreateEnum
CREATE TYPE "RelationType" AS ENUM ('same_as', 'contradicts', 'updates', 'narrower', 'broader');

-- CreateEnum
CREATE TYPE "RelationStatus" AS ENUM ('suggested', 'confirmed', 'dismissed');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "matchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN "clusterId" UUID;

-- CreateTable
CREATE TABLE "ClaimSuggestion" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "articleVersion" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "kind" "SuggestionKind" NOT NULL,
    "reasons" JSONB NOT NULL,
    "speaker" JSONB,
    "quantities" JSONB NOT NULL DEFAULT '[]',
    "entities" JSONB NOT NULL DEFAULT '[]',
    "status" "SuggestionStatus" NOT NULL DEFAULT 'open',
    "claimId" UUID,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Entity" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "type" "EntityType" NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "description" VARCHAR(500),
    "keys" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Entity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityAlias" (
    "id" UUID NOT NULL,
    "entityId" UUID NOT NULL,
    "alias" VARCHAR(300) NOT NULL,
    "language" VARCHAR(8),
    "status" "AliasStatus" NOT NULL DEFAULT 'proposed',
    "reason" VARCHAR(500),
    "score" DOUBLE PRECISION,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EntityAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimEntity" (
    "claimId" UUID NOT NULL,
    "entityId" UUID NOT NULL,

    CONSTRAINT "ClaimEntity_pkey" PRIMARY KEY ("claimId","entityId")
);

-- CreateTable
CREATE TABLE "ClaimRelation" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "fromClaimId" UUID NOT NULL,
    "toClaimId" UUID NOT NULL,
    "type" "RelationType" NOT NULL,
    "status" "RelationStatus" NOT NULL DEFAULT 'suggested',
    "score" DOUBLE PRECISION,
    "reason" JSONB,
    "createdById" UUID,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimRelation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Claim_workspaceId_clusterId_idx" ON "Claim"("workspaceId", "clusterId");

-- CreateIndex
CREATE INDEX "ClaimSuggestion_articleId_articleVersion_status_idx" ON "ClaimSuggestion"("articleId", "articleVersion", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimSuggestion_articleId_articleVersion_start_end_key" ON "ClaimSuggestion"("articleId", "articleVersion", "start", "end");

-- CreateIndex
CREATE INDEX "Entity_workspaceId_name_idx" ON "Entity"("workspaceId", "name");

-- CreateIndex
CREATE INDEX "Entity_keys_idx" ON "Entity" USING GIN ("keys");

-- CreateIndex
CREATE UNIQUE INDEX "EntityAlias_entityId_alias_key" ON "EntityAlias"("entityId", "alias");

-- CreateIndex
CREATE INDEX "ClaimEntity_entityId_idx" ON "ClaimEntity"("entityId");

-- CreateIndex
CREATE INDEX "ClaimRelation_toClaimId_idx" ON "ClaimRelation"("toClaimId");

-- CreateIndex
CREATE INDEX "ClaimRelation_workspaceId_type_status_idx" ON "ClaimRelation"("workspaceId", "type", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimRelation_fromClaimId_toClaimId_type_key" ON "ClaimRelation"("fromClaimId", "toClaimId", "type");

-- Trigram index for similar-claim lookups (Prisma cannot express operator classes on a plain
-- @@index; listed in the drift test's ALLOWED_EXTRA_INDEXES).
CREATE INDEX "Claim_matchText_trgm_idx" ON "Claim" USING GIN ("matchText" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "ClaimSuggestion" ADD CONSTRAINT "ClaimSuggestion_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimSuggestion" ADD CONSTRAINT "ClaimSuggestion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimSuggestion" ADD CONSTRAINT "ClaimSuggestion_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityAlias" ADD CONSTRAINT "EntityAlias_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimEntity" ADD CONSTRAINT "ClaimEntity_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimEntity" ADD CONSTRAINT "ClaimEntity_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRelation" ADD CONSTRAINT "ClaimRelation_fromClaimId_fkey" FOREIGN KEY ("fromClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRelation" ADD CONSTRAINT "ClaimRelation_toClaimId_fkey" FOREIGN KEY ("toClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
