// An article stored the way import stores it (cleaned text + validated document), without going
// through the queue: for tests of what happens to articles after import.
import type { Actor } from "@/lib/authz/authorize";
import { describe as describeSelection } from "@/lib/anchoring/selectors";
import { createClaim } from "@/lib/claims/mutations";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cleanArticle } from "@/lib/import/clean";

export async function createArticle(workspaceId: string, content: string, title = "Article de test") {
  const cleaned = cleanArticle({ kind: "text", content, title });
  return db().article.create({
    data: {
      workspaceId,
      title,
      outlet: "Le Quotidien",
      contentHash: cleaned.metadata.contentHash,
      wordCount: cleaned.metadata.wordCount,
      versions: {
        create: {
          version: 1,
          original: new TextEncoder().encode(content),
          originalType: "text",
          text: cleaned.text,
          doc: cleaned.doc as Prisma.InputJsonValue,
          removed: [],
          restored: [],
          contentHash: cleaned.metadata.contentHash,
        },
      },
    },
    include: { versions: true },
  });
}

/** Creates a claim on the first occurrence of `quote` in the article's current text. */
export async function claimOn(actor: Actor, articleId: string, quote: string) {
  const article = await db().article.findUniqueOrThrow({ where: { id: articleId } });
  const version = await db().articleVersion.findUniqueOrThrow({ where: { articleId_version: { articleId, version: article.currentVersion } } });
  const start = version.text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in article: ${quote}`);
  const sel = describeSelection(version.text, start, start + quote.length);
  return createClaim({ actor, input: { articleId, articleVersion: article.currentVersion, quote: sel.quote, position: sel.position } });
}
