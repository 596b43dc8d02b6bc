// Articles and claims made straight in the database, so the sources tests don't depend on the
// claim workbench's mutations.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

export async function createArticle(workspaceId: string, { outlet = null, title = "Koursk : l’armée russe revendique la reprise de 86 % du territoire" }: { outlet?: string | null; title?: string }) {
  return db().article.create({
    data: { workspaceId, title, outlet, contentHash: randomUUID().replaceAll("-", "").padEnd(64, "0") },
  });
}

export async function createClaim(workspaceId: string, articleId: string, speakerIds: string[], statement = "La Russie affirme avoir repris plus de 86 % du territoire.") {
  const verdict = await db().verdict.findFirstOrThrow({ where: { workspaceId, isInitial: true } });
  return db().claim.create({
    data: {
      workspaceId,
      articleId,
      quote: "plus de 86 %",
      anchor: { create: { version: 1, start: 0, end: 12 } },
      statement,
      verdictId: verdict.id,
      speakers: { create: speakerIds.map((sourceId, position) => ({ sourceId, position })) },
    },
  });
}
