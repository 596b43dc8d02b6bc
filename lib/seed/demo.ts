// The demo workspace "Desk démo" with one user per role, and what a newcomer should see in it at
// once: two articles (lib/seed/demo-articles.ts) imported through the real pipeline, their claim
// suggestions computed, the figures accepted as claims — so the aliases are proposed ("Kiev" for
// "Kyiv"), the same assertion in both articles is linked and the differing toll is flagged.
// Idempotent: running it again resets the demo users' passwords and roles, imports only demo
// articles the workspace does not have, and otherwise only catches up on claim intelligence
// (suggestions for articles that have none, matchText and analysis for claims never analysed).
// Passwords are in the README.
import "server-only";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/authz/authorize";
import { db } from "@/lib/db";
import { cleanArticle } from "@/lib/import/clean";
import { importPaste } from "@/lib/import/create";
import { processImportItem } from "@/lib/import/process-item";
import { stopBoss } from "@/lib/import/queue";
import { analyseClaim, backfillMatchText } from "@/lib/matching/analyse";
import { acceptSuggestion } from "@/lib/suggestions/mutations";
import { suggestForVersion } from "@/lib/suggestions/run";
import { defaultVerdictRows } from "@/lib/verdicts/defaults";

import { DEMO_ARTICLES, demoArticleHtml } from "./demo-articles";
import { DEMO_USERS, DEMO_WORKSPACE } from "./demo-users";

export { DEMO_USERS, DEMO_WORKSPACE };

/** Articles without suggestions looked at per run (the catch-up must stay fast on a large desk). */
const CATCH_UP_ARTICLES = 50;

export interface DemoContent {
  /** Demo articles imported by this run (0 when they were all there). */
  articlesImported: number;
  /** Articles whose suggestions this run computed (the imported ones and any that had none). */
  articlesSuggested: number;
  /** Suggestions accepted as claims by this run. */
  claimsAccepted: number;
  /** Claims given a matchText and analysed by this run. */
  claimsAnalysed: number;
}

export async function seedDemo(): Promise<{ workspaceSlug: string; users: typeof DEMO_USERS; content: DemoContent | null }> {
  const hashes = await Promise.all(DEMO_USERS.map((u) => hashPassword(u.password)));
  const { workspaceId, editorId } = await db().$transaction(async (tx) => {
    const workspace = await tx.workspace.upsert({
      where: { slug: DEMO_WORKSPACE.slug },
      create: { ...DEMO_WORKSPACE },
      update: {},
    });
    await tx.verdict.createMany({ data: defaultVerdictRows(workspace.id), skipDuplicates: true });
    let editorId = "";
    for (const [i, u] of DEMO_USERS.entries()) {
      const user = await tx.user.upsert({
        where: { email: u.email },
        create: { email: u.email, name: u.name, passwordHash: hashes[i]! },
        update: { passwordHash: hashes[i]!, sessionVersion: { increment: 1 } },
      });
      await tx.membership.upsert({
        where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } },
        create: { workspaceId: workspace.id, userId: user.id, role: u.role },
        update: { role: u.role },
      });
      if (u.role === "editor") editorId = user.id;
    }
    await tx.auditEvent.create({
      data: { workspaceId: workspace.id, actorId: null, action: "workspace.seed_demo", targetType: "workspace", targetId: workspace.id },
    });
    return { workspaceId: workspace.id, editorId };
  });

  // The accounts are what `npm start` cannot do without; a problem with the demo articles is
  // logged and leaves the workspace usable.
  let content: DemoContent | null = null;
  try {
    content = await seedDemoContent({ actor: { userId: editorId, workspaceId, role: "editor" } });
  } catch (e) {
    console.error(JSON.stringify({ level: "error", msg: "demo content not seeded", error: e instanceof Error ? e.stack : String(e) }));
  } finally {
    // The seed runs outside the server (start script, db:seed, benchmarks): the job queue the
    // imports started here must not keep this process or its database connection alive. The
    // jobs it queued (import, suggestions, analysis) are already done or idempotent; the server's
    // workers run them again as no-ops.
    await stopBoss();
  }
  return { workspaceSlug: DEMO_WORKSPACE.slug, users: DEMO_USERS, content };
}

/**
 * Imports the demo articles the workspace lacks (as the demo editor, through the import pipeline,
 * processed here rather than by a worker: none runs yet on a first start), computes suggestions
 * for them and for any article that has none for its current version, accepts the new articles'
 * figures as claims, then gives every claim without a matchText one and analyses it (entities,
 * similar claims, contradictions) — so links and flags exist before anyone opens the desk.
 */
async function seedDemoContent({ actor }: { actor: Actor }): Promise<DemoContent> {
  const { workspaceId } = actor;
  const imported: string[] = [];
  for (const article of DEMO_ARTICLES) {
    const html = demoArticleHtml(article);
    const hash = cleanArticle({ kind: "html", content: html, title: article.title }).metadata.contentHash;
    const present = await db().article.findFirst({
      where: { workspaceId, OR: [{ contentHash: hash }, { versions: { some: { contentHash: hash } } }] },
      select: { id: true },
    });
    if (present) continue;
    const { batchId } = await importPaste({ actor, input: { title: article.title, html } });
    for (const item of await db().importItem.findMany({ where: { batchId, status: "queued" }, select: { id: true } })) {
      await processImportItem({ itemId: item.id });
    }
    const done = await db().importItem.findFirst({ where: { batchId, status: "done" }, select: { articleId: true } });
    if (!done?.articleId) throw new Error(`demo article "${article.key}" was not imported`);
    imported.push(done.articleId);
  }

  // Suggestions: the new articles, and any article of the desk that has none for its current version.
  const unsuggested = await db().$queryRaw<{ id: string; version: number }[]>`
    SELECT a.id::text AS id, a."currentVersion" AS version FROM "Article" a
     WHERE a."workspaceId" = ${workspaceId}::uuid
       AND NOT EXISTS (SELECT 1 FROM "ClaimSuggestion" s WHERE s."articleId" = a.id AND s."articleVersion" = a."currentVersion")
     ORDER BY a."createdAt" LIMIT ${CATCH_UP_ARTICLES}`;
  for (const a of unsuggested) await suggestForVersion({ articleId: a.id, version: a.version });

  // The new articles' figures become claims, as an editor accepting them would make them.
  const accepted: string[] = [];
  for (const articleId of imported) {
    const figures = await db().claimSuggestion.findMany({
      where: { workspaceId, articleId, status: "open", kind: "numeric" },
      orderBy: { start: "asc" },
      select: { id: true },
    });
    for (const s of figures) {
      const r = await acceptSuggestion({ actor, input: { suggestionId: s.id } });
      accepted.push(r.claim.id);
    }
  }

  // Claims that were never matched (written before matching existed, or just accepted here):
  // every one gets its matchText first, so each analysis can find the others.
  const unmatched = await db().claim.findMany({ where: { workspaceId, matchText: "" }, select: { id: true }, orderBy: { createdAt: "asc" } });
  await backfillMatchText({ workspaceId });
  const toAnalyse = [...new Set([...unmatched.map((c) => c.id), ...accepted])];
  for (const id of toAnalyse) await db().$transaction((tx) => analyseClaim(tx, id));

  return { articlesImported: imported.length, articlesSuggested: unsuggested.length, claimsAccepted: accepted.length, claimsAnalysed: toAnalyse.length };
}

export function formatDemoCredentials(): string {
  const rows = DEMO_USERS.map((u) => `  ${u.role.padEnd(7)} ${u.email.padEnd(24)} ${u.password}`);
  return [`Demo workspace "${DEMO_WORKSPACE.name}" (/w/${DEMO_WORKSPACE.slug}):`, ...rows].join("\n");
}
