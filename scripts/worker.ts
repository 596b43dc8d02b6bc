// The background worker process (lib/workers): started by `npm start` / `npm run dev` next to the
// web server (scripts/start.ts), or on its own: `node --conditions=react-server --import tsx
// scripts/worker.ts` with DATABASE_URL set, as many as the queues need. Stops gracefully on
// SIGINT/SIGTERM: no new jobs, running ones finish, then exit 0.
import { startBackgroundWorkers, stopBackgroundWorkers } from "@/lib/workers";

if (!process.env.DATABASE_URL) {
  console.error("[worker] DATABASE_URL is not set");
  process.exit(1);
}

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void stopBackgroundWorkers().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  });
}

await startBackgroundWorkers();
console.log(JSON.stringify({ level: "info", msg: "background workers started", pid: process.pid }));
