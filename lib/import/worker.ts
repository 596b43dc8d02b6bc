// Runs import jobs in this process: started by the Next server (instrumentation.ts), by the
// CLI, and by tests. Every instance that runs it takes jobs from the same Postgres queue.
import { getBoss, IMPORT_JOB } from "./queue";
import { processImportItem } from "./process-item";

const globalForWorker = globalThis as unknown as { __claimdeskImportWorker?: Promise<string> };

export function startImportWorker(): Promise<string> {
  globalForWorker.__claimdeskImportWorker ??= (async () => {
    const boss = await getBoss();
    // One job at a time: a thrown error fails exactly that job, which pg-boss then retries
    // with backoff; the next job is fetched as soon as one finishes.
    return boss.work<{ itemId: string }>(IMPORT_JOB, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 0.5 }, async ([job]) => {
      if (!job) return;
      await processImportItem({ itemId: job.data.itemId, finalAttempt: job.retryCount >= job.retryLimit });
    });
  })();
  return globalForWorker.__claimdeskImportWorker;
}
