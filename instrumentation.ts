// Server start-up hook (Next.js). `npm start` runs the background workers in a process of their
// own (scripts/worker.ts) and sets IMPORT_WORKER=0 here; a bare `next start` works the queues in
// the server itself, so a single process still imports, suggests and analyses in the background.
// Set IMPORT_WORKER=0 on instances that should only serve.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.IMPORT_WORKER === "0") return;
  const { startBackgroundWorkers } = await import("@/lib/workers");
  await startBackgroundWorkers();
}
