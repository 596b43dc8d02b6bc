// The background workers: import items, claim suggestions for new article versions, claim
// analysis after each save, and the one-off match-key backfill. All work Postgres-backed pg-boss
// queues, so any number of processes may run them side by side.
//
// `npm start` runs them in a process of their own (scripts/worker.ts): cleaning an imported page,
// suggesting claims and analysing a claim are CPU work, and on the web server's event loop every
// request arriving meanwhile waited for it. A plain `next start` still runs them in the server
// (instrumentation.ts) unless IMPORT_WORKER=0.

const logError = (msg: string) => (e: unknown) => console.error(JSON.stringify({ level: "error", msg, error: e instanceof Error ? e.message : String(e) }));

/** Starts every worker in this process; a worker that fails to start is logged, the others still run. */
export async function startBackgroundWorkers(): Promise<void> {
  const { startImportWorker } = await import("@/lib/import/worker");
  await startImportWorker().catch(logError("import worker failed to start"));
  const { startSuggestionWorker } = await import("@/lib/suggestions/worker");
  await startSuggestionWorker().catch(logError("suggestion worker failed to start"));
  const { startAnalysisWorker } = await import("@/lib/claims/analysis-worker");
  await startAnalysisWorker().catch(logError("claim analysis worker failed to start"));
  // Claims written before matching (or its band keys) existed get their match text and keys, in the background.
  const { backfillMatchText } = await import("@/lib/matching/analyse");
  void backfillMatchText().then((n) => n > 0 && console.log(JSON.stringify({ level: "info", msg: "claim match keys filled", claims: n })), logError("claim match keys backfill failed"));
}

/** Stops taking jobs, lets running ones finish (pg-boss's graceful stop), and closes the database pool. */
export async function stopBackgroundWorkers(): Promise<void> {
  const { stopBoss } = await import("@/lib/import/queue");
  await stopBoss();
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
}
