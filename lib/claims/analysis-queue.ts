// The "analyse-claim" job: a claim that was created, re-attached or edited in what matching
// compares (statement, speakers, figures, date) is analysed in the background — its entities
// linked, similar claims and contradictions looked for (./intelligence.ts). The job is queued
// inside the claim's own transaction, so it exists exactly when the write does, and the save
// answers without waiting for the analysis: under many concurrent editors the analysis would
// otherwise double every save's round trip.
//
// The queue is pg-boss's "stately" policy keyed by claim id: at most one job queued and one
// running per claim, so a burst of saves on one claim costs one or two analyses, and the one
// queued always reads the claim as it is when it runs. A queued job waits ANALYSE_DELAY_SECONDS before
// it may start: an editor creates a claim from a selection and writes its statement a few seconds
// later, and the statement is what matching reads most — analysing the bare quote in between
// would double the work of every new claim (with 50 editors saving, that was half the CPU the
// saves competed with) for a result replaced moments later.
import type PgBoss from "pg-boss";

import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { getBoss } from "@/lib/import/queue";

export const ANALYSE_JOB = "analyse-claim";

/** How long a queued analysis waits for more saves of the same claim before it may run. */
export const ANALYSE_DELAY_SECONDS = 3;

/** A failed run (the database went away) is retried a little later; the analysis is idempotent. */
export const ANALYSE_RETRY = { retryLimit: 3, retryDelay: 2, retryBackoff: true } as const;

export interface AnalyseJob {
  claimId: string;
  workspaceId: string;
  actorId: string;
  requestId?: string;
}

const ready = new WeakMap<PgBoss, Promise<void>>();

/** The started pg-boss with the analysis queue created (a job needs its queue to exist). */
export async function getAnalysisBoss(): Promise<PgBoss> {
  const boss = await getBoss();
  let created = ready.get(boss);
  if (!created) {
    created = boss.createQueue(ANALYSE_JOB, { name: ANALYSE_JOB, policy: "stately", ...ANALYSE_RETRY });
    ready.set(boss, created);
    created.catch(() => ready.delete(boss));
  }
  await created;
  return boss;
}

/**
 * Queues the claim's analysis inside the caller's transaction, to start ANALYSE_DELAY_SECONDS from now
 * (one INSERT; dropped when one is already queued, which then reads this save too).
 */
export async function enqueueAnalysis(tx: Tx, job: AnalyseJob): Promise<void> {
  const boss = await getAnalysisBoss();
  const data: AnalyseJob = { claimId: job.claimId, workspaceId: job.workspaceId, actorId: job.actorId, ...(job.requestId ? { requestId: job.requestId } : {}) };
  // An interval, which pg-boss adds to the database's now() (no clock skew between app and database).
  const startAfter = `${ANALYSE_DELAY_SECONDS} seconds`;
  await boss.insert([{ name: ANALYSE_JOB, data, singletonKey: job.claimId, startAfter, ...ANALYSE_RETRY }], {
    db: { executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }) },
  });
}

/**
 * Whether the claim's analysis is queued or running (the claim panel then shows that its links are
 * being looked for, and asks again). Before pg-boss has ever started there is no job table: false.
 */
export async function analysisPending(claimId: string): Promise<boolean> {
  // Written as pg-boss's own unique index on stately queues reads (name, state, coalesced key).
  try {
    const rows = await db().$queryRaw<{ pending: boolean }[]>`
      SELECT EXISTS (
        SELECT 1 FROM pgboss.job
         WHERE name = ${ANALYSE_JOB} AND policy = 'stately' AND state <= 'active'
           AND COALESCE(singleton_key, '') = ${claimId}
      ) AS pending`;
    return rows[0]?.pending ?? false;
  } catch {
    return false;
  }
}
