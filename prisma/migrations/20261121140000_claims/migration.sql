-- Claims, verdicts, sources and evidence (issue 4).
-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('outlet', 'person', 'organisation', 'government', 'agency', 'document');

-- CreateEnum
CREATE TYPE "Reliability" AS ENUM ('reliable', 'mixed', 'unreliable', 'unknown');

-- CreateEnum
CREATE TYPE "ClaimPriority" AS ENUM ('low', 'normal', 'high', 'urgent');

-- CreateEnum
CREATE TYPE "AnchorStatus" AS ENUM ('anchored', 'orphan');

-- CreateEnum
CREATE TYPE "AnchorMethod" AS ENUM ('created', 'position', 'quote', 'fuzzy', 'orphan', 'reattached');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('url', 'document', 'claim');

-- CreateEnum
CREATE TYPE "EvidenceStance" AS ENUM ('supports', 'refutes', 'context');

-- CreateEnum
CREATE TYPE "SnapshotStatus" AS ENUM ('pending', 'captured', 'failed');

-- CreateTable
CREATE TABLE "Verdict" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "key" VARCHAR(40),
    "name" VARCHAR(60),
    "description" VARCHAR(500),
    "color" CHAR(7) NOT NULL,
    "claimReviewName" VARCHAR(60) NOT NULL,
    "rating" INTEGER NOT NULL,
    "requiresEvidence" BOOLEAN NOT NULL DEFAULT false,
    "isInitial" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,
    "retiredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Verdict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "description" VARCHAR(500),
    "url" TEXT,
    "country" CHAR(2),
    "aliases" TEXT[],
    "reliability" "Reliability" NOT NULL DEFAULT 'unknown',
    "reliabilityNote" VARCHAR(2000),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceReliabilityChange" (
    "id" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "from" "Reliability" NOT NULL,
    "to" "Reliability" NOT NULL,
    "note" VARCHAR(2000),
    "actorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceReliabilityChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "anchorVersion" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "start" INTEGER,
    "end" INTEGER,
    "anchorStatus" "AnchorStatus" NOT NULL DEFAULT 'anchored',
    "statement" TEXT NOT NULL DEFAULT '',
    "verdictId" UUID NOT NULL,
    "rationale" JSONB,
    "rationaleText" TEXT NOT NULL DEFAULT '',
    "claimDate" DATE,
    "firstSeenUrl" TEXT,
    "firstSeenAt" DATE,
    "tags" TEXT[],
    "priority" "ClaimPriority" NOT NULL DEFAULT 'normal',
    "assigneeId" UUID,
    "quantities" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimSpeaker" (
    "claimId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClaimSpeaker_pkey" PRIMARY KEY ("claimId","sourceId")
);

-- CreateTable
CREATE TABLE "VerdictChange" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "fromVerdictId" UUID,
    "toVerdictId" UUID NOT NULL,
    "rationale" JSONB,
    "rationaleText" TEXT NOT NULL DEFAULT '',
    "actorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerdictChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnchorEvent" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "fromVersion" INTEGER NOT NULL,
    "toVersion" INTEGER NOT NULL,
    "method" "AnchorMethod" NOT NULL,
    "score" DOUBLE PRECISION,
    "reason" VARCHAR(40),
    "start" INTEGER,
    "end" INTEGER,
    "actorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnchorEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "stance" "EvidenceStance" NOT NULL,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "title" VARCHAR(500),
    "url" TEXT,
    "snapshotText" TEXT,
    "snapshotStatus" "SnapshotStatus",
    "snapshotError" VARCHAR(80),
    "snapshotAt" TIMESTAMPTZ(3),
    "documentName" VARCHAR(300),
    "documentType" VARCHAR(100),
    "document" BYTEA,
    "documentText" TEXT,
    "linkedClaimId" UUID,
    "addedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Verdict_workspaceId_position_idx" ON "Verdict"("workspaceId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Verdict_workspaceId_key_key" ON "Verdict"("workspaceId", "key");

-- CreateIndex
CREATE INDEX "Source_workspaceId_name_idx" ON "Source"("workspaceId", "name");

-- CreateIndex
CREATE INDEX "SourceReliabilityChange_sourceId_createdAt_idx" ON "SourceReliabilityChange"("sourceId", "createdAt");

-- CreateIndex
CREATE INDEX "Claim_workspaceId_updatedAt_id_idx" ON "Claim"("workspaceId", "updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Claim_articleId_start_idx" ON "Claim"("articleId", "start");

-- CreateIndex
CREATE INDEX "Claim_workspaceId_verdictId_updatedAt_idx" ON "Claim"("workspaceId", "verdictId", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Claim_workspaceId_assigneeId_updatedAt_idx" ON "Claim"("workspaceId", "assigneeId", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Claim_tags_idx" ON "Claim" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "ClaimSpeaker_sourceId_idx" ON "ClaimSpeaker"("sourceId");

-- CreateIndex
CREATE INDEX "VerdictChange_claimId_createdAt_idx" ON "VerdictChange"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "AnchorEvent_claimId_createdAt_idx" ON "AnchorEvent"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "Evidence_claimId_createdAt_idx" ON "Evidence"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "Evidence_linkedClaimId_idx" ON "Evidence"("linkedClaimId");

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceReliabilityChange" ADD CONSTRAINT "SourceReliabilityChange_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimSpeaker" ADD CONSTRAINT "ClaimSpeaker_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimSpeaker" ADD CONSTRAINT "ClaimSpeaker_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictChange" ADD CONSTRAINT "VerdictChange_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnchorEvent" ADD CONSTRAINT "AnchorEvent_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_linkedClaimId_fkey" FOREIGN KEY ("linkedClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The default verdict set (lib/verdicts/defaults.ts) for workspaces created before this migration.
INSERT INTO "Verdict" ("id", "workspaceId", "key", "color", "claimReviewName", "rating", "requiresEvidence", "isInitial", "position", "updatedAt")
SELECT gen_random_uuid(), w."id", d.key, d.color, d.name, d.rating, d.req, d.initial, d.pos, CURRENT_TIMESTAMP
  FROM "Workspace" w
 CROSS JOIN (VALUES
    ('unverified', '#64748b', 'Unverified', 3, false, true, 0),
    ('in_progress', '#2563eb', 'In progress', 3, false, false, 1),
    ('verified', '#15803d', 'True', 5, true, false, 2),
    ('mostly_true', '#65a30d', 'Mostly true', 4, true, false, 3),
    ('misleading', '#d97706', 'Misleading', 2, true, false, 4),
    ('disputed', '#ea580c', 'Disputed', 3, false, false, 5),
    ('contradictory', '#9333ea', 'Contradictory', 3, false, false, 6),
    ('false', '#dc2626', 'False', 1, true, false, 7),
    ('unverifiable', '#78716c', 'Unverifiable', 3, false, false, 8)
 ) AS d(key, color, name, rating, req, initial, pos);
