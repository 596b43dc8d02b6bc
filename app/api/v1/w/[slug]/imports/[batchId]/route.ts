// GET /api/v1/w/[slug]/imports/[batchId] — the batch's items and their status (any member).
import { workspaceRoute } from "@/lib/api/route";
import { getImportBatch } from "@/lib/articles/queries";
import { notFound } from "@/lib/errors";

export const GET = workspaceRoute<{ slug: string; batchId: string }>(async ({ actor, params }) => {
  const batch = await getImportBatch({ actor, batchId: params.batchId });
  if (!batch) throw notFound("importBatchNotFound");
  return Response.json(batch, { headers: { "Cache-Control": "no-store" } });
});
