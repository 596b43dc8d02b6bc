// Runs import jobs in this process: started by the Next server (instrumentation.ts), by the
// CLI, by the benchmark and by tests. Every instance that runs it takes jobs from the same
// Postgres queue.
import { getBoss, IMPORT_JOB } from "./queue";
import { processImportItem } from "./process-item";

/** Jobs fetched per round trip; each is still completed or failed on its own. */
const BATCH_SIZE = 10;
/** Concurrent loops per process: cleaning is CPU-bound, the rest waits on Postgres. */
const LOOPS = 2;

const globalForWorker = globalThis as unknown as { __claimdeskImportWorker?: Promise<string[]> };

export function startImportWorker(): Promise<string[]> {
  globalForWorker.__claimdeskImportWorker ??= (async () => {
    const boss = await getBoss();
    const ids: string[] = [];
    for (let loop = 0; loop < LOOPS; loop++) {
      // The first batch can arrive before work() returns its id; it then simply waits a round.
      let id = "";
      id = await boss.work<{ itemId: string }>(
        IMPORT_JOB,
        { batchSize: BATCH_SIZE, includeMetadata: true, pollingIntervalSeconds: 0.5 },
        async (jobs) => {
          for (const job of jobs) {
            try {
              await processImportItem({ itemId: job.data.itemId, finalAttempt: job.retryCount >= job.retryLimit });
            } catch (e) {
              // Fails just this job (pg-boss retries it with backoff); completing the batch
              // afterwards only touches jobs still active.
              await boss.fail(IMPORT_JOB, job.id, { message: e instanceof Error ? e.message : String(e) });
            }
          }
          // pg-boss waits a polling interval between fetches; a full batch means more are
          // waiting, so fetch again at once.
          if (jobs.length === BATCH_SIZE && id) boss.notifyWorker(id);
        },
      );
      ids.push(id);
    }
    return ids;
  })();
  return globalForWorker.__claimdeskImportWorker;
}
