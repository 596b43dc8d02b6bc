import "server-only";
import { db } from "@/lib/db";

/** Round-trips the database with a 2-second cap, reporting latency or the failure. */
export async function checkDatabase(): Promise<{ ok: boolean; latencyMs?: number; error?: string }> {
  const started = performance.now();
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timed out after 2000 ms")), 2000).unref()),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message.split("\n")[0] : "unreachable" };
  }
}
