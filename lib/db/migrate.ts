// Applies prisma/migrations/*/migration.sql to a Postgres database.
//
// Why our own runner: `prisma migrate deploy` needs the Prisma schema engine, a native binary the
// CLI downloads on first use, and our machines cannot download it. This runner keeps Prisma's
// bookkeeping byte-for-byte (same `_prisma_migrations` table, same SHA-256 checksums, same advisory
// lock key), so a database migrated here is one `prisma migrate deploy` accepts elsewhere, and
// the other way round.
//
// Differences from Prisma, on purpose:
// - each migration runs in one transaction together with its `_prisma_migrations` row, so a
//   failing migration leaves nothing half-applied. It is recorded as rolled back (with the error
//   in `logs`), which both this runner and Prisma treat as "not applied, retry it".
//   Consequence: a migration.sql must not contain statements that refuse to run inside a
//   transaction (CREATE INDEX CONCURRENTLY, VACUUM, ...) nor its own BEGIN/COMMIT.
// - a migration recorded in the database but missing on disk is an error, not a warning.
//
// No "server-only" here: scripts/db-migrate.ts, the launcher and the test setup import it.
import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/** Prisma's advisory lock key (the schema engine locks the same number). */
export const MIGRATION_LOCK_KEY = 72707369;

/** `_prisma_migrations`, exactly as the Prisma schema engine creates it on PostgreSQL. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrateOptions {
  /** postgres:// URL of the database to migrate (it must exist). */
  connectionString: string;
  /** Directory holding `<timestamp>_<name>/migration.sql`. Default: `<cwd>/prisma/migrations`. */
  migrationsDir?: string;
  /** Progress messages ("Applying 20261121000000_init"). Silent when omitted. */
  log?: (message: string) => void;
  /** How long to wait for another migrate run to finish (default 60 s). */
  lockTimeoutMs?: number;
}

export interface MigrateResult {
  /** Names of the migrations applied by this call, in order. Empty when up to date. */
  applied: string[];
}

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
}

/** SHA-256 hex of the script, which is what Prisma stores in `_prisma_migrations.checksum`. */
export function migrationChecksum(script: string | Buffer): string {
  return createHash("sha256").update(script).digest("hex");
}

/**
 * Prisma's comparison (schema-engine `script_matches_checksum`): the file also matches when only
 * its line endings changed (git autocrlf), and old engines wrote hex bytes without zero padding.
 */
function checksumMatches(script: string, recorded: string): boolean {
  const variants = [script, script.replace(/\r\n/g, "\n"), script.replace(/\r?\n/g, "\r\n")];
  return variants.some((variant) => {
    const digest = createHash("sha256").update(variant, "utf8").digest();
    const rendered =
      recorded.length === 64 ? digest.toString("hex") : [...digest].map((b) => b.toString(16)).join("");
    return rendered === recorded;
  });
}

/** Reads the migration directories, sorted by name (the timestamp prefix gives the order). */
export async function readMigrations(migrationsDir: string): Promise<MigrationFile[]> {
  if (!existsSync(migrationsDir)) {
    throw new Error(`Migrations directory ${migrationsDir} does not exist.`);
  }
  const lockFile = path.join(migrationsDir, "migration_lock.toml");
  if (existsSync(lockFile)) {
    const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(await readFile(lockFile, "utf8"))?.[1];
    if (provider && provider !== "postgresql") {
      throw new Error(`${lockFile} says provider = "${provider}"; this runner only applies PostgreSQL migrations.`);
    }
  }
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrations: MigrationFile[] = [];
  for (const name of names) {
    const file = path.join(migrationsDir, name, "migration.sql");
    if (!existsSync(file)) {
      throw new Error(`Migration ${name} has no migration.sql (${file}).`);
    }
    const bytes = await readFile(file);
    migrations.push({ name, sql: bytes.toString("utf8"), checksum: migrationChecksum(bytes) });
  }
  return migrations;
}

function lineOf(sql: string, position: string | undefined): string {
  const offset = Number(position);
  if (!Number.isInteger(offset) || offset < 1) return "";
  return ` (line ${sql.slice(0, offset - 1).split("\n").length})`;
}

/** Compares what the database recorded with the files on disk; lists every problem found. */
function checkHistory(rows: MigrationRow[], files: Map<string, MigrationFile>, migrationsDir: string): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    if (row.rolled_back_at) continue; // Prisma: rolled back = not applied, will be retried.
    if (!row.finished_at) {
      problems.push(
        `Migration ${row.migration_name} failed when it was applied on ${row.started_at.toISOString()} and is ` +
          `marked neither finished nor rolled back. Repair the database by hand, then mark it rolled back ` +
          `(UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = '${row.id}', or ` +
          `\`prisma migrate resolve --rolled-back ${row.migration_name}\`).` +
          (row.logs ? `\n  Error recorded: ${row.logs.trim().split("\n")[0]}` : ""),
      );
      continue;
    }
    const file = files.get(row.migration_name);
    if (!file) {
      problems.push(
        `Migration ${row.migration_name} is applied in the database but missing from ${migrationsDir}. ` +
          `Restore it from version control (this code may be older than the database).`,
      );
    } else if (!checksumMatches(file.sql, row.checksum)) {
      problems.push(
        `Migration ${row.migration_name} was edited after it was applied (checksum in database ${row.checksum}, ` +
          `file now ${file.checksum}). Revert the file and put the change in a new migration.`,
      );
    }
  }
  return problems;
}

/**
 * Applies every pending migration, oldest first, under Prisma's session-level advisory lock so
 * two app instances starting together never migrate at once (the second waits, then finds
 * nothing to do). Throws, naming the migration, on a failed migration, an edited migration, or
 * a recorded migration that is not on disk.
 */
export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const migrationsDir = path.resolve(options.migrationsDir ?? path.join(process.cwd(), "prisma", "migrations"));
  const log = options.log ?? (() => {});
  const migrations = await readMigrations(migrationsDir);
  const byName = new Map(migrations.map((m) => [m.name, m]));

  const client = new pg.Client({ connectionString: options.connectionString, application_name: "claimdesk-migrate" });
  // A dropped connection during a migration surfaces through the failing query; don't crash on the event.
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query(`SET lock_timeout = ${Math.max(1, Math.floor(options.lockTimeoutMs ?? 60_000))}`);
    try {
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    } catch (error) {
      throw new Error(
        `Timed out waiting for the migration lock (pg_advisory_lock ${MIGRATION_LOCK_KEY}): another migrate run holds it.`,
        { cause: error },
      );
    }
    await client.query("RESET lock_timeout");
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const { rows } = await client.query<MigrationRow>(
        `SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at
           FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
      );
      const problems = checkHistory(rows, byName, migrationsDir);
      if (problems.length > 0) {
        throw new Error(`Cannot migrate the database:\n- ${problems.join("\n- ")}`);
      }

      const done = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
      const pending = migrations.filter((m) => !done.has(m.name));
      if (pending.length === 0) log("Database schema is up to date.");

      const applied: string[] = [];
      for (const migration of pending) {
        log(`Applying migration ${migration.name}`);
        const id = randomUUID();
        await client.query("BEGIN");
        try {
          const {
            rows: [started],
          } = await client.query<{ now: Date }>("SELECT clock_timestamp() AS now");
          await client.query(migration.sql);
          await client.query(
            `INSERT INTO "_prisma_migrations"
               (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
             VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, $4, 1)`,
            [id, migration.checksum, migration.name, started!.now],
          );
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK").catch(() => {});
          const pgError = error as Error & { position?: string };
          const message = `${pgError.message}${lineOf(migration.sql, pgError.position)}`;
          // Keep a trace like Prisma does, but marked rolled back: nothing of it was applied.
          await client
            .query(
              `INSERT INTO "_prisma_migrations"
                 (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
               VALUES ($1, $2, NULL, $3, $4, clock_timestamp(), clock_timestamp(), 0)`,
              [id, migration.checksum, migration.name, message],
            )
            .catch(() => {});
          throw new Error(
            `Migration ${migration.name} failed and was rolled back (nothing of it was applied): ${message}`,
            { cause: error },
          );
        }
        applied.push(migration.name);
      }
      return { applied };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
}
