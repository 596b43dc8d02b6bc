// Articles, claims and entities made straight in the database, so the entity tests depend neither
// on the claim workbench's mutations nor on the suggestion engine.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { resolveMentions, type MentionInput } from "@/lib/entities/resolve";
import type { AppError } from "@/lib/errors";

export async function createArticle(workspaceId: string, title = "Koursk : l’armée russe revendique la reprise de 86 % du territoire") {
  return db().article.create({
    data: { workspaceId, title, outlet: "Le Quotidien", contentHash: randomUUID().replaceAll("-", "").padEnd(64, "0") },
  });
}

export async function createClaim(workspaceId: string, articleId: string, quote: string, statement = "") {
  const verdict = await db().verdict.findFirstOrThrow({ where: { workspaceId, isInitial: true } });
  return db().claim.create({
    data: { workspaceId, articleId, quote, anchor: { create: { version: 1, start: 0, end: quote.length } }, statement, verdictId: verdict.id },
  });
}

export async function link(claimId: string, ...entityIds: string[]) {
  await db().claimEntity.createMany({ data: entityIds.map((entityId) => ({ claimId, entityId })) });
}

export function resolve(workspaceId: string, actorId: string, mentions: MentionInput[]) {
  return db().$transaction((tx) => resolveMentions(tx, { workspaceId, mentions, actorId }));
}

export async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    return (e as AppError).code ?? String(e);
  }
}

export async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    return e as AppError;
  }
  throw new Error("expected a failure");
}
