// Works the "analyse-claim" queue once, as the server's worker does (lib/claims/analysis-worker.ts),
// so integration tests see what a claim write queued analysed, without waiting out the delay a
// queued analysis gives further saves (ANALYSE_DELAY_SECONDS). Returns the claim ids analysed.
import { ANALYSE_JOB, getAnalysisBoss, type AnalyseJob } from "@/lib/claims/analysis-queue";
import { analyseWrittenClaim } from "@/lib/claims/intelligence";

export async function runQueuedAnalyses(): Promise<string[]> {
  const boss = await getAnalysisBoss();
  const done: string[] = [];
  for (;;) {
    const jobs = await boss.fetch<AnalyseJob>(ANALYSE_JOB, { batchSize: 50, ignoreStartAfter: true });
    if (jobs.length === 0) return done;
    for (const job of jobs) {
      await analyseWrittenClaim(job.data);
      await boss.complete(ANALYSE_JOB, job.id);
      done.push(job.data.claimId);
    }
  }
}
