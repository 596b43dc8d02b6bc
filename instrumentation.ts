// Server start-up hook (Next.js): the Node server also works the import queue, so a single
// `npm start` imports in the background. Set IMPORT_WORKER=0 on instances that should only serve.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.IMPORT_WORKER === "0") return;
  const { startImportWorker } = await import("@/lib/import/worker");
  await startImportWorker().catch((e: unknown) => {
    console.error(JSON.stringify({ level: "error", msg: "import worker failed to start", error: e instanceof Error ? e.message : String(e) }));
  });
  // Claim suggestions for every new article version (lib/suggestions/worker.ts), same queue database.
  const { startSuggestionWorker } = await import("@/lib/suggestions/worker");
  await startSuggestionWorker().catch((e: unknown) => {
    console.error(JSON.stringify({ level: "error", msg: "suggestion worker failed to start", error: e instanceof Error ? e.message : String(e) }));
  });
  // Claim analysis (entities, similar claims, contradictions) after each claim write (lib/claims/analysis-worker.ts).
  const { startAnalysisWorker } = await import("@/lib/claims/analysis-worker");
  await startAnalysisWorker().catch((e: unknown) => {
    console.error(JSON.stringify({ level: "error", msg: "claim analysis worker failed to start", error: e instanceof Error ? e.message : String(e) }));
  });
  // Claims written before matching (or its band keys) existed get their match text and keys, in the background.
  const { backfillMatchText } = await import("@/lib/matching/analyse");
  void backfillMatchText().then(
    (n) => n > 0 && console.log(JSON.stringify({ level: "info", msg: "claim match keys filled", claims: n })),
    (e: unknown) => console.error(JSON.stringify({ level: "error", msg: "claim match keys backfill failed", error: e instanceof Error ? e.message : String(e) })),
  );
}
