// Works the "suggest-article" queue in this process: started by the Next server next to the import
// worker (instrumentation.ts) and by tests. Every instance that runs it shares the same queue.
import type PgBoss from "pg-boss";

import { getSuggestionBoss, SUGGEST_JOB, type SuggestJob } from "./queue";
import { runSuggestionJob } from "./run";

/** Jobs fetched per round trip; the engine is CPU-bound, one article takes milliseconds. */
const BATCH_SIZE = 5;

/** One worker per started pg-boss (a stopped and restarted queue gets a new one). */
const workers = new WeakMap<PgBoss, Promise<string>>();

/** Starts working the queue in this process (once); resolves to pg-boss's worker id. */
export async function startSuggestionWorker(): Promise<string> {
  const boss = await getSuggestionBoss();
  let worker = workers.get(boss);
  if (!worker) {
    let id = "";
    worker = boss.work<SuggestJob>(SUGGEST_JOB, { batchSize: BATCH_SIZE, includeMetadata: true, pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) {
        try {
          await runSuggestionJob(job.data);
        } catch (e) {
          // Fails this job only (pg-boss retries it); completing the batch touches the others.
          await boss.fail(SUGGEST_JOB, job.id, { message: e instanceof Error ? e.message : String(e) });
        }
      }
      // A full batch means more are waiting: fetch again without the polling pause.
      if (jobs.length === BATCH_SIZE && id) boss.notifyWorker(id);
    });
    workers.set(boss, worker);
    worker.then((w) => (id = w)).catch(() => workers.delete(boss));
  }
  return worker;
}
