-- CreateEnum
CREATE TYPE "ImportSource" AS ENUM ('paste', 'file', 'url');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('queued', 'processing', 'done', 'duplicate', 'failed');

-- CreateTable
CREATE TABLE "Article" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "title" VARCHAR(500) NOT NULL,
    "outlet" VARCHAR(200),
    "url" TEXT,
    "author" VARCHAR(300),
    "publishedAt" TIMESTAMPTZ(3),
    "language" VARCHAR(8),
    "wordCount" INTEGER NOT NULL DEFAULT 0,
    "contentHash" CHAR(64) NOT NULL,
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleVersion" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "original" BYTEA NOT NULL,
    "originalType" VARCHAR(20) NOT NULL,
    "originalName" VARCHAR(300),
    "encoding" VARCHAR(20),
    "sourceUrl" TEXT,
    "canonicalUrl" TEXT,
    "text" TEXT NOT NULL,
    "doc" JSONB NOT NULL,
    "removed" JSONB NOT NULL,
    "restored" TEXT[],
    "contentHash" CHAR(64) NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportItem" (
    "id" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "source" "ImportSource" NOT NULL,
    "name" VARCHAR(500) NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'queued',
    "payload" BYTEA,
    "url" TEXT,
    "targetArticleId" UUID,
    "errorKey" VARCHAR(80),
    "errorValues" JSONB,
    "articleId" UUID,
    "duplicateOfId" UUID,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ImportItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Article_workspaceId_createdAt_idx" ON "Article"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "Article_workspaceId_contentHash_idx" ON "Article"("workspaceId", "contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleVersion_articleId_version_key" ON "ArticleVersion"("articleId", "version");

-- CreateIndex
CREATE INDEX "ImportBatch_workspaceId_createdAt_idx" ON "ImportBatch"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "ImportItem_batchId_createdAt_idx" ON "ImportItem"("batchId", "createdAt");

-- CreateIndex
CREATE INDEX "ImportItem_workspaceId_status_idx" ON "ImportItem"("workspaceId", "status");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleVersion" ADD CONSTRAINT "ArticleVersion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportItem" ADD CONSTRAINT "ImportItem_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
