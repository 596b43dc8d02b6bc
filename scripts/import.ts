// npm run import -- <files|dirs|urls...> --workspace <slug> [--as <email>]
// Imports through the same queue as the web app (so duplicates, cleaning and limits are
// identical), works the queue in this process, shows a progress bar and one line per item, and
// exits 1 when any item failed.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { createTranslator } from "use-intl/core";
import messages from "@/messages/en.json" with { type: "json" };
import type { Actor } from "@/lib/authz/authorize";
import { db, disconnectDb } from "@/lib/db";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { importFiles, importUrls, type IncomingFile } from "@/lib/import/create";
import { stopBoss } from "@/lib/import/queue";
import { startImportWorker } from "@/lib/import/worker";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { workspace: { type: "string", short: "w" }, as: { type: "string" }, help: { type: "boolean", short: "h" } },
});

if (values.help || !values.workspace || positionals.length === 0) {
  console.log("Usage: npm run import -- <files|dirs|urls...> --workspace <slug> [--as <member email>]");
  process.exit(values.help ? 0 : 2);
}

async function collect(target: string, out: IncomingFile[]): Promise<void> {
  const info = await stat(target);
  if (info.isDirectory()) {
    for (const entry of (await readdir(target)).sort()) {
      if (!entry.startsWith(".")) await collect(path.join(target, entry), out);
    }
  } else if (info.isFile()) {
    out.push({ name: path.basename(target), bytes: new Uint8Array(await readFile(target)) });
  }
}

// The same English messages the web app shows for each failure.
const t = createTranslator({ locale: "en", messages, namespace: "errors" });
function reason(key: string | null, values: unknown): string {
  if (!key || !t.has(key as never)) return key ?? "failed";
  return (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, (values ?? undefined) as Record<string, string | number> | undefined);
}

const config = env();
const embedded = config.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: path.resolve(config.CLAIMDESK_DATA_DIR) });
if (embedded) process.env.DATABASE_URL = embedded.url;

let exitCode = 0;
try {
  await migrate({ connectionString: process.env.DATABASE_URL! });
  const workspace = await db().workspace.findUnique({ where: { slug: values.workspace } });
  if (!workspace) throw new Error(`No workspace with the slug "${values.workspace}".`);
  const membership = await db().membership.findFirst({
    where: { workspaceId: workspace.id, ...(values.as ? { user: { email: values.as.toLowerCase() } } : { role: "owner" }) },
    orderBy: { createdAt: "asc" },
  });
  if (!membership) throw new Error(values.as ? `${values.as} is not a member of ${workspace.slug}.` : `${workspace.slug} has no owner.`);
  const actor: Actor = { userId: membership.userId, workspaceId: workspace.id, role: membership.role };

  const urls = positionals.filter((p) => /^https?:\/\//i.test(p));
  const files: IncomingFile[] = [];
  for (const p of positionals.filter((x) => !/^https?:\/\//i.test(x))) {
    try {
      await collect(path.resolve(p), files);
    } catch {
      throw new Error(`Cannot read ${p}.`);
    }
  }
  const batches: string[] = [];
  if (files.length) batches.push((await importFiles({ actor, files })).batchId);
  if (urls.length) batches.push((await importUrls({ actor, urls: urls.join("\n") })).batchId);

  await startImportWorker();
  const bar = new cliProgress.SingleBar({ format: "Importing [{bar}] {value}/{total} items", hideCursor: true }, cliProgress.Presets.shades_classic);
  const printed = new Set<string>();
  let total = files.length + urls.length;
  bar.start(total, 0);
  for (;;) {
    const items = await db().importItem.findMany({ where: { batchId: { in: batches } }, orderBy: { createdAt: "asc" } });
    total = items.length;
    const finished = items.filter((i) => i.status !== "queued" && i.status !== "processing");
    for (const item of finished) {
      if (printed.has(item.id)) continue;
      printed.add(item.id);
      const expanded = (item.errorValues as { expanded?: number } | null)?.expanded;
      const line =
        item.status === "done"
          ? expanded !== undefined
            ? `✔ ${item.name}: archive, ${expanded} files queued`
            : `✔ ${item.name} → article ${item.articleId}`
          : item.status === "duplicate"
            ? `≡ ${item.name}: duplicate of article ${item.duplicateOfId}`
            : `✘ ${item.name}: ${reason(item.errorKey, item.errorValues)}`;
      if (item.status === "failed") exitCode = 1;
      bar.stop();
      console.log(line);
      bar.start(total, finished.length);
    }
    bar.setTotal(total);
    bar.update(finished.length);
    if (finished.length === total) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  bar.stop();
  const items = await db().importItem.findMany({ where: { batchId: { in: batches } }, select: { status: true } });
  const by = (s: string) => items.filter((i) => i.status === s).length;
  console.log(`${by("done")} imported, ${by("duplicate")} duplicates, ${by("failed")} failed`);
} catch (e) {
  console.error(isAppError(e) ? `Import refused: ${reason(e.userMessage, e.values)}` : e instanceof Error ? e.message : e);
  exitCode = 1;
} finally {
  await stopBoss();
  await disconnectDb();
  await embedded?.stop();
}
process.exit(exitCode);
