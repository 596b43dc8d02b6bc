// The background "suggest-article" job on the real pg-boss queue: every new article version —
// an import, an edited text, a restored line — queues a run in the same transaction, and the
// worker stores the suggestions; the workbench sees "pending" until it has.
import { afterAll, describe, expect, it } from "vitest";

import { editArticleText } from "@/lib/articles/edit-text";
import { restoreRemovedLine } from "@/lib/articles/mutations";
import { db } from "@/lib/db";
import { importPaste } from "@/lib/import/create";
import { processImportItem } from "@/lib/import/process-item";
import { stopBoss } from "@/lib/import/queue";
import { SUGGEST_JOB } from "@/lib/suggestions/queue";
import { listSuggestions } from "@/lib/suggestions/queries";
import { startSuggestionWorker } from "@/lib/suggestions/worker";

import { createWorkspaceWithMembers } from "../../helpers/factories";

const PASTE = [
  "Koursk\u00a0: la Russie revendique une avancée majeure",
  "",
  "Le chef d’état-major russe, Valéri Guérassimov, a affirmé mercredi que l’armée avait repris «\u00a0plus de 86\u00a0%\u00a0» du territoire de la région de Koursk conquis par l’Ukraine.",
  "",
  "Partager sur Facebook",
  "",
  "Selon l’armée de l’air ukrainienne, 130 drones ont été interceptés dans la nuit de samedi à dimanche, une hausse d’environ 46\u00a0% par rapport à la semaine précédente.",
].join("\n");

afterAll(async () => {
  await stopBoss();
});

async function jobs(articleId: string) {
  return db().$queryRaw<{ version: number; state: string }[]>`
    SELECT (data->>'version')::int AS version, state::text AS state FROM pgboss.job
    WHERE name = ${SUGGEST_JOB} AND data->>'articleId' = ${articleId} ORDER BY created_on`;
}

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() - start > timeoutMs) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("suggest-article job", () => {
  it("an import, an edited text and a restored line each queue a run that the worker completes", async () => {
    const { members } = await createWorkspaceWithMembers(["owner", "editor"]);
    const editor = members.editor!;
    const { batchId } = await importPaste({ actor: editor, input: { text: PASTE } });
    const [item] = await db().importItem.findMany({ where: { batchId } });
    expect(await processImportItem({ itemId: item!.id })).toBe("done");
    const { articleId } = await db().importItem.findUniqueOrThrow({ where: { id: item!.id } });
    const article = await db().article.findUniqueOrThrow({ where: { id: articleId! }, include: { versions: true } });
    expect(article.language).toBe("fr");

    // Queued with the version, not yet run: the workbench is told to wait.
    expect(await jobs(article.id)).toEqual([{ version: 1, state: "created" }]);
    const before = await listSuggestions({ actor: editor, input: { articleId: article.id } });
    expect(before).toMatchObject({ pending: true, suggestions: [] });

    await startSuggestionWorker();
    const after = await until(
      () => listSuggestions({ actor: editor, input: { articleId: article.id } }),
      (l) => !l.pending,
    );
    expect(after.pending).toBe(false);
    expect(after.suggestions.map((s) => s.quote)).toEqual(
      expect.arrayContaining([expect.stringContaining("plus de 86\u00a0%"), expect.stringContaining("130 drones")]),
    );

    // Edit text → version 2 → its own run.
    const doc = JSON.parse(JSON.stringify(article.versions[0]!.doc).replace("130 drones", "131 drones")) as Record<string, unknown>;
    await editArticleText({ actor: editor, input: { articleId: article.id, baseVersion: 1, doc } });
    const v2 = await until(
      () => listSuggestions({ actor: editor, input: { articleId: article.id } }),
      (l) => !l.pending && l.suggestions.length > 0,
    );
    expect(v2.version).toBe(2);
    expect(v2.suggestions.some((s) => s.quote.includes("131 drones"))).toBe(true);

    // Restore the removed share line → version 3 → its own run.
    const removed = (await db().articleVersion.findUniqueOrThrow({ where: { articleId_version: { articleId: article.id, version: 2 } } })).removed as { id: string; text: string }[];
    const line = removed.find((l) => l.text.includes("Partager"));
    expect(line).toBeDefined();
    await restoreRemovedLine({ actor: editor, input: { articleId: article.id, lineId: line!.id } });
    const v3 = await until(
      () => listSuggestions({ actor: editor, input: { articleId: article.id } }),
      (l) => !l.pending && l.suggestions.length > 0,
    );
    expect(v3.version).toBe(3);
    expect((await jobs(article.id)).map((j) => [j.version, j.state])).toEqual([
      [1, "completed"],
      [2, "completed"],
      [3, "completed"],
    ]);
  });

  it("a failed import queues nothing", async () => {
    const { members } = await createWorkspaceWithMembers(["owner", "editor"]);
    const { batchId } = await importPaste({ actor: members.editor!, input: { text: "Partager sur Facebook" } });
    const [item] = await db().importItem.findMany({ where: { batchId } });
    expect(await processImportItem({ itemId: item!.id })).toBe("failed");
    const queued = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${SUGGEST_JOB}`;
    // Only the first test's three jobs exist in this file's database.
    expect(queued[0]?.n).toBe(3);
  });
});
