// Integration-test global setup, run once per `vitest run` in the main process.
// - DATABASE_URL set: that server is used (its user needs CREATEDB).
// - Otherwise: ONE embedded Postgres in a temp dir, on a free port, tuned for throwaway data.
// Either way a template database `claimdesk_template_<pid>` is created and migrated once; each
// test file then clones it (tests/helpers/setup-db.ts), which takes milliseconds.
import { existsSync } from "node:fs";
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import type { TestDbContext } from "./db";

const TEMP_PREFIX = "claimdesk-test-";
const OUR_DATABASES = /^claimdesk_(?:template|test)_(\d+)(?:_|$)/;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on("error", () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Temp clusters of earlier runs that were killed before their teardown. */
async function removeAbandonedClusters(): Promise<void> {
  const tmp = os.tmpdir();
  for (const entry of await readdir(tmp).catch(() => [] as string[])) {
    if (!entry.startsWith(TEMP_PREFIX)) continue;
    const dir = path.join(tmp, entry);
    const owner = Number(await readFile(path.join(dir, "owner.pid"), "utf8").catch(() => "NaN"));
    if (Number.isInteger(owner) && !isAlive(owner)) await rm(dir, { recursive: true, force: true }).catch(() => {});
  }
}

/** Databases left by killed runs on a local server (only there do their pids mean anything). */
async function dropAbandonedDatabases(client: pg.Client, adminUrl: string): Promise<void> {
  const host = new URL(adminUrl).hostname;
  if (!["127.0.0.1", "localhost", "[::1]"].includes(host)) return;
  const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database");
  for (const { datname } of rows) {
    const pid = Number(OUR_DATABASES.exec(datname)?.[1]);
    if (pid && pid !== process.pid && !isAlive(pid)) {
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`).catch(() => {});
    }
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedPostgresHandle | undefined;
  let tempDir: string | undefined;
  let adminUrl = process.env.DATABASE_URL;

  if (!adminUrl) {
    await removeAbandonedClusters();
    tempDir = await mkdtemp(path.join(os.tmpdir(), TEMP_PREFIX));
    // Running as root, Postgres runs as the `postgres` user, which must be able to enter this dir.
    await chmod(tempDir, 0o755);
    await writeFile(path.join(tempDir, "owner.pid"), String(process.pid));
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(tempDir, "pg"),
      // Durability is pointless for test data; these make CREATE DATABASE and commits much cheaper.
      settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off", max_connections: "200" },
    });
    adminUrl = embedded.adminUrl;
  }

  const context: TestDbContext = {
    adminUrl,
    templateDatabase: `claimdesk_template_${process.pid}`,
    databasePrefix: `claimdesk_test_${process.pid}_`,
  };
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${context.templateDatabase}`;

  const teardown = async () => {
    try {
      await withAdmin(context.adminUrl, async (client) => {
        const { rows } = await client.query<{ datname: string }>(
          "SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)",
          [context.templateDatabase, context.databasePrefix],
        );
        for (const { datname } of rows) {
          await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
        }
      });
    } finally {
      await embedded?.stop();
      if (tempDir && existsSync(tempDir)) await rm(tempDir, { recursive: true, force: true });
    }
  };

  try {
    await withAdmin(adminUrl, async (client) => {
      await dropAbandonedDatabases(client, context.adminUrl);
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(context.templateDatabase)} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(context.templateDatabase)} TEMPLATE template0`);
    });
    // migrate() closes its connection: a template must have no open sessions to be cloned.
    await migrate({ connectionString: templateUrl.toString() });
  } catch (error) {
    await teardown().catch(() => {});
    throw error;
  }

  project.provide("claimdeskDb", context);
  return teardown;
}
