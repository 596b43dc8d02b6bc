-- The claims table sorts by creation and by claim date with keyset pages: without these, each
-- page of a 200k-claim workspace was a full scan (~400 ms; ~0.7 ms with them, bench/claims-table).

-- CreateIndex
CREATE INDEX "Claim_workspaceId_createdAt_id_idx" ON "Claim"("workspaceId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Claim_workspaceId_claimDate_id_idx" ON "Claim"("workspaceId", "claimDate" DESC, "id" DESC);
