// Benchmark "import": 1,000 articles (the shared corpus repeated with variations, so none is a
// duplicate) imported end to end — upload batches, the pg-boss queue, sniffing, cleaning,
// duplicate check, article + version rows — by the same worker the server runs, on a fresh
// embedded Postgres. Compared, in the same run, with one bare multi-row INSERT of the same rows.
// Run: `npm run bench -- import`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { hashPassword } from "@/lib/auth/password";
import { db, disconnectDb } from "@/lib/db";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { cleanArticle } from "@/lib/import/clean";
import { importFiles } from "@/lib/import/create";
import { getBoss, stopBoss } from "@/lib/import/queue";
import { processImportItem } from "@/lib/import/process-item";
import { startImportWorker } from "@/lib/import/worker";
import type { Prisma } from "@/lib/generated/prisma/client";
import { below, percentile, round, writeResult, type Figure } from "./lib/report";

const N = 1000;
const BATCH = 100;
const TARGET_PER_SECOND = 50;

function corpus(): { name: string; text: string }[] {
  const dir = path.resolve(path.dirname(import.meta.dirname), "..", "shared", "corpus");
  if (existsSync(dir)) {
    return readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => ({ name: f, text: readFileSync(path.join(dir, f), "utf8") }));
  }
  console.log("[import] ../shared/corpus not found: using generated French articles instead");
  return Array.from({ length: 5 }, (_, i) => ({
    name: `generated-${i}.txt`,
    text: `Titre ${i}\n\n` + Array.from({ length: 30 }, (_, j) => `Selon le ministère, ${j * 7 + i} drones ont été interceptés dans la nuit, a déclaré le porte-parole « sans ambiguïté ».`).join("\n\n"),
  }));
}

/** Article i: a corpus text with a distinct paragraph added, so none is a duplicate of another. */
function variant(base: { name: string; text: string }, i: number) {
  const extra = `\n\nMise à jour n° ${i} : le bilan a été révisé à ${100 + i} victimes selon les autorités locales, qui n’ont pas précisé leurs sources.\n`;
  return { name: `${i}-${base.name}`, bytes: new TextEncoder().encode(base.text + extra) };
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), "claimdesk-bench-import-"));
const pg = await startEmbeddedPostgres({ dataDir });
process.env.DATABASE_URL = pg.url;
let peakRss = process.memoryUsage().rss;
const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
try {
  await migrate({ connectionString: pg.url });
  const user = await db().user.create({ data: { email: "bench@claimdesk.test", name: "Bench", passwordHash: await hashPassword("bench-password-1") } });
  const ws = await db().workspace.create({ data: { name: "Bench", slug: "bench" } });
  await db().membership.create({ data: { workspaceId: ws.id, userId: user.id, role: "editor" } });
  const actor = { userId: user.id, workspaceId: ws.id, role: "editor" as const };
  const bases = corpus();
  const files = Array.from({ length: N }, (_, i) => variant(bases[i % bases.length]!, i));
  await getBoss(); // queue schema created before the clock starts, as on a running server

  const started = performance.now();
  const batches: string[] = [];
  for (let i = 0; i < N; i += BATCH) batches.push((await importFiles({ actor, files: files.slice(i, i + BATCH) })).batchId);
  await startImportWorker();
  for (;;) {
    const open = await db().importItem.count({ where: { batchId: { in: batches }, status: { in: ["queued", "processing"] } } });
    if (open === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  const outcome = await db().importItem.groupBy({ by: ["status"], where: { batchId: { in: batches } }, _count: true });
  const done = outcome.find((o) => o.status === "done")?._count ?? 0;
  if (done !== N) throw new Error(`expected ${N} imported articles, got ${JSON.stringify(outcome)}`);

  // Upload-to-article latency of each item through the queue (includes waiting in line).
  const latency = (await db().importItem.findMany({ where: { batchId: { in: batches } }, select: { createdAt: true, updatedAt: true } })).map(
    (i) => i.updatedAt.getTime() - i.createdAt.getTime(),
  );
  await stopBoss();

  // Processing time of one article on its own: the same function the worker runs, timed directly.
  const extra = await importFiles({ actor, files: Array.from({ length: 200 }, (_, i) => variant(bases[i % bases.length]!, N + i)) });
  const perArticle: number[] = [];
  for (const item of await db().importItem.findMany({ where: { batchId: extra.batchId }, select: { id: true } })) {
    const t = performance.now();
    await processImportItem({ itemId: item.id });
    perArticle.push(performance.now() - t);
  }

  // The floor: the same article + version rows written by one multi-row INSERT each.
  const cleaned = files.map((f) => cleanArticle({ kind: "text", content: new TextDecoder().decode(f.bytes), fileName: f.name }));
  const ws2 = await db().workspace.create({ data: { name: "Floor", slug: "floor" } });
  const rows = cleaned.map((c, i) => ({ id: crypto.randomUUID(), c, f: files[i]! }));
  const insertStarted = performance.now();
  await db().article.createMany({
    data: rows.map(({ id, c }) => ({ id, workspaceId: ws2.id, title: c.metadata.title ?? "x", language: c.metadata.language, wordCount: c.metadata.wordCount, contentHash: c.metadata.contentHash })),
  });
  await db().articleVersion.createMany({
    data: rows.map(({ id, c, f }) => ({
      articleId: id,
      version: 1,
      original: Buffer.from(f.bytes),
      originalType: "text",
      text: c.text,
      doc: c.doc as Prisma.InputJsonValue,
      removed: c.removed as unknown as Prisma.InputJsonValue,
      contentHash: c.metadata.contentHash,
    })),
  });
  const insertSeconds = (performance.now() - insertStarted) / 1000;

  const rate = N / seconds;
  const figures: Figure[] = [
    { metric: "bulk import throughput", value: round(rate), unit: "articles/s", target: `≥ ${TARGET_PER_SECOND} articles/s`, met: rate >= TARGET_PER_SECOND, note: `${N} articles in ${round(seconds)} s, ${N / BATCH} upload batches, one worker process with 2 job loops` },
    below("per-article processing p95", round(percentile(perArticle, 95)), "ms", 100, `p50 ${round(percentile(perArticle, 50))} ms; 200 more articles processed one by one by the worker's function`),
    { metric: "upload-to-article latency p95", value: round(percentile(latency, 95) / 1000), unit: "s", note: `p50 ${round(percentile(latency, 50) / 1000)} s: 1,000 items queued at once wait their turn` },
    { metric: "peak RSS (bench process: worker + uploads)", value: round(peakRss / 1024 / 1024), unit: "MiB" },
    { metric: "bare multi-row INSERT of the same rows", value: round(insertSeconds * 1000), unit: "ms" },
    { metric: "pipeline / bare INSERT", value: round(seconds / insertSeconds), unit: "×", note: "the pipeline also sniffs, decodes, cleans, dedupes and queues" },
  ];
  for (const f of figures) console.log(`  ${f.metric}: ${f.value} ${f.unit}${f.target ? ` (target ${f.target}: ${f.met ? "met" : "MISSED"})` : ""}`);
  await writeResult("import", figures);
} finally {
  clearInterval(rssTimer);
  await stopBoss();
  await disconnectDb();
  await pg.stop();
  await rm(dataDir, { recursive: true, force: true });
}
