// Database helpers for integration tests. Every integration test file already runs against its
// own fresh, migrated database (tests/helpers/setup-db.ts sets DATABASE_URL before the file is
// imported), so most tests need nothing from here except perhaps `resetTables()` between tests.
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import pg from "pg";

export interface TestDbContext {
  /** Connection to the server's maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  /** Migrated database every test file's database is cloned from. */
  templateDatabase: string;
  /** Prefix of every database this run creates (global teardown drops them all). */
  databasePrefix: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    claimdeskDb: TestDbContext;
  }
}

/** What tests/helpers/global-setup.ts provided to this worker. */
export function testDbContext(): TestDbContext {
  return inject("claimdeskDb");
}

/** The current test file's database (the DATABASE_URL lib/db connects to). */
export function testDbUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: is tests/helpers/setup-db.ts in the project's setupFiles?");
  return url;
}

/** `baseUrl` with its database name replaced by `database`. */
export function databaseUrl(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** Runs `fn` with a connected pg client, then closes it. */
export async function withClient<T>(connectionString: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  client.on("error", () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** A database name no other file or run can pick: `<run prefix><label>_<random>`. */
export function uniqueDatabaseName(label = "db"): string {
  const clean = label.toLowerCase().replace(/[^a-z0-9]+/g, "_").slice(0, 20);
  return `${testDbContext().databasePrefix}${clean}_${randomBytes(4).toString("hex")}`;
}

/**
 * Creates a database on the test server and returns its URL and a `drop()`. Without `template`
 * it is EMPTY (cloned from template0: no tables, no extensions), for migration tests.
 */
export async function createDatabase(
  options: { label?: string; template?: string } = {},
): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const { adminUrl } = testDbContext();
  const name = uniqueDatabaseName(options.label);
  await withClient(adminUrl, (client) =>
    client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(options.template ?? "template0")}`),
  );
  return { name, url: databaseUrl(adminUrl, name), drop: () => dropDatabase(name) };
}

/** Drops a database, closing any connection still open to it. */
export async function dropDatabase(name: string): Promise<void> {
  await withClient(testDbContext().adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  );
}

/**
 * Empties tables in the current test file's database (default: every table except
 * `_prisma_migrations`), resetting sequences and following foreign keys. TRUNCATE is allowed on
 * the append-only AuditEvent table.
 */
export async function resetTables(names?: string[]): Promise<void> {
  await withClient(testDbUrl(), async (client) => {
    const tables =
      names ??
      (
        await client.query<{ name: string }>(
          `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`,
        )
      ).rows.map((r) => r.name);
    if (tables.length === 0) return;
    await client.query(`TRUNCATE ${tables.map((t) => client.escapeIdentifier(t)).join(", ")} RESTART IDENTITY CASCADE`);
  });
}
