// Works the "analyse-claim" queue in this process: started by the Next server next to the import
// and suggestion workers (instrumentation.ts), and by the benchmarks that measure saves with it.
import type PgBoss from "pg-boss";

import { ANALYSE_JOB, getAnalysisBoss, type AnalyseJob } from "./analysis-queue";
import { analyseWrittenClaim } from "./intelligence";

/** Jobs fetched per round trip; each analysis is a few queries and a few milliseconds of CPU. */
const BATCH_SIZE = 10;

const workers = new WeakMap<PgBoss, Promise<string>>();

/** Starts working the queue in this process (once per started pg-boss); resolves to the worker id. */
export async function startAnalysisWorker(): Promise<string> {
  const boss = await getAnalysisBoss();
  let worker = workers.get(boss);
  if (!worker) {
    let id = "";
    // pg-boss's shortest polling interval; a new claim's links show within about a second.
    worker = boss.work<AnalyseJob>(ANALYSE_JOB, { batchSize: BATCH_SIZE, pollingIntervalSeconds: 0.5 }, async (jobs) => {
      for (const job of jobs) {
        try {
          await analyseWrittenClaim(job.data);
        } catch (e) {
          console.error(JSON.stringify({ level: "error", msg: "claim analysis failed", claimId: job.data.claimId, requestId: job.data.requestId, error: e instanceof Error ? e.stack : String(e) }));
          await boss.fail(ANALYSE_JOB, job.id, { message: e instanceof Error ? e.message : String(e) });
        }
      }
      if (jobs.length === BATCH_SIZE && id) boss.notifyWorker(id);
    });
    workers.set(boss, worker);
    worker.then((w) => (id = w)).catch(() => workers.delete(boss));
  }
  return worker;
}
