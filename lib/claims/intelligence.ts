// What happens after a claim is written (issue 5): the people, places and organisations its quote
// names are linked to the workspace's entity registry, then the claim is matched against the
// other claims (similar claims, contradictions: lib/matching). Runs in the background as the
// "analyse-claim" job (./analysis-queue.ts) the write queued, so the edit never waits on the
// analysis or on another editor's registry lock, and never fails because of an analysis problem
// (the job is retried; "look again" in the claim panel runs it by hand).
// Incremental by construction: one claim, one similarity lookup.
import "server-only";

import { db } from "@/lib/db";
import { linkClaimEntities, resolveMentions } from "@/lib/entities/resolve";
import { suggest } from "@/lib/intelligence";
import { analyseClaim } from "@/lib/matching/analyse";

import type { AnalyseJob } from "./analysis-queue";

/** Characters of article text read around the quote, so a name gets its sentence's context. */
const CONTEXT = 300;

/** The entity mentions inside the claim's quote, found with the sentence around it. */
async function mentionsOf(claimId: string) {
  const claim = await db().claim.findUnique({
    where: { id: claimId },
    select: { articleId: true, quote: true, anchorStatus: true, anchor: { select: { version: true, start: true, end: true } }, article: { select: { language: true } } },
  });
  if (!claim) return null;
  const language = claim.article.language === "en" ? "en" : "fr";
  let text = claim.quote;
  let from = 0;
  let to = text.length;
  const anchor = claim.anchor;
  if (claim.anchorStatus === "anchored" && anchor && anchor.start !== null && anchor.end !== null) {
    const version = await db().articleVersion.findUnique({ where: { articleId_version: { articleId: claim.articleId, version: anchor.version } }, select: { text: true } });
    if (version) {
      const lo = Math.max(0, anchor.start - CONTEXT);
      text = version.text.slice(lo, Math.min(version.text.length, anchor.end + CONTEXT));
      from = anchor.start - lo;
      to = anchor.end - lo;
    }
  }
  const seen = new Set<string>();
  const mentions: { text: string; type: "person" | "place" | "organisation" }[] = [];
  for (const s of suggest(text, { language, threshold: 0 })) {
    for (const e of s.entities) {
      if (e.end <= from || e.start >= to || seen.has(`${e.type}:${e.text}`)) continue;
      seen.add(`${e.type}:${e.text}`);
      mentions.push({ text: e.text, type: e.type });
    }
  }
  return mentions;
}

/**
 * Links the claim's entities and refreshes its similar-claim and contradiction suggestions. A
 * claim deleted meanwhile is nothing to do. Throws on a database failure (the job is retried).
 */
export async function analyseWrittenClaim({ claimId, workspaceId, actorId, requestId }: AnalyseJob): Promise<void> {
  const mentions = await mentionsOf(claimId);
  if (mentions === null) return;
  if (mentions.length > 0) {
    await db().$transaction(async (tx) => {
      const resolved = await resolveMentions(tx, { workspaceId, mentions, actorId, requestId });
      const ids = [...new Set(resolved.flatMap((r) => (r ? [r.entity.id] : [])))];
      await linkClaimEntities(tx, { workspaceId, claimId, entityIds: ids });
    });
  }
  await db().$transaction((tx) => analyseClaim(tx, claimId));
}
