// Starting the production app for a benchmark, and stopping it whatever happens. Shared by the
// benchmarks that need a running server (auth-home, workbench).
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readFileSync, readdirSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import { findFreePort } from "@/lib/db/embedded";

const root = path.dirname(path.dirname(import.meta.dirname));
const HOST = "127.0.0.1";
const HEALTH_TIMEOUT_MS = 8 * 60 * 1000; // the first start runs `next build`
let NAME = "bench";

// ── Cleanup: whatever happens, the app's process group is stopped and the temp dir removed ──

export const cleanups: Array<() => Promise<void>> = [];
export async function cleanUp(): Promise<void> {
  for (const fn of cleanups.splice(0).reverse()) {
    await fn().catch((e: unknown) => console.error(`[${NAME}] cleanup: ${(e as Error).message}`));
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`[${NAME}] ${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

/** Live (non-zombie) processes in process group `pgid`, read from /proc. */
function groupMembers(pgid: number): number[] {
  if (!existsSync("/proc")) {
    try {
      process.kill(-pgid, 0);
      return [pgid];
    } catch {
      return [];
    }
  }
  const members: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // "pid (comm) state ppid pgrp …"; comm may hold spaces and parentheses.
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(pgrp) === pgid && state !== "Z") members.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return members;
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // group already gone
  }
}

async function waitForGroupExit(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (groupMembers(pgid).length === 0) return true;
    await sleep(200);
  }
  return groupMembers(pgid).length === 0;
}

/** SIGTERM to the whole group (npm, tsx, the launcher, Next, Postgres), SIGKILL if it lingers. */
export async function stopProcessGroup(child: ChildProcess): Promise<void> {
  const pgid = child.pid;
  if (!pgid) return;
  signalGroup(pgid, "SIGTERM");
  if (await waitForGroupExit(pgid, 30_000)) return;
  console.error(`[${NAME}] app did not stop within 30 s after SIGTERM: killing process group ${pgid}`);
  signalGroup(pgid, "SIGKILL");
  await waitForGroupExit(pgid, 10_000);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));


function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

export interface RunningApp {
  child: ChildProcess;
  port: number;
  base: string;
  builtNow: boolean;
  startMs: number;
  /** Starting until healthy; measuring; stopping (errors then are about shutdown, not load). */
  phase: "starting" | "measuring" | "stopping";
  /** stderr lines written while measuring: errors under load. */
  stderrWhileMeasuring: string[];
}

export async function startApp(opts: { name: string; tempRoot: string; preferredPort: number; env?: Record<string, string> }): Promise<RunningApp> {
  NAME = opts.name;
  const { tempRoot } = opts;
  const serverLogPath = path.join(root, ".data", `bench-${opts.name}-server.log`);
  const port = (await portIsFree(opts.preferredPort)) ? opts.preferredPort : await findFreePort();
  // Not inherited: a NODE_ENV (the launcher sets its own) or a seeding switch from the shell.
  const { NODE_ENV: _nodeEnv, CLAIMDESK_SEED_DEMO: _seed, ...inherited } = process.env;
  const env: Record<string, string | undefined> = {
    ...inherited,
    PORT: String(port),
    CLAIMDESK_DATA_DIR: path.join(tempRoot, "app-postgres"),
    DATABASE_URL: "",
    NEXTAUTH_URL: `http://${HOST}:${port}`,
    ...opts.env,
  };

  await mkdir(path.dirname(serverLogPath), { recursive: true });
  const log = createWriteStream(serverLogPath);
  console.log(`[${NAME}] npm start on port ${port} (server log: ${path.relative(root, serverLogPath)})`);
  const t0 = performance.now();
  // Own process group, so that stopping it reaches every process npm start spawns.
  const child = spawn("npm", ["start"], { cwd: root, env: env as NodeJS.ProcessEnv, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  cleanups.push(async () => {
    app.phase = "stopping";
    await stopProcessGroup(child);
    await new Promise<void>((resolve) => log.end(resolve));
  });

  const app: RunningApp = { child, port, base: `http://${HOST}:${port}`, builtNow: false, startMs: 0, phase: "starting", stderrWhileMeasuring: [] };
  const recent: string[] = [];
  const follow = (stream: NodeJS.ReadableStream, kind: "out" | "err") =>
    createInterface({ input: stream }).on("line", (line) => {
      log.write(`${kind}| ${line}\n`);
      recent.push(line);
      if (recent.length > 60) recent.shift();
      if (line.includes("Building the app")) app.builtNow = true;
      if (app.phase === "starting") console.log(`  app │ ${line}`);
      else if (kind === "err") {
        if (app.phase === "measuring") app.stderrWhileMeasuring.push(line);
        console.error(`  app! (${app.phase}) │ ${line}`);
      }
    });
  follow(child.stdout!, "out");
  follow(child.stderr!, "err");

  let exited: string | undefined;
  child.once("exit", (code, signal) => {
    exited = `exited with ${signal ?? `code ${code}`}`;
  });

  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) break;
    try {
      const res = await fetch(`${app.base}/api/health`, { signal: AbortSignal.timeout(5000) });
      if (res.status === 200 && ((await res.json()) as { status?: string }).status === "ok") {
        app.phase = "measuring";
        app.startMs = performance.now() - t0;
        console.log(`[${NAME}] app healthy after ${(app.startMs / 1000).toFixed(1)} s${app.builtNow ? " (including next build)" : ""}`);
        return app;
      }
    } catch {
      // not listening yet
    }
    await sleep(1000);
  }
  throw new Error(
    `npm start ${exited ?? `did not answer GET /api/health with 200 {status:"ok"} within ${HEALTH_TIMEOUT_MS / 60000} minutes`}. ` +
      `Last output:\n${recent.slice(-30).join("\n")}`,
  );
}
