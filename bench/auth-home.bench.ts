// Benchmark "auth-home": embedded Postgres start-up, then the production app as `npm start` runs
// it, loaded with autocannon on the two requests every user makes first: signing in (argon2id,
// deliberately slow) and opening the workspace home (session check + membership query + render).
// Figures and targets are explained in bench/README.md. Run: `npm run bench -- auth-home`.
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "@/lib/db/embedded";
import { DEMO_USERS, DEMO_WORKSPACE } from "@/lib/seed/demo-users";
import { cleanUp, cleanups, sleep, startApp, type RunningApp } from "./lib/app";
import { below, median, percentile, round, writeResult, type Figure } from "./lib/report";

const NAME = "auth-home";
const root = path.dirname(import.meta.dirname);
const PREFERRED_PORT = 3310;
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

  const app = await startApp({ name: NAME, tempRoot, preferredPort: PREFERRED_PORT });
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
