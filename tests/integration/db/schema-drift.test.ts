// Proves prisma/migrations produce exactly the database prisma/schema.prisma describes.
//
// `prisma migrate diff` would do this, but it needs the schema engine binary we cannot download.
// So: migrate an EMPTY database with our runner, then compare what Postgres reports
// (pg_catalog) with what Prisma's own schema parser (the DMMF from @prisma/prisma-schema-wasm)
// says the schema means, both ways: everything in the schema must exist, and nothing else may.
// Editing schema.prisma without writing the matching migration makes this test fail, naming the
// difference ("column User.nickname missing").
import { readFileSync } from "node:fs";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { createDatabase, withClient } from "../../helpers/db";

const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");

/** Tables the schema does not describe but that legitimately exist. */
const ALLOWED_EXTRA_TABLES = new Set(["_prisma_migrations"]);
/**
 * Indexes created by hand in migrations because Prisma cannot express them (e.g. an expression
 * index on unaccent(lower(title))). Add the index name here, with a comment saying why.
 */
const ALLOWED_EXTRA_INDEXES = new Set<string>([
  "_prisma_migrations_pkey",
  // pg_trgm GIN index on Claim.matchText for similar-claim lookups: Prisma cannot name an operator class here.
  "Claim_matchText_trgm_idx",
  // pg_trgm GIN expression index for the claims table's accent-insensitive text search.
  "Claim_search_trgm_idx",
  // pg_trgm GIN expression index on an entity's keys for entity resolution's similarity search.
  "Entity_keys_trgm_idx",
]);
/** `@relation(map: "...")` names are not in the DMMF: list custom FK names here by table.columns. */
const FOREIGN_KEY_NAME_OVERRIDES = new Map<string, string>();

// ---------------------------------------------------------------------------------------------
// The schema's view (DMMF)

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  nativeType?: [string, string[]] | null;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
  relationName?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  algorithm?: string;
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
}
interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[];
    indexes: DmmfIndex[];
  };
}

type DefaultCheck = { kind: "none" } | { kind: "any" } | { kind: "match"; describe: string; test: (expr: string) => boolean };

interface ExpectedColumn {
  type: string;
  nullable: boolean;
  default: DefaultCheck;
}
interface IndexShape {
  table: string;
  name: string;
  /** Column names, " DESC" appended for descending ones. */
  columns: string[];
  kind: "primary key" | "unique index" | "index";
  method: string;
}
interface ForeignKeyShape {
  table: string;
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: string;
  onUpdate: string;
}
interface ExpectedSchema {
  enums: Map<string, string[]>;
  tables: Map<string, Map<string, ExpectedColumn>>;
  indexes: IndexShape[];
  foreignKeys: ForeignKeyShape[];
}
interface ActualSchema {
  enums: Map<string, string[]>;
  tables: Map<string, Map<string, { type: string; nullable: boolean; default: string | null }>>;
  indexes: (IndexShape & { predicate: string | null; hasExpressions: boolean })[];
  foreignKeys: ForeignKeyShape[];
}

function parseSchema(prismaSchema: string): Dmmf {
  try {
    return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema }))) as Dmmf;
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    let message = raw;
    try {
      message = (JSON.parse(raw) as { message: string }).message;
    } catch {
      /* not JSON */
    }
    throw new Error(`schema.prisma does not parse:\n${message.replace(/\u001b\[[0-9;]*m/g, "")}`);
  }
}

/** Prisma's default constraint names (psl ConstraintNames), truncated to Postgres's 63 bytes. */
function constraintName(table: string, columns: string[], suffix: "_pkey" | "_key" | "_idx" | "_fkey"): string {
  const base = suffix === "_pkey" ? table : `${table}_${columns.join("_")}`;
  const limit = 63 - suffix.length;
  return `${base.length >= limit ? base.slice(0, limit) : base}${suffix}`;
}

/** Postgres type (as format_type prints it) of a Prisma scalar, per Prisma's PostgreSQL connector. */
function columnType(field: DmmfField, enumDbNames: Map<string, string>): string {
  const list = field.isList ? "[]" : "";
  if (field.kind === "enum") return `enum:${enumDbNames.get(field.type) ?? field.type}${list}`;
  const [native, args = []] = field.nativeType ?? [];
  const p = (fallback = "") => (args.length ? `(${args.join(",")})` : fallback);
  if (!native) {
    const defaults: Record<string, string> = {
      String: "text",
      Int: "integer",
      BigInt: "bigint",
      Float: "double precision",
      Decimal: "numeric(65,30)",
      Boolean: "boolean",
      DateTime: "timestamp(3) without time zone",
      Json: "jsonb",
      Bytes: "bytea",
    };
    const type = defaults[field.type];
    if (!type) throw new Error(`schema-drift: no Postgres type known for Prisma type ${field.type} (field ${field.name})`);
    return type + list;
  }
  const natives: Record<string, () => string> = {
    Text: () => "text",
    Char: () => `character${p("(1)")}`,
    VarChar: () => `character varying${p()}`,
    Bit: () => `bit${p("(1)")}`,
    VarBit: () => `bit varying${p()}`,
    Uuid: () => "uuid",
    Xml: () => "xml",
    Inet: () => "inet",
    Citext: () => "citext",
    Boolean: () => "boolean",
    Integer: () => "integer",
    SmallInt: () => "smallint",
    Oid: () => "oid",
    BigInt: () => "bigint",
    DoublePrecision: () => "double precision",
    Real: () => "real",
    Decimal: () => `numeric${p()}`,
    Money: () => "money",
    Timestamp: () => `timestamp${p()} without time zone`,
    Timestamptz: () => `timestamp${p()} with time zone`,
    Date: () => "date",
    Time: () => `time${p()} without time zone`,
    Timetz: () => `time${p()} with time zone`,
    Json: () => "json",
    JsonB: () => "jsonb",
    ByteA: () => "bytea",
  };
  const type = natives[native];
  if (!type) throw new Error(`schema-drift: no Postgres type known for @db.${native} (field ${field.name}); add it`);
  return type() + list;
}

/** Strips a trailing cast and wrapping quotes/parentheses: `'-1'::integer` → `-1`. */
function bareLiteral(expr: string): string {
  let out = expr.trim();
  out = out.replace(/::[a-z_ "[\]]+(\(\d+(,\s*\d+)?\))?(\[\])?$/i, "");
  while (out.startsWith("(") && out.endsWith(")")) out = out.slice(1, -1);
  if (out.startsWith("'") && out.endsWith("'")) out = out.slice(1, -1).replace(/''/g, "'");
  return out;
}

function defaultCheck(field: DmmfField, enumValueDbNames: Map<string, Map<string, string>>): DefaultCheck {
  const value = field.default;
  if (value === undefined) return { kind: "none" };
  if (value && typeof value === "object" && !Array.isArray(value) && "name" in value) {
    const fn = value as { name: string; args: unknown[] };
    // Computed by Prisma Client, not the database.
    if (["uuid", "cuid", "nanoid", "ulid"].includes(fn.name)) return { kind: "none" };
    if (fn.name === "now") return { kind: "match", describe: "CURRENT_TIMESTAMP", test: (e) => /^(CURRENT_TIMESTAMP|now\(\))$/i.test(e) };
    if (fn.name === "autoincrement") return { kind: "match", describe: "nextval(...)", test: (e) => e.startsWith("nextval(") };
    return { kind: "any" }; // dbgenerated(...) and friends: presence only
  }
  if (field.kind === "enum" && typeof value === "string") {
    const label = enumValueDbNames.get(field.type)?.get(value) ?? value;
    return { kind: "match", describe: `'${label}'`, test: (e) => bareLiteral(e) === label };
  }
  if (typeof value === "number" || typeof value === "boolean" || (typeof value === "string" && field.type !== "Json")) {
    return { kind: "match", describe: String(value), test: (e) => bareLiteral(e) === String(value) };
  }
  return { kind: "any" };
}

/** What the database must look like according to `prismaSchema`. */
function expectedSchema(prismaSchema: string): ExpectedSchema {
  const { datamodel } = parseSchema(prismaSchema);
  const enumDbNames = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const enumValueDbNames = new Map(
    datamodel.enums.map((e) => [e.name, new Map(e.values.map((v) => [v.name, v.dbName ?? v.name]))]),
  );
  const models = new Map(datamodel.models.map((m) => [m.name, m]));
  const tableOf = (model: string) => {
    const m = models.get(model);
    if (!m) throw new Error(`schema-drift: unknown model ${model}`);
    return m.dbName ?? m.name;
  };
  const columnOf = (model: string, field: string) => {
    const f = models.get(model)?.fields.find((x) => x.name === field);
    if (!f) throw new Error(`schema-drift: unknown field ${model}.${field}`);
    return f.dbName ?? f.name;
  };

  const expected: ExpectedSchema = {
    enums: new Map(datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)])),
    tables: new Map(),
    indexes: [],
    foreignKeys: [],
  };

  for (const model of datamodel.models) {
    const table = tableOf(model.name);
    const columns = new Map<string, ExpectedColumn>();
    for (const field of model.fields) {
      if (field.kind === "scalar" || field.kind === "enum") {
        columns.set(field.dbName ?? field.name, {
          type: columnType(field, enumDbNames),
          // Prisma creates scalar list columns without NOT NULL.
          nullable: !field.isRequired || field.isList,
          default: defaultCheck(field, enumValueDbNames),
        });
      } else if (field.kind === "object") {
        const from = field.relationFromFields ?? [];
        if (from.length === 0) {
          const other = models.get(field.type)?.fields.find((f) => f.relationName === field.relationName && f !== field);
          if (field.isList && other?.isList) {
            throw new Error(
              `schema-drift: implicit many-to-many relation ${field.relationName} is not supported by this checker; use an explicit join model`,
            );
          }
          continue;
        }
        const fkColumns = from.map((f) => columnOf(model.name, f));
        const fromRequired = from.some((f) => model.fields.find((x) => x.name === f)?.isRequired);
        expected.foreignKeys.push({
          table,
          name: FOREIGN_KEY_NAME_OVERRIDES.get(`${table}.${fkColumns.join(",")}`) ?? constraintName(table, fkColumns, "_fkey"),
          columns: fkColumns,
          refTable: tableOf(field.type),
          refColumns: (field.relationToFields ?? []).map((f) => columnOf(field.type, f)),
          // Prisma's defaults: Restrict when the relation is required, SetNull when optional; Cascade on update.
          onDelete: field.relationOnDelete ?? (fromRequired ? "Restrict" : "SetNull"),
          onUpdate: field.relationOnUpdate ?? "Cascade",
        });
      }
    }
    expected.tables.set(table, columns);
  }

  for (const index of datamodel.indexes) {
    if (index.type === "fulltext") throw new Error("schema-drift: @@fulltext is MySQL/MongoDB only");
    const table = tableOf(index.model);
    const names = index.fields.map((f) => columnOf(index.model, f.name));
    const suffix = index.type === "id" ? "_pkey" : index.type === "unique" ? "_key" : "_idx";
    expected.indexes.push({
      table,
      name: index.dbName ?? constraintName(table, names, suffix),
      columns: index.fields.map((f, i) => `${names[i]}${f.sortOrder === "desc" ? " DESC" : ""}`),
      kind: index.type === "id" ? "primary key" : index.type === "unique" ? "unique index" : "index",
      method: (index.algorithm ?? "BTree").toLowerCase(),
    });
  }
  return expected;
}

// ---------------------------------------------------------------------------------------------
// The database's view (pg_catalog)

const FK_ACTIONS: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };

async function actualSchema(client: pg.Client): Promise<ActualSchema> {
  const enums = await client.query<{ name: string; labels: string[] }>(`
    SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
      FROM pg_type t
      JOIN pg_enum e ON e.enumtypid = t.oid
      JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = current_schema()
     GROUP BY t.typname`);

  const tables = await client.query<{ name: string }>(`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`);

  const columns = await client.query<{
    table_name: string;
    column_name: string;
    not_null: boolean;
    default_expr: string | null;
    formatted: string;
    typtype: string;
    typname: string;
    elem_typtype: string | null;
    elem_typname: string | null;
  }>(`
    SELECT c.relname AS table_name, a.attname AS column_name, a.attnotnull AS not_null,
           pg_get_expr(d.adbin, d.adrelid) AS default_expr, format_type(a.atttypid, a.atttypmod) AS formatted,
           t.typtype::text AS typtype, t.typname::text AS typname,
           et.typtype::text AS elem_typtype, et.typname::text AS elem_typname
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_type t ON t.oid = a.atttypid
      LEFT JOIN pg_type et ON t.typcategory = 'A' AND et.oid = t.typelem
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY c.relname, a.attnum`);

  const indexes = await client.query<{
    table_name: string;
    name: string;
    columns: (string | null)[];
    desc_flags: number[];
    is_unique: boolean;
    is_primary: boolean;
    method: string;
    predicate: string | null;
    has_expressions: boolean;
  }>(`
    SELECT ct.relname AS table_name, ci.relname AS name, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
           am.amname::text AS method, pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
           ix.indexprs IS NOT NULL AS has_expressions,
           ARRAY(SELECT a.attname::text FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                   LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
                  WHERE k.ord <= ix.indnkeyatts ORDER BY k.ord) AS columns,
           ARRAY(SELECT (o.opt & 1)::int FROM unnest(ix.indoption::int2[]) WITH ORDINALITY o(opt, ord) ORDER BY o.ord) AS desc_flags
      FROM pg_index ix
      JOIN pg_class ci ON ci.oid = ix.indexrelid
      JOIN pg_class ct ON ct.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = ct.relnamespace
      JOIN pg_am am ON am.oid = ci.relam
     WHERE n.nspname = current_schema()`);

  const fks = await client.query<{
    table_name: string;
    name: string;
    ref_table: string;
    columns: string[];
    ref_columns: string[];
    on_delete: string;
    on_update: string;
  }>(`
    SELECT c.conname::text AS name, ct.relname::text AS table_name, rt.relname::text AS ref_table,
           c.confdeltype::text AS on_delete, c.confupdtype::text AS on_update,
           ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
           ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_columns
      FROM pg_constraint c
      JOIN pg_class ct ON ct.oid = c.conrelid
      JOIN pg_class rt ON rt.oid = c.confrelid
      JOIN pg_namespace n ON n.oid = c.connamespace
     WHERE c.contype = 'f' AND n.nspname = current_schema()`);

  const actual: ActualSchema = {
    enums: new Map(enums.rows.map((r) => [r.name, r.labels])),
    tables: new Map(tables.rows.map((r) => [r.name, new Map()])),
    indexes: indexes.rows.map((r) => ({
      table: r.table_name,
      name: r.name,
      columns: r.columns.map((c, i) => `${c ?? "(expression)"}${r.desc_flags[i] ? " DESC" : ""}`),
      kind: r.is_primary ? "primary key" : r.is_unique ? "unique index" : "index",
      method: r.method,
      predicate: r.predicate,
      hasExpressions: r.has_expressions,
    })),
    foreignKeys: fks.rows.map((r) => ({
      table: r.table_name,
      name: r.name,
      columns: r.columns,
      refTable: r.ref_table,
      refColumns: r.ref_columns,
      onDelete: FK_ACTIONS[r.on_delete] ?? r.on_delete,
      onUpdate: FK_ACTIONS[r.on_update] ?? r.on_update,
    })),
  };
  for (const r of columns.rows) {
    const type =
      r.typtype === "e"
        ? `enum:${r.typname}`
        : r.elem_typtype === "e"
          ? `enum:${r.elem_typname}[]`
          : r.formatted;
    actual.tables.get(r.table_name)?.set(r.column_name, { type, nullable: !r.not_null, default: r.default_expr });
  }
  return actual;
}

// ---------------------------------------------------------------------------------------------
// The comparison

const show = (table: string, columns: string[]) => `${table}(${columns.join(", ")})`;

/** Every difference, as a sentence; empty when the database matches the schema. */
function diffSchemas(expected: ExpectedSchema, actual: ActualSchema): string[] {
  const problems: string[] = [];

  for (const [name, labels] of expected.enums) {
    const found = actual.enums.get(name);
    if (!found) problems.push(`enum ${name} missing`);
    else if (found.join(",") !== labels.join(","))
      problems.push(`enum ${name} has labels [${found.join(", ")}], expected [${labels.join(", ")}]`);
  }
  for (const name of actual.enums.keys()) {
    if (!expected.enums.has(name)) problems.push(`extra enum ${name} (not in schema.prisma)`);
  }

  for (const [table, columns] of expected.tables) {
    const found = actual.tables.get(table);
    if (!found) {
      problems.push(`table ${table} missing`);
      continue;
    }
    for (const [column, want] of columns) {
      const got = found.get(column);
      const where = `${table}.${column}`;
      if (!got) {
        problems.push(`column ${where} missing`);
        continue;
      }
      if (got.type !== want.type) problems.push(`column ${where} has type ${got.type}, expected ${want.type}`);
      if (got.nullable !== want.nullable)
        problems.push(`column ${where} is ${got.nullable ? "nullable" : "NOT NULL"}, expected ${want.nullable ? "nullable" : "NOT NULL"}`);
      if (want.default.kind === "none" && got.default !== null)
        problems.push(`column ${where} has default ${got.default}, expected none`);
      if (want.default.kind !== "none" && got.default === null) problems.push(`column ${where} has no default, expected one`);
      if (want.default.kind === "match" && got.default !== null && !want.default.test(got.default))
        problems.push(`column ${where} has default ${got.default}, expected ${want.default.describe}`);
    }
    for (const column of found.keys()) {
      if (!columns.has(column)) problems.push(`extra column ${table}.${column} (not in schema.prisma)`);
    }
  }
  for (const table of actual.tables.keys()) {
    if (!expected.tables.has(table) && !ALLOWED_EXTRA_TABLES.has(table))
      problems.push(`extra table ${table} (not in schema.prisma)`);
  }

  const indexKey = (i: IndexShape) => `${i.kind}|${i.table}|${i.columns.join(",")}`;
  const unmatchedIndexes = new Set(actual.indexes);
  for (const want of expected.indexes) {
    const got = actual.indexes.find((i) => unmatchedIndexes.has(i) && indexKey(i) === indexKey(want) && !i.predicate && !i.hasExpressions);
    if (!got) {
      if (expected.tables.has(want.table) && actual.tables.has(want.table))
        problems.push(`${want.kind} ${show(want.table, want.columns)} missing ("${want.name}")`);
      continue;
    }
    unmatchedIndexes.delete(got);
    if (got.name !== want.name) problems.push(`${want.kind} ${show(want.table, want.columns)} is named "${got.name}", expected "${want.name}"`);
    if (got.method !== want.method) problems.push(`${want.kind} ${show(want.table, want.columns)} uses ${got.method}, expected ${want.method}`);
  }
  for (const got of unmatchedIndexes) {
    if (ALLOWED_EXTRA_INDEXES.has(got.name) || ALLOWED_EXTRA_TABLES.has(got.table)) continue;
    const extra = got.predicate ? ` WHERE ${got.predicate}` : "";
    problems.push(`extra ${got.kind} ${show(got.table, got.columns)}${extra} "${got.name}" (not in schema.prisma)`);
  }

  const fkKey = (f: ForeignKeyShape) => `${f.table}|${f.columns.join(",")}|${f.refTable}|${f.refColumns.join(",")}`;
  const unmatchedFks = new Set(actual.foreignKeys);
  for (const want of expected.foreignKeys) {
    const label = `foreign key ${show(want.table, want.columns)} → ${show(want.refTable, want.refColumns)}`;
    const got = actual.foreignKeys.find((f) => unmatchedFks.has(f) && fkKey(f) === fkKey(want));
    if (!got) {
      problems.push(`${label} missing`);
      continue;
    }
    unmatchedFks.delete(got);
    if (got.onDelete !== want.onDelete) problems.push(`${label} is ON DELETE ${got.onDelete}, expected ${want.onDelete}`);
    if (got.onUpdate !== want.onUpdate) problems.push(`${label} is ON UPDATE ${got.onUpdate}, expected ${want.onUpdate}`);
    if (got.name !== want.name) problems.push(`${label} is named "${got.name}", expected "${want.name}"`);
  }
  for (const got of unmatchedFks) {
    problems.push(`extra foreign key ${show(got.table, got.columns)} → ${show(got.refTable, got.refColumns)} "${got.name}" (not in schema.prisma)`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------

describe("prisma/migrations vs prisma/schema.prisma", () => {
  const schemaText = readFileSync(SCHEMA_PATH, "utf8");
  let actual: ActualSchema;
  let dropDb: () => Promise<void>;

  beforeAll(async () => {
    // A database of its own, EMPTY (not the pre-migrated template), so this checks the migrations.
    const db = await createDatabase({ label: "drift" });
    dropDb = db.drop;
    await migrate({ connectionString: db.url });
    actual = await withClient(db.url, actualSchema);
  });
  afterAll(async () => {
    await dropDb?.();
  });

  it("the migrated database matches schema.prisma exactly", () => {
    const problems = diffSchemas(expectedSchema(schemaText), actual);
    expect(problems, `The migrations do not produce schema.prisma. Write a migration for:\n${problems.join("\n")}`).toEqual([]);
  });

  // The checker itself: feed it schemas that differ from the migrations, as an engineer who edited
  // schema.prisma and forgot the migration would, and make sure each difference is reported.
  function edited(find: string | RegExp, replace: string): string {
    const changed = schemaText.replace(find, replace);
    expect(changed, `test edit ${String(find)} did not apply`).not.toBe(schemaText);
    return changed;
  }
  const problemsFor = (schema: string) => diffSchemas(expectedSchema(schema), actual);

  it("reports a field added to a model", () => {
    const schema = edited("  passwordHash      String\n", "  passwordHash      String\n  nickname          String? @db.VarChar(40)\n");
    expect(problemsFor(schema)).toEqual(["column User.nickname missing"]);
  });

  it("reports a field removed from a model as an extra column", () => {
    const schema = edited(/ {2}requestId +String\? +@db\.VarChar\(80\)\n/, "");
    expect(problemsFor(schema)).toEqual(["extra column AuditEvent.requestId (not in schema.prisma)"]);
  });

  it("reports changed types, nullability and defaults", () => {
    const schema = edited("slug        String       @unique @db.VarChar(48)", "slug        String?      @unique @db.VarChar(64)")
      .replace("sessionVersion    Int          @default(1)", "sessionVersion    Int          @default(2)");
    expect(problemsFor(schema).sort()).toEqual(
      [
        "column Workspace.slug has type character varying(48), expected character varying(64)",
        "column Workspace.slug is NOT NULL, expected nullable",
        "column User.sessionVersion has default 1, expected 2",
      ].sort(),
    );
  });

  it("reports a new model, a new enum value, a new index and a removed one", () => {
    const schema = edited("enum Locale {\n  en\n  fr\n}", "enum Locale {\n  en\n  fr\n  de\n}")
      .replace("  @@index([userId])\n", "  @@index([role])\n")
      .concat('\nmodel Note {\n  id   Int    @id\n  body String\n\n  @@map("notes")\n}\n');
    expect(problemsFor(schema).sort()).toEqual(
      [
        "enum Locale has labels [en, fr], expected [en, fr, de]",
        "table notes missing",
        'index Membership(role) missing ("Membership_role_idx")',
        'extra index Membership(userId) "Membership_userId_idx" (not in schema.prisma)',
      ].sort(),
    );
  });

  it("reports changed relations", () => {
    const schema = edited(
      "user        User      @relation(fields: [userId], references: [id], onDelete: Cascade)",
      "user        User      @relation(fields: [userId], references: [id], onDelete: Restrict)",
    );
    expect(problemsFor(schema)).toEqual(["foreign key Membership(userId) → User(id) is ON DELETE Cascade, expected Restrict"]);
  });

  it("reports uniqueness changes", () => {
    const schema = edited("  @@unique([workspaceId, userId])\n", "  @@index([workspaceId, userId])\n");
    expect(problemsFor(schema).sort()).toEqual(
      [
        'index Membership(workspaceId, userId) missing ("Membership_workspaceId_userId_idx")',
        'extra unique index Membership(workspaceId, userId) "Membership_workspaceId_userId_key" (not in schema.prisma)',
      ].sort(),
    );
  });
});
