// The import job queue: pg-boss (Postgres-backed, so jobs survive restarts and every app
// instance shares them). Items are enqueued in the same transaction that creates them, through
// pg-boss's `db` option, so an upload is either fully queued or not at all.
import PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";

export const IMPORT_JOB = "import-item";

/** Retries with exponential backoff for unexpected failures; bad input fails at once. */
export const IMPORT_RETRY = { retryLimit: 3, retryDelay: 2, retryBackoff: true } as const;

const stopping = new WeakSet<PgBoss>();
const globalForBoss = globalThis as unknown as { __claimdeskBoss?: { url: string; boss: Promise<PgBoss> } };

/** The started pg-boss instance for the current DATABASE_URL (its schema is created on first start). */
export function getBoss(): Promise<PgBoss> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const current = globalForBoss.__claimdeskBoss;
  if (current && current.url === url) return current.boss;
  const boss = (async () => {
    const instance = new PgBoss({ connectionString: url, schema: "pgboss", max: 4, supervise: true, schedule: false });
    instance.on("error", (e) => {
      // Connections cut while the queue stops (shutdown, tests) are expected, not errors.
      if (!stopping.has(instance)) console.error(JSON.stringify({ level: "error", msg: "pg-boss error", error: e.message }));
    });
    await instance.start();
    await instance.createQueue(IMPORT_JOB, { name: IMPORT_JOB, ...IMPORT_RETRY });
    return instance;
  })();
  globalForBoss.__claimdeskBoss = { url, boss };
  boss.catch(() => {
    if (globalForBoss.__claimdeskBoss?.boss === boss) globalForBoss.__claimdeskBoss = undefined;
  });
  return boss;
}

/** Enqueues one job per item inside the caller's transaction. */
export async function enqueueImportItems(tx: Tx, itemIds: string[]): Promise<void> {
  if (itemIds.length === 0) return;
  const boss = await getBoss();
  await boss.insert(
    itemIds.map((id) => ({ name: IMPORT_JOB, data: { itemId: id }, ...IMPORT_RETRY })),
    { db: { executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }) } },
  );
}

export async function stopBoss(): Promise<void> {
  const current = globalForBoss.__claimdeskBoss;
  globalForBoss.__claimdeskBoss = undefined;
  if (!current) return;
  const boss = await current.boss.catch(() => null);
  if (!boss) return;
  stopping.add(boss);
  await boss.stop({ graceful: true, wait: true, timeout: 10_000 }).catch(() => {});
}
