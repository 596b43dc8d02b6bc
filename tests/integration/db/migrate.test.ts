// lib/db/migrate.ts: our stand-in for `prisma migrate deploy`, plus what the init migration adds
// beyond schema.prisma (extensions, the append-only AuditEvent trigger).
import { createHash, randomUUID } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile, appendFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { createDatabase, resetTables, testDbUrl, withClient } from "../../helpers/db";

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

let onDisk: string[];
let tempDir: string;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  onDisk = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  tempDir = await mkdtemp(path.join(os.tmpdir(), "claimdesk-migrations-"));
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

/** An empty database dropped after the test. */
async function emptyDatabase(): Promise<string> {
  const db = await createDatabase({ label: "migrate" });
  cleanups.push(db.drop);
  return db.url;
}

/** A private copy of prisma/migrations the test may edit. */
async function copyOfMigrations(): Promise<string> {
  const dir = path.join(tempDir, randomUUID());
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

interface Row {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
  id: string;
}
const rowsOf = (url: string) =>
  withClient(url, async (c) => (await c.query<Row>(`SELECT * FROM "_prisma_migrations" ORDER BY started_at`)).rows);

describe("migrate()", () => {
  it("applies every migration to an empty database, then nothing on a second run", async () => {
    const url = await emptyDatabase();
    expect(onDisk.length).toBeGreaterThan(0);
    expect(await migrate({ connectionString: url })).toEqual({ applied: onDisk });
    expect(await migrate({ connectionString: url })).toEqual({ applied: [] });
  });

  it("records each migration the way Prisma does (sha256 of the file, finished_at, 1 step)", async () => {
    const url = await emptyDatabase();
    await migrate({ connectionString: url });
    const rows = await rowsOf(url);
    expect(rows.map((r) => r.migration_name)).toEqual(onDisk);
    for (const row of rows) {
      const file = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    // The table itself has Prisma's layout, so `prisma migrate deploy` can take over elsewhere.
    const columns = await withClient(url, async (c) =>
      (
        await c.query<{ column_name: string; data_type: string; is_nullable: string }>(
          `SELECT column_name, data_type, is_nullable FROM information_schema.columns
            WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
        )
      ).rows.map((r) => `${r.column_name} ${r.data_type}${r.is_nullable === "NO" ? " not null" : ""}`),
    );
    expect(columns).toEqual([
      "id character varying not null",
      "checksum character varying not null",
      "finished_at timestamp with time zone",
      "migration_name character varying not null",
      "logs text",
      "rolled_back_at timestamp with time zone",
      "started_at timestamp with time zone not null",
      "applied_steps_count integer not null",
    ]);
  });

  it("refuses a migration edited after it was applied, naming it", async () => {
    const url = await emptyDatabase();
    const dir = await copyOfMigrations();
    await migrate({ connectionString: url, migrationsDir: dir });
    const first = onDisk[0]!;
    await appendFile(path.join(dir, first, "migration.sql"), "\n-- a later edit\n");
    await expect(migrate({ connectionString: url, migrationsDir: dir })).rejects.toThrow(
      `Migration ${first} was edited after it was applied`,
    );
  });

  it("accepts a file whose only change is CRLF line endings (as Prisma does)", async () => {
    const url = await emptyDatabase();
    const dir = await copyOfMigrations();
    await migrate({ connectionString: url, migrationsDir: dir });
    const file = path.join(dir, onDisk[0]!, "migration.sql");
    await writeFile(file, (await readFile(file, "utf8")).replace(/\n/g, "\r\n"));
    await expect(migrate({ connectionString: url, migrationsDir: dir })).resolves.toEqual({ applied: [] });
  });

  it("refuses a database holding a migration that is not on disk", async () => {
    const url = await emptyDatabase();
    const dir = await copyOfMigrations();
    await mkdir(path.join(dir, "29990101000000_later"));
    await writeFile(path.join(dir, "29990101000000_later", "migration.sql"), 'CREATE TABLE "Later" (id INT);\n');
    await migrate({ connectionString: url, migrationsDir: dir });
    await expect(migrate({ connectionString: url })).rejects.toThrow(
      "Migration 29990101000000_later is applied in the database but missing from",
    );
  });

  it("refuses to continue after a failed migration recorded by Prisma (finished_at and rolled_back_at null)", async () => {
    const url = await emptyDatabase();
    await withClient(url, async (c) => {
      await c.query(`CREATE TABLE "_prisma_migrations" (
        id VARCHAR(36) PRIMARY KEY NOT NULL, checksum VARCHAR(64) NOT NULL, finished_at TIMESTAMPTZ,
        migration_name VARCHAR(255) NOT NULL, logs TEXT, rolled_back_at TIMESTAMPTZ,
        started_at TIMESTAMPTZ NOT NULL DEFAULT now(), applied_steps_count INTEGER NOT NULL DEFAULT 0)`);
      await c.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs) VALUES ($1, 'x', $2, 'boom')`,
        [randomUUID(), onDisk[0]],
      );
    });
    await expect(migrate({ connectionString: url })).rejects.toThrow(`Migration ${onDisk[0]} failed when it was applied`);
  });

  it("rolls a failing migration back entirely, records nothing as finished, and retries it once fixed", async () => {
    const url = await emptyDatabase();
    const dir = await copyOfMigrations();
    const broken = "29990101000000_broken";
    await mkdir(path.join(dir, broken));
    const file = path.join(dir, broken, "migration.sql");
    await writeFile(file, 'CREATE TABLE "HalfDone" (id INT);\n\nSELECT * FROM "NoSuchTable";\n');

    const error = await migrate({ connectionString: url, migrationsDir: dir }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      new RegExp(`Migration ${broken} failed and was rolled back .*relation "NoSuchTable" does not exist \\(line 3\\)`),
    );

    const tables = await withClient(url, async (c) =>
      (await c.query<{ t: string }>(`SELECT to_regclass('"HalfDone"')::text AS t`)).rows[0]!.t,
    );
    expect(tables).toBeNull(); // the statement before the failing one was rolled back too
    const rows = await rowsOf(url);
    expect(rows.filter((r) => r.finished_at).map((r) => r.migration_name)).toEqual(onDisk);
    const failed = rows.filter((r) => r.migration_name === broken);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ finished_at: null, applied_steps_count: 0 });
    expect(failed[0]!.rolled_back_at).toBeInstanceOf(Date);
    expect(failed[0]!.logs).toContain("NoSuchTable");

    await writeFile(file, 'CREATE TABLE "HalfDone" (id INT);\n');
    expect(await migrate({ connectionString: url, migrationsDir: dir })).toEqual({ applied: [broken] });
  });

  it("lets two concurrent runs on an empty database both succeed, applying each migration once", async () => {
    const url = await emptyDatabase();
    const results = await Promise.all([migrate({ connectionString: url }), migrate({ connectionString: url })]);
    expect(results.flatMap((r) => r.applied).sort()).toEqual(onDisk);
    const rows = await rowsOf(url);
    expect(rows.map((r) => r.migration_name)).toEqual(onDisk);
  });
});

describe("the init migration", () => {
  // These use this file's own database, cloned from the migrated template.
  it("moves every claim's anchor into ClaimAnchor (20261122090000_claim_anchor) without losing one", async () => {
    const url = await emptyDatabase();
    const dir = await copyOfMigrations();
    const target = "20261122090000_claim_anchor";
    await rm(path.join(dir, target), { recursive: true });
    await migrate({ connectionString: url, migrationsDir: dir });
    const ids = await withClient(url, async (c) => {
      const ws = (await c.query<{ id: string }>(`INSERT INTO "Workspace" (id, name, slug, "updatedAt") VALUES (gen_random_uuid(), 'Desk', 'desk', now()) RETURNING id`)).rows[0]!.id;
      const art = (await c.query<{ id: string }>(`INSERT INTO "Article" (id, "workspaceId", title, "contentHash", "updatedAt") VALUES (gen_random_uuid(), $1, 'Koursk', repeat('0', 64), now()) RETURNING id`, [ws])).rows[0]!.id;
      const v = (await c.query<{ id: string }>(`INSERT INTO "Verdict" (id, "workspaceId", key, color, "claimReviewName", rating, position, "updatedAt") VALUES (gen_random_uuid(), $1, 'unverified', '#888888', 'Unverified', 3, 0, now()) RETURNING id`, [ws])).rows[0]!.id;
      const insert = `INSERT INTO "Claim" (id, "workspaceId", "articleId", "anchorVersion", quote, prefix, suffix, start, "end", "anchorStatus", "verdictId", "updatedAt")
                      VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9::"AnchorStatus", $10, now()) RETURNING id`;
      const anchored = (await c.query<{ id: string }>(insert, [ws, art, 2, "plus de 86\u00a0%", "a repris «\u00a0", "\u00a0» du territoire", 40, 49, "anchored", v])).rows[0]!.id;
      const orphan = (await c.query<{ id: string }>(insert, [ws, art, 1, "l’armée de l’air 🇺🇦", "", "", null, null, "orphan", v])).rows[0]!.id;
      return { anchored, orphan };
    });
    await cp(path.join(MIGRATIONS_DIR, target), path.join(dir, target), { recursive: true });
    expect(await migrate({ connectionString: url, migrationsDir: dir })).toEqual({ applied: [target] });
    const rows = await withClient(url, async (c) =>
      (await c.query(`SELECT a.*, c.quote, c."anchorStatus"::text AS status FROM "ClaimAnchor" a JOIN "Claim" c ON c.id = a."claimId" ORDER BY a.version DESC`)).rows,
    );
    expect(rows).toEqual([
      { claimId: ids.anchored, version: 2, prefix: "a repris «\u00a0", suffix: "\u00a0» du territoire", start: 40, end: 49, quote: "plus de 86\u00a0%", status: "anchored" },
      { claimId: ids.orphan, version: 1, prefix: "", suffix: "", start: null, end: null, quote: "l’armée de l’air 🇺🇦", status: "orphan" },
    ]);
  });

  it("installs the pg_trgm and unaccent extensions", async () => {
    const names = await withClient(testDbUrl(), async (c) =>
      (await c.query<{ extname: string }>("SELECT extname FROM pg_extension")).rows.map((r) => r.extname),
    );
    expect(names).toEqual(expect.arrayContaining(["pg_trgm", "unaccent"]));
    const probe = await withClient(testDbUrl(), async (c) =>
      (await c.query<{ plain: string; similar: number }>(
        "SELECT unaccent('Vérifié') AS plain, similarity('fact check', 'fact-checks') AS similar",
      )).rows[0]!,
    );
    expect(probe.plain).toBe("Verifie");
    expect(probe.similar).toBeGreaterThan(0.3);
  });

  it("makes AuditEvent append-only: INSERT works, UPDATE and DELETE are refused, TRUNCATE is allowed", async () => {
    await withClient(testDbUrl(), async (c) => {
      const id = randomUUID();
      await c.query(`INSERT INTO "AuditEvent" (id, action, "targetType") VALUES ($1, 'claim.create', 'claim')`, [id]);
      await expect(c.query(`UPDATE "AuditEvent" SET action = 'x' WHERE id = $1`, [id])).rejects.toThrow(
        "AuditEvent is append-only: UPDATE is not allowed",
      );
      await expect(c.query(`DELETE FROM "AuditEvent" WHERE id = $1`, [id])).rejects.toThrow(
        "AuditEvent is append-only: DELETE is not allowed",
      );
      expect((await c.query(`SELECT action FROM "AuditEvent" WHERE id = $1`, [id])).rows).toEqual([{ action: "claim.create" }]);
      await c.query(`TRUNCATE "AuditEvent"`);
      expect((await c.query(`SELECT count(*)::int AS n FROM "AuditEvent"`)).rows[0]).toEqual({ n: 0 });
    });
  });

  it("can still be emptied between tests by resetTables() (TRUNCATE is not blocked)", async () => {
    await withClient(testDbUrl(), (c) =>
      c.query(`INSERT INTO "AuditEvent" (id, action, "targetType") VALUES ($1, 'x', 'y')`, [randomUUID()]),
    );
    await resetTables();
    const { n } = await withClient(testDbUrl(), async (c) => (await c.query(`SELECT count(*)::int AS n FROM "AuditEvent"`)).rows[0]);
    expect(n).toBe(0);
  });
});
