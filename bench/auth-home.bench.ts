// Benchmark "auth-home": embedded Postgres start-up, then the production app as `npm start` runs
// it, loaded with autocannon on the two requests every user makes first: signing in (argon2id,
// deliberately slow) and opening the workspace home (session check + membership query + render).
// Figures and targets are explained in bench/README.md. Run: `npm run bench -- auth-home`.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readFileSync, readdirSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { findFreePort, startEmbeddedPostgres, type EmbeddedPostgresHandle } from "@/lib/db/embedded";
import { DEMO_USERS, DEMO_WORKSPACE } from "@/lib/seed/demo-users";
import { below, median, percentile, round, writeResult, type Figure } from "./lib/report";

const NAME = "auth-home";
const root = path.dirname(import.meta.dirname);
const HOST = "127.0.0.1";
const PREFERRED_PORT = 3310;
const HEALTH_TIMEOUT_MS = 8 * 60 * 1000; // the first start runs `next build`
const STARTS = 3;
const WARMUP_S = 3;
const SIGN_IN = { duration: 10, connections: 8 };
const HOME = { duration: 10, connections: 10 };
const TARGET = { homeP95: 200, signInP95: 500, coldStart: 5000 };
const SESSION_COOKIE = "next-auth.session-token";
const serverLogPath = path.join(root, ".data", `bench-${NAME}-server.log`);

// autocannon ships no types; this is the part of its programmatic API used here.
interface AutocannonRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  onResponse?: (status: number, body: string, context: object, headers: Record<string, string | string[]>) => void;
}
interface AutocannonResult {
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  on(event: "response", listener: (client: unknown, status: number, bytes: number, responseTimeMs: number) => void): this;
}
type Autocannon = (options: { url: string; connections: number; duration: number; requests: AutocannonRequest[] }) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

// ── Cleanup: whatever happens, the app's process group is stopped and the temp dir removed ──

const cleanups: Array<() => Promise<void>> = [];
async function cleanUp(): Promise<void> {
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
async function stopProcessGroup(child: ChildProcess): Promise<void> {
  const pgid = child.pid;
  if (!pgid) return;
  signalGroup(pgid, "SIGTERM");
  if (await waitForGroupExit(pgid, 30_000)) return;
  console.error(`[${NAME}] app did not stop within 30 s after SIGTERM: killing process group ${pgid}`);
  signalGroup(pgid, "SIGKILL");
  await waitForGroupExit(pgid, 10_000);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Other work on the machine skews every figure; taken before this benchmark adds its own load. */
const loadBefore = `1-min load average before the benchmark: ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs`;

// ── a. Embedded Postgres cold and warm start ──

async function measurePostgresStarts(tempRoot: string): Promise<Figure[]> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 1; i <= STARTS; i++) {
    const dataDir = path.join(tempRoot, `pg-start-${i}`);
    let server: EmbeddedPostgresHandle | undefined;
    try {
      let t0 = performance.now();
      server = await startEmbeddedPostgres({ dataDir });
      cold.push(performance.now() - t0);
      if (!server.initialised) throw new Error(`${dataDir} was expected to be a fresh cluster`);
      await server.stop();
      t0 = performance.now();
      server = await startEmbeddedPostgres({ dataDir });
      warm.push(performance.now() - t0);
      await server.stop();
    } finally {
      await server?.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
    console.log(`[${NAME}] Postgres start ${i}/${STARTS}: cold ${cold.at(-1)!.toFixed(0)} ms, warm ${warm.at(-1)!.toFixed(0)} ms`);
  }
  const runs = (xs: number[]) => `runs: ${xs.map((x) => x.toFixed(0)).join(", ")} ms`;
  return [
    below("embedded Postgres cold start (initdb + start)", round(median(cold)), "ms", TARGET.coldStart, `median of ${STARTS}, fresh data dir each; ${runs(cold)}; ${loadBefore}`),
    { metric: "embedded Postgres warm start", value: round(median(warm)), unit: "ms", note: `median of ${STARTS}, existing cluster; ${runs(warm)}` },
  ];
}

// ── b. The app, started the way users start it ──

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

interface RunningApp {
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

async function startApp(tempRoot: string): Promise<RunningApp> {
  const port = (await portIsFree(PREFERRED_PORT)) ? PREFERRED_PORT : await findFreePort();
  // Not inherited: a NODE_ENV (the launcher sets its own) or a seeding switch from the shell.
  const { NODE_ENV: _nodeEnv, CLAIMDESK_SEED_DEMO: _seed, ...inherited } = process.env;
  const env: Record<string, string | undefined> = {
    ...inherited,
    PORT: String(port),
    CLAIMDESK_DATA_DIR: path.join(tempRoot, "app-postgres"),
    DATABASE_URL: "",
    NEXTAUTH_URL: `http://${HOST}:${port}`,
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

// ── c/d. Load runs ──

/** "name=value" for every cookie a response sets. */
function setCookies(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!.trim());
}

interface LoadOutcome {
  seconds: number;
  ok: number;
  failed: number;
  latencies: number[];
  statuses: string;
}

/**
 * Runs autocannon for `duration` seconds; `isOk` decides per response whether it did what the
 * request is for (a status alone can hide a failed sign-in). Latencies are every response's.
 */
async function load(opts: {
  base: string;
  connections: number;
  duration: number;
  request: Omit<AutocannonRequest, "onResponse">;
  isOk: (status: number, headers: Record<string, string | string[]>) => boolean;
}): Promise<LoadOutcome> {
  let ok = 0;
  let rejected = 0;
  const latencies: number[] = [];
  const request: AutocannonRequest = {
    ...opts.request,
    onResponse: (status, _body, _context, headers) => {
      if (opts.isOk(status, headers)) ok++;
      else rejected++;
    },
  };
  const t0 = performance.now();
  const instance = autocannon({ url: opts.base, connections: opts.connections, duration: opts.duration, requests: [request] });
  instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  const seconds = (performance.now() - t0) / 1000;
  const statuses = Object.entries(result.statusCodeStats)
    .map(([code, { count }]) => `${count}× ${code}`)
    .join(", ");
  return { seconds, ok, failed: rejected + result.errors, latencies, statuses };
}

function loadFigures(label: string, outcome: LoadOutcome, p95Target: number, what: string): Figure[] {
  const note = `${what}; ${outcome.ok + outcome.failed} requests in ${outcome.seconds.toFixed(1)} s (${outcome.statuses || "no responses"}); ${loadBefore}`;
  return [
    { metric: `${label} throughput`, value: round(outcome.ok / outcome.seconds), unit: "req/s", note: `successful requests per second; ${note}` },
    { metric: `${label} p50`, value: round(percentile(outcome.latencies, 50)), unit: "ms", note },
    below(`${label} p95`, round(percentile(outcome.latencies, 95)), "ms", p95Target, note),
    { metric: `${label} errors`, value: outcome.failed, unit: "requests", target: "0", met: outcome.failed === 0, note: "failed responses, connection errors and timeouts" },
  ];
}

async function benchSignIn(app: RunningApp): Promise<{ figures: Figure[]; sessionCookie: string }> {
  const user = DEMO_USERS.find((u) => u.role === "owner")!;
  const csrfRes = await fetch(`${app.base}/api/auth/csrf`);
  if (!csrfRes.ok) throw new Error(`GET /api/auth/csrf answered ${csrfRes.status}`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken?: string };
  const csrfCookies = setCookies(csrfRes);
  if (!csrfToken || !csrfCookies.some((c) => c.startsWith("next-auth.csrf-token="))) {
    throw new Error("GET /api/auth/csrf returned no csrfToken or no next-auth.csrf-token cookie");
  }
  const request = {
    method: "POST",
    path: "/api/auth/callback/credentials",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email: user.email, password: user.password, json: "true" }).toString(),
  };

  // One real sign-in first: with json=true next-auth answers 200 whether or not the password
  // was right, so only the session cookie proves success.
  const res = await fetch(`${app.base}${request.path}`, { method: "POST", headers: request.headers, body: request.body, redirect: "manual" });
  const session = setCookies(res).filter((c) => c.startsWith(SESSION_COOKIE));
  if (res.status >= 400 || session.length === 0) {
    throw new Error(
      `Sign-in as ${user.email} failed (HTTP ${res.status}, no ${SESSION_COOKIE} cookie): ${(await res.text()).slice(0, 300)}. ` +
        `Benchmarking failing sign-ins would measure nothing.`,
    );
  }
  console.log(`[${NAME}] sign-in verified (HTTP ${res.status}, session cookie set)`);

  const isOk = (status: number, headers: Record<string, string | string[]>) => {
    if (status < 200 || status >= 400) return false;
    // autocannon keeps header names as the server spelled them.
    const cookies = Object.entries(headers).flatMap(([name, value]) => (name.toLowerCase() === "set-cookie" ? [value].flat() : []));
    return cookies.some((c) => c.startsWith(SESSION_COOKIE));
  };
  const { connections, duration } = SIGN_IN;
  await load({ base: app.base, connections, duration: WARMUP_S, request, isOk });
  console.log(`[${NAME}] sign-in: ${duration} s, ${connections} connections…`);
  const outcome = await load({ base: app.base, connections, duration, request, isOk });
  console.log(`[${NAME}] sign-in: ${outcome.ok} ok, ${outcome.failed} failed (${outcome.statuses})`);
  const figures = loadFigures("sign-in", outcome, TARGET.signInP95, `POST /api/auth/callback/credentials as ${user.role}, ${connections} connections, ${duration} s; ok = 2xx/3xx with a session cookie`);
  return { figures, sessionCookie: session.join("; ") };
}

async function benchHome(app: RunningApp, sessionCookie: string): Promise<Figure[]> {
  const request = { method: "GET", path: `/w/${DEMO_WORKSPACE.slug}`, headers: { cookie: sessionCookie } };
  const res = await fetch(`${app.base}${request.path}`, { headers: request.headers, redirect: "manual" });
  const html = await res.text();
  if (res.status !== 200 || !html.includes(DEMO_WORKSPACE.name)) {
    throw new Error(
      `GET ${request.path} with the session cookie answered ${res.status}` +
        `${res.headers.get("location") ? ` → ${res.headers.get("location")}` : ""}` +
        `${res.status === 200 ? ` without "${DEMO_WORKSPACE.name}"` : ""}: not the workspace home.`,
    );
  }
  console.log(`[${NAME}] workspace home verified (200, "${DEMO_WORKSPACE.name}" on the page)`);

  // A redirect here would be the sign-in page, so only 200 counts.
  const isOk = (status: number) => status === 200;
  const { connections, duration } = HOME;
  await load({ base: app.base, connections, duration: WARMUP_S, request, isOk });
  console.log(`[${NAME}] workspace home: ${duration} s, ${connections} connections…`);
  const outcome = await load({ base: app.base, connections, duration, request, isOk });
  console.log(`[${NAME}] workspace home: ${outcome.ok} ok, ${outcome.failed} failed (${outcome.statuses})`);
  return loadFigures("workspace home", outcome, TARGET.homeP95, `GET ${request.path} as owner, ${connections} connections, ${duration} s; ok = 200`);
}

// ── main ──

async function main(): Promise<void> {
  await mkdir(path.join(root, ".data"), { recursive: true });
  const tempRoot = await mkdtemp(path.join(root, ".data", `bench-${NAME}-`));
  cleanups.push(() => rm(tempRoot, { recursive: true, force: true }));
  // Running as root, Postgres runs as the `postgres` user, which must be able to reach its data dir.
  await chmod(tempRoot, 0o755);

  const figures: Figure[] = await measurePostgresStarts(tempRoot);

  const app = await startApp(tempRoot);
  figures.push({
    metric: app.builtNow ? "app start until healthy (with next build)" : "app start until healthy",
    value: round(app.startMs),
    unit: "ms",
    note: "npm start on an empty data dir: embedded Postgres initdb, migrations, demo seed, next build if stale, next start",
  });
  const signIn = await benchSignIn(app);
  figures.push(...signIn.figures);
  figures.push(...(await benchHome(app, signIn.sessionCookie)));

  // autocannon abandons its in-flight requests when time is up; let the server finish them, so
  // that stopping it does not turn them into errors in the log.
  await sleep(2000);
  if (app.stderrWhileMeasuring.length > 0) {
    console.error(`[${NAME}] the app wrote ${app.stderrWhileMeasuring.length} stderr line(s) during the load runs; see ${path.relative(root, serverLogPath)}`);
  }
  const file = await writeResult(NAME, figures);
  console.log(`[${NAME}] wrote ${path.relative(root, file)}`);
  for (const f of figures) {
    const verdict = f.target ? ` (target ${f.target}: ${f.met ? "met" : "MISSED"})` : "";
    console.log(`  ${f.metric}: ${f.value} ${f.unit}${verdict}`);
  }
}

try {
  await main();
} catch (e) {
  console.error(`[${NAME}] FAILED: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
// Embedded Postgres's exit hook and stray handles must not keep a finished benchmark alive.
process.exit(process.exitCode ?? 0);
