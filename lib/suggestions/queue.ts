// The "suggest-article" job: every new article version (import, new version, edited text,
// restored line) queues one, and a worker (./worker.ts) runs the engine on it in the background.
// Same pg-boss instance as the import queue (lib/import/queue.ts); the job can be queued inside
// the transaction that creates the version, so it exists exactly when the version does.
import type PgBoss from "pg-boss";

import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { getBoss } from "@/lib/import/queue";

export const SUGGEST_JOB = "suggest-article";

/** A failed run (the database went away) is retried a little later; the run itself is idempotent. */
export const SUGGEST_RETRY = { retryLimit: 3, retryDelay: 5, retryBackoff: true } as const;

export interface SuggestJob {
  articleId: string;
  version: number;
}

const ready = new WeakMap<PgBoss, Promise<void>>();

/**
 * The started pg-boss with the suggestion queue created. pg-boss 10 refuses (at commit, through a
 * deferred foreign key) a job whose queue does not exist, which would roll the version back.
 */
export async function getSuggestionBoss(): Promise<PgBoss> {
  const boss = await getBoss();
  let created = ready.get(boss);
  if (!created) {
    created = boss.createQueue(SUGGEST_JOB, { name: SUGGEST_JOB, ...SUGGEST_RETRY });
    ready.set(boss, created);
    created.catch(() => ready.delete(boss));
  }
  await created;
  return boss;
}

/**
 * Queues a suggestion run for an article version: inside the caller's transaction when given
 * (the job commits with the version), else at once. Queueing is best effort outside a
 * transaction: a failure is logged, never thrown — "Suggest claims" in the workbench still works.
 */
export async function enqueueSuggestions(tx: Tx | null, job: SuggestJob): Promise<void> {
  const data = { articleId: job.articleId, version: job.version };
  if (tx) {
    const boss = await getSuggestionBoss();
    await boss.insert([{ name: SUGGEST_JOB, data, ...SUGGEST_RETRY }], {
      db: { executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }) },
    });
    return;
  }
  try {
    const boss = await getSuggestionBoss();
    await boss.send(SUGGEST_JOB, data, SUGGEST_RETRY);
  } catch (e) {
    console.error(JSON.stringify({ level: "error", msg: "suggestion job not queued", ...data, error: e instanceof Error ? e.message : String(e) }));
  }
}

/**
 * Whether a run for this version is queued or running (the workbench then waits for it). Reads
 * pg-boss's job table; before pg-boss has ever started there is none, and nothing is pending.
 */
export async function suggestionsPending(job: SuggestJob): Promise<boolean> {
  try {
    const rows = await db().$queryRaw<{ pending: boolean }[]>`
      SELECT EXISTS (
        SELECT 1 FROM pgboss.job
        WHERE name = ${SUGGEST_JOB} AND state IN ('created', 'retry', 'active')
          AND data->>'articleId' = ${job.articleId} AND (data->>'version')::int = ${job.version}
      ) AS pending`;
    return rows[0]?.pending ?? false;
  } catch {
    return false;
  }
}
